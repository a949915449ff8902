import { allowanceAmount, allowanceWords, type AllowanceSource } from '@/model/allowance';
import { balanceStatusText } from '@/model/balance-status';
import { gaugeModel } from '@/model/credit-gauge';
import type { Organization } from '@/model/organization';
import { rateLimitRows } from '@/model/rate-limit-rows';
import { findTier } from '@/model/tiers';
import { formatDateTime, formatInteger, formatPercent } from '@/lib/format';
import { exportText } from '@/lib/display-text';
import { shownEmail, shownIdentifier } from '@/lib/redaction';
import { buildBillingFacts, type BillingAnswers, type BillingFacts } from './billing-facts';

export interface ShareContext {
  org: Organization;
  /** Sample data rather than a real organization. */
  sample: boolean;
  /** The API base URL the data came from. */
  apiBaseUrl: string;
  capturedAt: Date;
  /** The allowance that applies (see model/allowance.ts). */
  allowance: AllowanceSource;
  hideIdentifiers: boolean;
  /** The billing answers there are; none: the exports say nothing of billing. */
  billing?: BillingAnswers | undefined;
  locale?: string;
  /** Undefined: the browser's time zone. */
  timeZone?: string | undefined;
}

/**
 * Everything an export says about the organization, computed once so the image footer,
 * the CSV and the summaries can never disagree. Identifiers are already masked when the
 * person chose to hide them; the API key is not part of it at all.
 */
export interface ShareFacts {
  organizationName: string;
  organizationId: string;
  internalId: string | null;
  billingEmail: string | null;
  tier: string;
  balance: { value: number | null; text: string };
  allowance: { value: number | null; text: string };
  percent: { value: number | null; text: string };
  status: string;
  rateLimits: { label: string; perMinute: number | null; text: string }[];
  capturedAt: string;
  /** "Sample data" or the API base URL. */
  source: string;
  sample: boolean;
  billing: BillingFacts | null;
}

export function buildShareFacts(ctx: ShareContext): ShareFacts {
  const { org, hideIdentifiers: hide, locale } = ctx;
  const tier = findTier(org.accountType);
  const model = gaugeModel(org.creditCount, ctx.allowance);
  const words = allowanceWords(ctx.allowance, locale);
  return {
    // API text goes out as data: hidden characters shown, right-to-left text isolated.
    organizationName: org.organizationName ? exportText(org.organizationName) : 'Organization name not reported',
    organizationId: org.organizationId ? exportText(shownIdentifier(org.organizationId, hide)) : 'not reported',
    internalId: org.internalId ? exportText(shownIdentifier(org.internalId, hide)) : null,
    billingEmail: org.billingEmail ? exportText(shownEmail(org.billingEmail, hide)) : null,
    tier: tier?.label ?? (org.accountType ? exportText(org.accountType) : 'not reported'),
    balance: {
      value: org.creditCount,
      text: org.creditCount === null ? 'not reported' : `${formatInteger(org.creditCount, locale)} credits`,
    },
    allowance: { value: allowanceAmount(ctx.allowance), text: words.value },
    percent: {
      value: model.percent,
      text: model.percent === null ? 'not available' : formatPercent(model.percent, locale),
    },
    status: balanceStatusText(model),
    rateLimits: rateLimitRows(org.rateLimits).map((row) => ({
      label: exportText(row.label),
      perMinute: row.perMinute,
      text: row.perMinute === null ? 'not reported' : formatInteger(row.perMinute, locale),
    })),
    capturedAt: formatDateTime(ctx.capturedAt, locale, ctx.timeZone),
    source: ctx.sample ? 'Sample data' : ctx.apiBaseUrl,
    sample: ctx.sample,
    billing: ctx.billing
      ? buildBillingFacts(ctx.billing, {
          autoBillingEnabled: org.autoBillingEnabled,
          billingCycleStart: org.billingCycleStart,
          now: ctx.capturedAt,
          hideIdentifiers: hide,
          locale,
        })
      : null,
  };
}
