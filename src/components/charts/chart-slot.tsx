import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * recharts is more JavaScript than the rest of the dashboard together, so the charts it draws
 * (below the fold) live in a chunk of their own, loaded when the first of them is about to
 * show and never on the headline path (the README's Performance section has the figures).
 */
type ChartModule = typeof import('./chart-impls');

let loaded: ChartModule | null = null;
let pending: Promise<ChartModule> | null = null;
const listeners = new Set<() => void>();

export function loadCharts(): Promise<ChartModule> {
  pending ??= import('./chart-impls').then((module) => {
    loaded = module;
    listeners.forEach((listener) => listener());
    return module;
  });
  return pending;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Where a recharts chart goes, below the fold: its code loads and it mounts when its place
 * comes near the screen (recharts' first mount measures text and costs a phone tens of ms);
 * until then the placeholder holds the place.
 */
export function ChartSlot({
  placeholder = null,
  chart,
}: {
  placeholder?: ReactNode;
  chart: (charts: ChartModule) => ReactNode;
}) {
  const charts = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !place.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(place.current);
    return () => observer.disconnect();
  }, [near]);
  useEffect(() => {
    if (near) void loadCharts();
  }, [near]);
  return (
    <div ref={place} className="h-full w-full">
      {near && charts ? chart(charts) : placeholder}
    </div>
  );
}
