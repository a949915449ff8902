import {
  integer,
  nonEmptyString,
  nonNegativeInteger,
  nonNegativeNumber,
  openResponse,
  type Parsed,
} from '@/lib/field-reader';
import type { CreditBalance } from '@/model/billing';

const FIELDS = [
  'organization_id',
  'credit_balance',
  'account_tier',
  'next_tier',
  'credits_until_next_tier',
  'estimated_days_remaining',
  'daily_burn_rate',
] as const;

/**
 * Validates a GET /v1/organizations/billing/balance body field by field. credit_balance may be
 * negative (auto-billing accounts report this month's usage that way); the counts and the burn
 * rate may not. Never throws.
 */
export function parseBalance(body: unknown): Parsed<CreditBalance> {
  const opened = openResponse(body, FIELDS, 'a credit balance');
  if (!opened.ok) return opened;
  const read = opened.reader;
  return {
    ok: true,
    value: {
      organizationId: read.required('organization_id', nonEmptyString, 'a non-empty string'),
      creditBalance: read.required('credit_balance', integer, 'a whole number of credits'),
      accountTier: read.required('account_tier', nonEmptyString, 'one of free, pro, team, enterprise'),
      nextTier: read.optional('next_tier', nonEmptyString, 'a tier name or null'),
      creditsUntilNextTier: read.optional(
        'credits_until_next_tier',
        nonNegativeInteger,
        'a whole number of credits (0 or more) or null',
      ),
      estimatedDaysRemaining: read.optional(
        'estimated_days_remaining',
        nonNegativeInteger,
        'a whole number of days (0 or more) or null',
      ),
      dailyBurnRate: read.withDefault('daily_burn_rate', nonNegativeNumber, 'a number of credits a day (0 or more)', 0),
      problems: read.problems,
    },
  };
}
