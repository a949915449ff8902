import { sampleBilling } from './sample-billing';
import { findSample } from './sample-organizations';

/**
 * What the API would answer for a sample organization, by request path (with its query):
 * the demo reads these through the same parsers as a real response, without the network.
 * Billing answers are made for `now`, so the current month is always this month.
 * Undefined for an unknown sample, a path the samples do not answer, or a query the API
 * would refuse.
 */
/** A sample organization's body, with the billing fields that agree with its billing answers. */
export function sampleOrganizationBody(sampleId: string, now = new Date()): Record<string, unknown> | undefined {
  const sample = findSample(sampleId);
  return sample ? { ...sample.body, ...sampleBilling(sampleId, now)?.organizationFields } : undefined;
}

export function sampleResponse(sampleId: string, path: string, now = new Date()): unknown {
  const url = new URL(path, 'https://sample.invalid');
  if (url.pathname === '/v1/organizations') return sampleOrganizationBody(sampleId, now);
  const billing = sampleBilling(sampleId, now);
  if (!billing) return undefined;
  try {
    switch (url.pathname) {
      case '/v1/organizations/billing/balance':
        return billing.balance;
      case '/v1/organizations/billing/usage/current':
        return billing.usageCurrent;
      case '/v1/organizations/billing/usage/breakdown':
        return billing.usageBreakdown(url.searchParams.get('billing_month') ?? undefined);
      case '/v1/organizations/billing/invoices': {
        const limit = url.searchParams.get('limit');
        return billing.invoices(limit === null ? undefined : Number(limit));
      }
      case '/v1/organizations/billing/spending-caps':
        return billing.spendingCaps;
      case '/v1/organizations/billing/payment-method':
        return billing.paymentMethod;
      default:
        return undefined;
    }
  } catch (error) {
    if (error instanceof RangeError) return undefined; // a month or limit the API would refuse
    throw error;
  }
}
