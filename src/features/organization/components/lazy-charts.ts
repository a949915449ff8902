import { preloadable } from '@/lib/preloadable';

// recharts is most of the app's JavaScript: it loads in its own chunks, started by App as
// soon as the app runs, so it arrives in parallel with (never after) the organization request.
const gauge = preloadable(() => import('./CreditGaugeChart').then((m) => m.default));
const rateLimits = preloadable(() => import('./RateLimitChart').then((m) => m.default));

export const CreditGaugeChart = gauge.Component;
export const RateLimitChart = rateLimits.Component;

export const preloadCharts = () => Promise.all([gauge.preload(), rateLimits.preload()]);
