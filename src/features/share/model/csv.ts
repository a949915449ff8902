import { toCsv, type Cell } from '@/lib/spreadsheet';
import type { ShareFacts } from './share-facts';

/**
 * The account facts, rate limits and billing, one fact per row. Numbers stay numbers
 * (250000, not "250,000") so a spreadsheet can compute with them; absent values are empty
 * cells; text that a spreadsheet would run as a formula is neutralised (lib/spreadsheet).
 */
export function factsCsv(f: ShareFacts): string {
  const b = f.billing;
  const rows: Cell[][] = [
    ['Fact', 'Value'],
    ['Organization name', f.organizationName],
    ['Organization ID', f.organizationId],
    ...(f.internalId ? [['Internal ID', f.internalId]] : []),
    ['Tier', f.tier],
    ['Credit balance (credits)', f.balance.value],
    ['Monthly allowance (credits)', f.allowance.value],
    ['Balance as % of monthly allowance', f.percent.value === null ? null : Number(f.percent.value.toFixed(2))],
    ['Balance status', f.status],
    ['Billing email', f.billingEmail],
    ...f.rateLimits.map((r) => [`Rate limit: ${r.label} (requests per minute)`, r.perMinute]),
    ...(b
      ? [
          ['Credits used this period', b.usage],
          ['Estimated cost this period (USD)', b.estimatedCostUsd],
          ['Credit rate', b.creditRateText],
          ['Billing period (UTC)', b.period],
          ['Runway', b.runway],
          ['Spending this cycle', b.spending],
          ['Payment method', b.paymentMethod],
        ]
      : []),
    ['Captured', f.capturedAt],
    ['Source', f.source],
  ];
  return toCsv(rows);
}

/** The invoices, one a row, for the billing team's own records. */
export function invoicesCsv(f: ShareFacts): string {
  const rows: Cell[][] = [
    [
      'Invoice ID',
      'Billing month',
      'Credits',
      'Amount due (USD)',
      'Amount paid (USD)',
      'Status',
      'Created (UTC)',
      'Paid on (UTC)',
      'Invoice URL',
      'PDF URL',
    ],
    ...(f.billing?.invoices ?? []).map((i) => [
      i.id,
      i.month,
      i.credits,
      i.amountDue,
      i.amountPaid,
      i.status,
      i.created,
      i.paidAt,
      i.invoiceUrl,
      i.invoicePdf,
    ]),
  ];
  return toCsv(rows);
}
