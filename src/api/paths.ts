/** The API's read endpoints the dashboard uses, as paths under the base URL (one place for each). */
export const API_PATHS = {
  organization: '/v1/organizations',
  balance: '/v1/organizations/billing/balance',
  usageCurrent: '/v1/organizations/billing/usage/current',
  usageBreakdown: (billingMonth: string) =>
    `/v1/organizations/billing/usage/breakdown?billing_month=${encodeURIComponent(billingMonth)}`,
  /** `limit`: 1–100. */
  invoices: (limit: number) => `/v1/organizations/billing/invoices?limit=${limit}`,
  spendingCaps: '/v1/organizations/billing/spending-caps',
  paymentMethod: '/v1/organizations/billing/payment-method',
} as const;

/** How many invoices the dashboard asks for: two years of monthly invoices ("latest 24 of N"). */
export const INVOICES_SHOWN = 24;

/**
 * What the dashboard asks for the moment it shows, together: the organization and the five
 * billing reads (the month breakdown waits for its card). A reload starts these early (app/boot.ts).
 */
export const DASHBOARD_REQUESTS: readonly string[] = [
  API_PATHS.organization,
  API_PATHS.balance,
  API_PATHS.usageCurrent,
  API_PATHS.invoices(INVOICES_SHOWN),
  API_PATHS.spendingCaps,
  API_PATHS.paymentMethod,
];
