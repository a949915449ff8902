import { startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import { preloadable } from '@/lib/preloadable';

// recharts is most of the app's JavaScript: it loads in its own chunks, started by App as
// soon as the app runs, so it arrives in parallel with (never after) the organization request.
const gauge = preloadable(() => import('./CreditGaugeChart').then((m) => m.default));
const rateLimits = preloadable(() => import('./RateLimitChart').then((m) => m.default));

export const CreditGaugeChart = gauge.Component;
export const RateLimitChart = rateLimits.Component;

export const preloadCharts = () => Promise.all([gauge.preload(), rateLimits.preload()]);

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
 * the page for long. Until then, and while the chart's code loads, the placeholder holds
 * its place.
 */
export function ChartSlot({ placeholder = null, children }: { placeholder?: ReactNode; children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => mountSoon(() => setMounted(true)), []);
  return mounted ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}
