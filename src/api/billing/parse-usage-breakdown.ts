import { nonNegativeInteger, nonNegativeNumber, openResponse, yearMonth, type Parsed } from '@/lib/field-reader';
import type { UsageBreakdown } from '@/model/billing';

const FIELDS = [
  'billing_month',
  'total_credits',
  'total_cost_usd',
  'by_operation',
  'by_extractor',
  'period_start',
  'period_end',
] as const;

const CREDITS = 'a whole number of credits (0 or more)';

/**
 * Validates a GET /v1/organizations/billing/usage/breakdown body field by field. The two maps
 * are read into Maps entry by entry: a bad value drops that entry alone, and keys such as
 * "__proto__" are ordinary entries. Never throws.
 */
export function parseUsageBreakdown(body: unknown): Parsed<UsageBreakdown> {
  const opened = openResponse(body, FIELDS, 'a usage breakdown');
  if (!opened.ok) return opened;
  const read = opened.reader;
  const period = read.period('period_start', 'period_end');
  const map = { map: 'an object of credits by name', value: CREDITS };
  return {
    ok: true,
    value: {
      billingMonth: read.required('billing_month', yearMonth, 'a month as YYYY-MM'),
      totalCredits: read.required('total_credits', nonNegativeInteger, CREDITS),
      totalCostUsd: read.required('total_cost_usd', nonNegativeNumber, 'an amount in USD (0 or more)'),
      byOperation: read.map('by_operation', nonNegativeInteger, map, true),
      byExtractor: read.map('by_extractor', nonNegativeInteger, map, true),
      periodStart: period.start,
      periodEnd: period.end,
      problems: read.problems,
    },
  };
}
