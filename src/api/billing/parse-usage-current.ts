import * as v from 'valibot';
import {
  dateTime,
  nonNegativeInteger,
  nonNegativeNumber,
  openResponse,
  yearMonth,
  type Parsed,
} from '@/lib/field-reader';
import { DEFAULT_CREDIT_RATE, type CurrentUsage } from '@/model/billing';

const FIELDS = [
  'current_month_usage',
  'billing_month',
  'billing_period_start',
  'billing_period_end',
  'estimated_cost_usd',
  'credit_rate',
  'auto_billing_enabled',
  'next_invoice_date',
] as const;

/**
 * Validates a GET /v1/organizations/billing/usage/current body field by field. The period
 * bounds and next invoice date are date-times (the contract's format): a bare date is a problem.
 * A period that ends before it starts keeps its start and reports the end. Never throws.
 */
export function parseUsageCurrent(body: unknown): Parsed<CurrentUsage> {
  const opened = openResponse(body, FIELDS, 'the current usage');
  if (!opened.ok) return opened;
  const read = opened.reader;
  const period = read.period('billing_period_start', 'billing_period_end');
  return {
    ok: true,
    value: {
      currentMonthUsage: read.required(
        'current_month_usage',
        nonNegativeInteger,
        'a whole number of credits (0 or more)',
      ),
      billingMonth: read.required('billing_month', yearMonth, 'a month as YYYY-MM'),
      billingPeriodStart: period.start,
      billingPeriodEnd: period.end,
      estimatedCostUsd: read.required('estimated_cost_usd', nonNegativeNumber, 'an amount in USD (0 or more)'),
      creditRate: read.withDefault('credit_rate', nonNegativeNumber, 'USD per credit (0 or more)', DEFAULT_CREDIT_RATE),
      autoBillingEnabled: read.required('auto_billing_enabled', v.boolean(), 'true or false'),
      nextInvoiceDate: read.required('next_invoice_date', dateTime, 'an ISO 8601 date-time'),
      problems: read.problems,
    },
  };
}
