import { formatDate } from '@/lib/format';
import { shownIdentifier } from '@/lib/redaction';
import type { CreditBalance, CurrentUsage, InvoiceList, PaymentMethod, SpendingCaps } from '@/model/billing';
import { billingHeadlineText } from '@/model/billing-headline';
import { resolveBillingPeriod } from '@/model/billing-period';
import { centsToDecimal, formatCreditRate, formatUsd } from '@/model/money';
import { paymentMethodText, paymentMethodView } from '@/model/payment-method';
import { runwayModel, runwayText } from '@/model/runway';
import { budgetSummaryText, spendingBudgetModel } from '@/model/spending-budget';

/** The billing answers there are (any may be missing: that endpoint failed or is not readable). */
export interface BillingAnswers {
  usage: CurrentUsage | null;
  balance: CreditBalance | null;
  invoices: InvoiceList | null;
  spendingCaps: SpendingCaps | null;
  paymentMethod: PaymentMethod | null;
}

interface InvoiceFact {
  id: string | null;
  month: string | null;
  credits: number | null;
  /** USD from the cents (2345 → 23.45), a number a spreadsheet can add up. */
  amountDue: number | null;
  amountPaid: number | null;
  status: string | null;
  created: string | null;
  paidAt: string | null;
  invoiceUrl: string | null;
  invoicePdf: string | null;
}

/** What every export says about billing; identifiers are already masked when asked. */
export interface BillingFacts {
  /** The headline's line ("This period: 62,300 credits · $62.30 estimated · about 18 days left"). */
  line: string | null;
  usage: number | null;
  estimatedCostUsd: number | null;
  estimatedCostText: string | null;
  creditRateText: string | null;
  period: string | null;
  runway: string | null;
  spending: string | null;
  paymentMethod: string | null;
  invoices: InvoiceFact[];
}

interface BillingContext {
  autoBillingEnabled: boolean | null;
  billingCycleStart: number | null;
  now: Date;
  hideIdentifiers: boolean;
  locale?: string | undefined;
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function buildBillingFacts(answers: BillingAnswers, ctx: BillingContext): BillingFacts | null {
  const { usage, balance, invoices, spendingCaps, paymentMethod } = answers;
  if (!usage && !balance && !invoices && !spendingCaps && !paymentMethod) return null;
  const { now, locale } = ctx;
  const period = usage
    ? resolveBillingPeriod({
        periodStart: usage.billingPeriodStart,
        periodEnd: usage.billingPeriodEnd,
        cycleStart: ctx.billingCycleStart,
        now,
      })
    : null;
  const autoBilling = usage?.autoBillingEnabled ?? ctx.autoBillingEnabled;
  return {
    line: billingHeadlineText({
      usage,
      balance,
      autoBillingEnabled: ctx.autoBillingEnabled,
      now,
      ...(locale ? { locale } : {}),
    }),
    usage: usage?.currentMonthUsage ?? null,
    estimatedCostUsd: usage?.estimatedCostUsd ?? null,
    estimatedCostText: usage?.estimatedCostUsd == null ? null : formatUsd(usage.estimatedCostUsd, locale),
    creditRateText: usage?.creditRate == null ? null : formatCreditRate(usage.creditRate, locale),
    period: period
      ? `${formatDate(period.start, locale, 'UTC')} – ${formatDate(new Date(period.end.getTime() - 1), locale, 'UTC')} (UTC)`
      : null,
    runway: balance ? runwayText(runwayModel({ balance, autoBillingEnabled: autoBilling, now }), now, locale) : null,
    spending: spendingCaps ? budgetSummaryText(spendingBudgetModel(spendingCaps), locale) : null,
    paymentMethod: paymentMethod
      ? paymentMethodText(paymentMethodView(paymentMethod), { hideIdentifiers: ctx.hideIdentifiers })
      : null,
    invoices: (invoices?.invoices ?? []).map((i) => ({
      id: i.invoiceId === null ? null : shownIdentifier(i.invoiceId, ctx.hideIdentifiers),
      month: i.billingMonth,
      credits: i.totalCredits,
      amountDue: i.amountDueCents === null ? null : Number(centsToDecimal(i.amountDueCents)),
      amountPaid: i.amountPaidCents === null ? null : Number(centsToDecimal(i.amountPaidCents)),
      status: i.status,
      created: isoDay(i.created),
      paidAt: isoDay(i.paidAt),
      invoiceUrl: i.invoiceUrl,
      invoicePdf: i.invoicePdf,
    })),
  };
}
