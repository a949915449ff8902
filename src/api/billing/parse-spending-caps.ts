import * as v from 'valibot';
import { nonNegativeInteger, nonNegativeNumber, openResponse, positiveInteger, type Parsed } from '@/lib/field-reader';
import type { SpendingCaps } from '@/model/billing';

const FIELDS = [
  'monthly_spending_budget',
  'monthly_spending_budget_usd',
  'spending_alert_thresholds',
  'spending_alerts_enabled',
  'spending_alerts_sent',
  'hard_spending_cap',
  'hard_spending_cap_usd',
  'hard_cap_enabled',
  'current_spending_cents',
  'current_spending_usd',
  'budget_percentage_used',
] as const;

const CENTS = 'a whole number of cents (0 or more) or null';
const USD = 'an amount in USD (0 or more) or null';
const PERCENTS = { list: 'a list of whole percentages', entry: 'a whole percentage (1 or more)' };

/**
 * Validates a GET /v1/organizations/billing/spending-caps body field by field. A null budget
 * or hard cap means none is set, as documented; thresholds are read entry by entry. Never throws.
 */
export function parseSpendingCaps(body: unknown): Parsed<SpendingCaps> {
  const opened = openResponse(body, FIELDS, 'the spending caps');
  if (!opened.ok) return opened;
  const read = opened.reader;
  return {
    ok: true,
    value: {
      monthlySpendingBudgetCents: read.optional('monthly_spending_budget', nonNegativeInteger, CENTS),
      monthlySpendingBudgetUsd: read.optional('monthly_spending_budget_usd', nonNegativeNumber, USD),
      spendingAlertThresholds: read.list('spending_alert_thresholds', positiveInteger, PERCENTS),
      spendingAlertsEnabled: read.withDefault('spending_alerts_enabled', v.boolean(), 'true or false', true),
      spendingAlertsSent: read.list('spending_alerts_sent', positiveInteger, PERCENTS),
      hardSpendingCapCents: read.optional('hard_spending_cap', nonNegativeInteger, CENTS),
      hardSpendingCapUsd: read.optional('hard_spending_cap_usd', nonNegativeNumber, USD),
      hardCapEnabled: read.withDefault('hard_cap_enabled', v.boolean(), 'true or false', false),
      currentSpendingCents: read.required(
        'current_spending_cents',
        nonNegativeInteger,
        'a whole number of cents (0 or more)',
      ),
      currentSpendingUsd: read.required('current_spending_usd', nonNegativeNumber, 'an amount in USD (0 or more)'),
      budgetPercentageUsed: read.optional(
        'budget_percentage_used',
        nonNegativeNumber,
        'a percentage (0 or more) or null',
      ),
      problems: read.problems,
    },
  };
}
