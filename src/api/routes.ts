/**
 * The Mixpeek API's read endpoints that the dashboard uses: each one's path, spelled as the API
 * spells it, and how its query is written. This is the one list. The proxy's allowlist
 * (src/config/proxy.ts), the stub's routes (src/testing/mocks/handlers.ts), the samples'
 * answers (src/samples/sample-responses.ts), a reload's early requests and the queries
 * (./endpoints.ts) all come from it. Plain TypeScript without imports: the server and the
 * build read it too.
 */

/** The parameters a route takes: none (P = never), or its one parameter. */
export type RouteParams<P> = [P] extends [never] ? [] : [params: P];

/** One endpoint on the wire: its path, and its request target (path and query). */
export interface ApiRoute<P = never> {
  readonly path: string;
  readonly target: (...params: RouteParams<P>) => string;
}

function route(path: string, query?: () => string): ApiRoute;
function route<P>(path: string, query: (params: P) => string): ApiRoute<P>;
function route<P>(path: string, query?: (params: P) => string): ApiRoute<P> {
  return { path, target: (...params) => (query ? `${path}?${query(params[0] as P)}` : path) };
}

/** How many invoices the dashboard asks for: two years of monthly invoices ("latest 24 of N"). */
export const INVOICES_SHOWN = 24;

export const API_ROUTES = {
  organization: route('/v1/organizations'),
  balance: route('/v1/organizations/billing/balance'),
  usageCurrent: route('/v1/organizations/billing/usage/current'),
  /** `billing_month`: YYYY-MM. */
  usageBreakdown: route(
    '/v1/organizations/billing/usage/breakdown',
    (billingMonth: string) => `billing_month=${encodeURIComponent(billingMonth)}`,
  ),
  /** `limit`: 1–100; the dashboard always asks for INVOICES_SHOWN. */
  invoices: route('/v1/organizations/billing/invoices', () => `limit=${INVOICES_SHOWN}`),
  spendingCaps: route('/v1/organizations/billing/spending-caps'),
  paymentMethod: route('/v1/organizations/billing/payment-method'),
} as const;

export type ApiRouteName = keyof typeof API_ROUTES;

/** Every endpoint's path, in the order above. */
export const API_PATHS: readonly string[] = Object.values(API_ROUTES).map((r) => r.path);

/** The endpoint a request path (without its query) is, if any: compared byte for byte. */
export function routeNameOf(path: string): ApiRouteName | undefined {
  return (Object.keys(API_ROUTES) as ApiRouteName[]).find((name) => API_ROUTES[name].path === path);
}

/**
 * What the dashboard asks for the moment it shows, together: the organization and the five
 * billing reads (the month breakdown waits for its card). A reload sends these from the page's first
 * script (src/first-paint/early-requests.ts; the build writes them on it).
 */
export const DASHBOARD_REQUESTS: readonly string[] = [
  API_ROUTES.organization.target(),
  API_ROUTES.balance.target(),
  API_ROUTES.usageCurrent.target(),
  API_ROUTES.invoices.target(),
  API_ROUTES.spendingCaps.target(),
  API_ROUTES.paymentMethod.target(),
];
