import type { FieldProblem } from '@/lib/field-reader';

/**
 * The six billing responses as the dashboard uses them, validated field by field like
 * `Organization`: a value that is missing or malformed is null and described in `problems`,
 * so one bad field never hides the others.
 *
 * Money: fields the API gives in cents stay integer cents (`…Cents`). Fields it gives as USD
 * floats (`…Usd`) are kept exactly as given; where both exist for one amount, the cents are
 * authoritative and the float is only a fallback.
 */

/** GET /v1/organizations/billing/balance */
export interface CreditBalance {
  organizationId: string | null;
  /**
   * Whole credits. For an account without auto-billing this is its remaining balance; with
   * auto-billing the API puts this month's usage here (negative = consumed), so it must never
   * be shown as a balance: see `balancePresentation` in runway.ts.
   */
  creditBalance: number | null;
  /** As given (an unknown tier is kept). */
  accountTier: string | null;
  /** null at the top tier (or when unreadable: see problems). */
  nextTier: string | null;
  /** null at the top tier or where not applicable. */
  creditsUntilNextTier: number | null;
  /** Whole days; null without usage history or when auto-billing makes credits unlimited. */
  estimatedDaysRemaining: number | null;
  /** Credits a day, 7-day rolling average (0 when absent, as documented). */
  dailyBurnRate: number | null;
  problems: FieldProblem[];
}

/** The contract's default credit rate, in USD per credit. */
export const DEFAULT_CREDIT_RATE = 0.001;

/** GET /v1/organizations/billing/usage/current */
export interface CurrentUsage {
  /** Credits used in the current billing cycle. */
  currentMonthUsage: number | null;
  /** YYYY-MM */
  billingMonth: string | null;
  billingPeriodStart: Date | null;
  /** Read as exclusive: see billing-period.ts for how an inclusive 23:59:59 end is handled. */
  billingPeriodEnd: Date | null;
  estimatedCostUsd: number | null;
  /** USD per credit (0.001 when absent, as documented). */
  creditRate: number | null;
  autoBillingEnabled: boolean | null;
  nextInvoiceDate: Date | null;
  problems: FieldProblem[];
}

/** GET /v1/organizations/billing/usage/breakdown?billing_month=YYYY-MM */
export interface UsageBreakdown {
  billingMonth: string | null;
  totalCredits: number | null;
  totalCostUsd: number | null;
  /** Credits by operation type, in the order the API sent them; keys are data (a Map, never an object). */
  byOperation: ReadonlyMap<string, number> | null;
  /** Credits by extractor, likewise. */
  byExtractor: ReadonlyMap<string, number> | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  problems: FieldProblem[];
}

/** Stripe's invoice statuses; any other status is kept as given. */
const KNOWN_INVOICE_STATUSES = ['draft', 'open', 'paid', 'uncollectible', 'void'] as const;
export type KnownInvoiceStatus = (typeof KNOWN_INVOICE_STATUSES)[number];

export function isKnownInvoiceStatus(status: string | null): status is KnownInvoiceStatus {
  return (KNOWN_INVOICE_STATUSES as readonly (string | null)[]).includes(status);
}

/** One entry of the invoice list. */
export interface Invoice {
  invoiceId: string | null;
  /** Strings as given: whether one becomes a link is for the URL filter to decide. */
  invoiceUrl: string | null;
  invoicePdf: string | null;
  amountDueCents: number | null;
  amountPaidCents: number | null;
  /** As given, known or not (see KNOWN_INVOICE_STATUSES). */
  status: string | null;
  /** YYYY-MM */
  billingMonth: string | null;
  totalCredits: number | null;
  created: Date | null;
  paidAt: Date | null;
}

/** The invoices endpoint answers 1–100 invoices a request, 10 unless asked. */
export const INVOICE_LIMIT = { min: 1, max: 100, default: 10 } as const;

/** GET /v1/organizations/billing/invoices?limit=N */
export interface InvoiceList {
  /** Entries that are objects, in the API's order (newest first, as Stripe lists them). */
  invoices: Invoice[];
  /** The number of invoices in all, never fewer than those listed (else null and a problem). */
  total: number | null;
  hasMore: boolean | null;
  problems: FieldProblem[];
}

/** Whether the list holds fewer invoices than exist: `has_more`, or a `total` above those listed. */
export function hasMoreInvoices(list: InvoiceList): boolean {
  return list.hasMore === true || (list.total !== null && list.total > list.invoices.length);
}

/** GET /v1/organizations/billing/spending-caps */
export interface SpendingCaps {
  /** Soft monthly limit; null means none set (unlimited). */
  monthlySpendingBudgetCents: number | null;
  monthlySpendingBudgetUsd: number | null;
  /** Percentages at which alerts are sent, as given (valid entries only). */
  spendingAlertThresholds: number[] | null;
  /** true when absent, as documented. */
  spendingAlertsEnabled: boolean | null;
  /** Thresholds already alerted in this billing cycle. */
  spendingAlertsSent: number[] | null;
  /** Hard monthly limit; null means none. */
  hardSpendingCapCents: number | null;
  hardSpendingCapUsd: number | null;
  /** false when absent, as documented. */
  hardCapEnabled: boolean | null;
  currentSpendingCents: number | null;
  currentSpendingUsd: number | null;
  /** As reported; null when no budget is set. The gauge recomputes it from cents. */
  budgetPercentageUsed: number | null;
  problems: FieldProblem[];
}

/** The saved payment method's details (PaymentMethodInfo). */
export interface PaymentMethodInfo {
  paymentMethodId: string | null;
  /** "card", or another Stripe type, as given. */
  type: string | null;
  /** Exactly four digits. */
  cardLast4: string | null;
  /** As given ("visa", "amex"): see payment-method.ts for the name to show. */
  cardBrand: string | null;
}

/** GET /v1/organizations/billing/payment-method */
export interface PaymentMethod {
  hasPaymentMethod: boolean | null;
  /** null when none is saved (or when unreadable: see problems). */
  paymentMethod: PaymentMethodInfo | null;
  autoBillingEnabled: boolean | null;
  problems: FieldProblem[];
}
