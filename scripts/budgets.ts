// What each route may load, in gzip bytes of JavaScript: checked by `npm run size` from the
// build manifest and, for the headline, by the browser itself (e2e/performance.spec.ts).
const KB = 1024;

/** A route's JavaScript: the entry's static imports plus the static closure of each chunk named. */
export interface RouteBudget {
  name: string;
  /** Manifest keys (entry or dynamic-import sources) whose static closure the route loads. */
  loads: readonly string[];
  /** Gzip bytes; none: reported only. */
  budget?: number;
}

const ENTRY = 'index.html';
const DASHBOARD = 'src/app/routes/dashboard/dashboard-view.tsx';
const BILLING = 'src/features/billing/components/billing-section.tsx';
const CHARTS = 'src/components/charts/recharts-chunk.tsx';
const MENUS = 'src/components/ui/radix-parts.tsx';
const EXPORT = 'node_modules/modern-screenshot/dist/index.mjs';
const COMPARE = 'src/app/routes/compare/compare-view.tsx';

export const ROUTES: readonly RouteBudget[] = [
  { name: 'key screen (initial)', loads: [ENTRY], budget: 90 * KB },
  { name: 'headline dashboard', loads: [ENTRY, DASHBOARD], budget: 240 * KB },
  { name: 'reload with a stored key', loads: [ENTRY, DASHBOARD], budget: 240 * KB },
  { name: 'whole dashboard', loads: [ENTRY, DASHBOARD, BILLING, CHARTS] },
  { name: 'menus and tooltips', loads: [ENTRY, DASHBOARD, MENUS] },
  { name: 'image export', loads: [ENTRY, DASHBOARD, EXPORT] },
  { name: 'comparison', loads: [ENTRY, COMPARE] },
];

/** The limit for all JavaScript is 320 KB; the build fails above 310 KB so that 10 KB stay free. */
export const ALL_JS_LIMIT = 320 * KB;
export const ALL_JS_BUDGET = ALL_JS_LIMIT - 10 * KB;

/** Chunks that load on demand, never before the headline is complete. */
export const ON_DEMAND = [BILLING, CHARTS, MENUS, EXPORT, COMPARE] as const;
