import type { Invoice } from './billing';
import { billingMonthOf, billingMonthStart, lastBillingMonths, type BillingMonth } from './billing-months';

/**
 * Credits used per month over the last 12 billing months: finished months from their
 * invoices' total_credits, the current month from the live usage. A month without a figure
 * is marked missing, never drawn as 0.
 *
 * Several invoices for one month (a voided invoice and its reissue, a draft beside the final
 * one) give one figure, never a sum, which would count the month twice: the most settled
 * status wins (paid, open, uncollectible, draft, any other status, void), then the latest
 * `created`, then the first listed.
 */

export interface HistoryMonth {
  month: BillingMonth;
  /** null when there is no figure. */
  credits: number | null;
  source: 'current' | 'invoice' | 'missing' | 'before-account';
  /** Status of the invoice the figure comes from. */
  invoiceStatus: string | null;
  /** Invoices naming this month (over 1: resolved as above). */
  invoiceCount: number;
}

export interface UsageHistory {
  /** Oldest first, as a chart reads; the current month last. */
  months: HistoryMonth[];
  /** The tier allowance, for a reference line; null without one. */
  reference: number | null;
  /** Invoices without a readable billing month or credits, which cannot be placed. */
  skippedInvoices: number;
}

const STATUS_RANK: Record<string, number> = { paid: 0, open: 1, uncollectible: 2, draft: 3, void: 5 };
const rank = (status: string | null) =>
  status !== null && Object.hasOwn(STATUS_RANK, status) ? STATUS_RANK[status]! : 4;

/** Whether `a` should be used rather than `b` for their month. */
function preferred(a: Invoice, b: Invoice): boolean {
  if (rank(a.status) !== rank(b.status)) return rank(a.status) < rank(b.status);
  return (a.created?.getTime() ?? -Infinity) > (b.created?.getTime() ?? -Infinity);
}

export function usageHistory(input: {
  invoices: readonly Invoice[];
  /** The current month's live usage (usage/current, or the organization's current_month_usage). */
  current: { billingMonth: BillingMonth | null; usage: number | null };
  now: Date;
  allowance: number | null;
  /** Months before the organization existed are marked as such rather than missing. */
  createdAt?: Date | null;
  count?: number;
}): UsageHistory {
  const currentMonth = input.current.billingMonth ?? billingMonthOf(input.now);
  const window = lastBillingMonths(billingMonthStart(currentMonth), input.count ?? 12).reverse();
  const firstMonth = input.createdAt ? billingMonthOf(input.createdAt) : null;

  const byMonth = new Map<BillingMonth, { chosen: Invoice; count: number }>();
  let skippedInvoices = 0;
  for (const invoice of input.invoices) {
    if (invoice.billingMonth === null || invoice.totalCredits === null) {
      skippedInvoices++;
      continue;
    }
    const entry = byMonth.get(invoice.billingMonth);
    if (!entry) byMonth.set(invoice.billingMonth, { chosen: invoice, count: 1 });
    else
      byMonth.set(invoice.billingMonth, {
        chosen: preferred(invoice, entry.chosen) ? invoice : entry.chosen,
        count: entry.count + 1,
      });
  }

  const months = window.map((month): HistoryMonth => {
    const entry = byMonth.get(month);
    const invoiceCount = entry?.count ?? 0;
    if (month === currentMonth && input.current.usage !== null) {
      return { month, credits: input.current.usage, source: 'current', invoiceStatus: null, invoiceCount };
    }
    if (entry) {
      return {
        month,
        credits: entry.chosen.totalCredits,
        source: 'invoice',
        invoiceStatus: entry.chosen.status,
        invoiceCount,
      };
    }
    const before = firstMonth !== null && month < firstMonth;
    return { month, credits: null, source: before ? 'before-account' : 'missing', invoiceStatus: null, invoiceCount };
  });
  return { months, reference: input.allowance, skippedInvoices };
}
