import { lazy } from 'react';

// recharts is most of the app's JavaScript: it loads in its own chunks, started by App as
// soon as the app runs, so it arrives in parallel with (never after) the organization request.
const loadGauge = () => import('./CreditGaugeChart');
const loadRateLimits = () => import('./RateLimitChart');

export const CreditGaugeChart = lazy(loadGauge);
export const RateLimitChart = lazy(loadRateLimits);

export function preloadCharts(): void {
  void loadGauge();
  void loadRateLimits();
}
