import { useEffect, useSyncExternalStore, type ReactNode } from 'react';

/**
 * recharts is more JavaScript than the rest of the dashboard together, so the charts it draws
 * (below the fold) live in a chunk of their own, loaded when the first of them is about to
 * show and never on the headline path.
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

/** Where a recharts chart goes: the placeholder holds its place while the chart code loads. */
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
  useEffect(() => {
    void loadCharts();
  }, []);
  return charts ? chart(charts) : placeholder;
}
