import { routeNameOf, type ApiRouteName } from '@/api/routes';
import { sampleBilling, type SampleBilling } from './sample-billing';
import { findSample } from './sample-organizations';

/** A sample organization's body, with the billing fields that agree with its billing answers. */
export function sampleOrganizationBody(sampleId: string, now = new Date()): Record<string, unknown> | undefined {
  const sample = findSample(sampleId);
  return sample ? { ...sample.body, ...sampleBilling(sampleId, now)?.organizationFields } : undefined;
}

type BillingAnswer = (billing: SampleBilling, query: URLSearchParams) => unknown;

/** Each billing endpoint's answer from a sample's billing: one per route (the compiler checks none is missing). */
const BILLING_ANSWERS: { [name in Exclude<ApiRouteName, 'organization'>]: BillingAnswer } = {
  balance: (billing) => billing.balance,
  usageCurrent: (billing) => billing.usageCurrent,
  usageBreakdown: (billing, query) => billing.usageBreakdown(query.get('billing_month') ?? undefined),
  invoices: (billing, query) => {
    const limit = query.get('limit');
    return billing.invoices(limit === null ? undefined : Number(limit));
  },
  spendingCaps: (billing) => billing.spendingCaps,
  paymentMethod: (billing) => billing.paymentMethod,
};

/**
 * What the API would answer for a sample organization, by request target (path and query):
 * the demo reads these through the same parsers as a real response, without the network.
 * Billing answers are made for `now`, so the current month is always this month.
 * Undefined for an unknown sample, a path the samples do not answer, or a query the API
 * would refuse.
 */
export function sampleResponse(sampleId: string, target: string, now = new Date()): unknown {
  const url = new URL(target, 'https://sample.invalid');
  const name = routeNameOf(url.pathname);
  if (name === undefined) return undefined;
  if (name === 'organization') return sampleOrganizationBody(sampleId, now);
  const billing = sampleBilling(sampleId, now);
  if (!billing) return undefined;
  try {
    return BILLING_ANSWERS[name](billing, url.searchParams);
  } catch (error) {
    if (error instanceof RangeError) return undefined; // a month or limit the API would refuse
    throw error;
  }
}
