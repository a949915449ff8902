import { startTransition, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * recharts is most of the app's JavaScript: every chart lives in one chunk of its own
 * (chart-impls.tsx), started as soon as the app runs so that it arrives in parallel with
 * (never after) the API's answer.
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

// Charts waiting to mount: all that mount in one render are mounted together, in one pass.
const waiting = new Set<() => void>();

function mountSoon(mount: () => void): () => void {
  if (waiting.size === 0) {
    setTimeout(() =>
      startTransition(() => {
        for (const next of waiting) next();
        waiting.clear();
      }),
    );
  }
  waiting.add(mount);
  return () => waiting.delete(mount);
}

/**
 * Where a chart goes. recharts mounts through a cascade of synchronous store updates that
 * React cannot split, so the charts mount just after their cards, in a task and a render
 * pass of their own: the cards' figures never wait behind a chart, and no one task blocks
 * the page for long. Until then, and while the chart code loads, the placeholder holds its
 * place.
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
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    void loadCharts();
    return mountSoon(() => setMounted(true));
  }, []);
  return mounted && charts ? chart(charts) : placeholder;
}
