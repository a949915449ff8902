import { DAY_MS } from '@/model/billing-period';
import {
  billingMonthOf,
  billingMonthStart,
  parseBillingMonth,
  shiftBillingMonth,
  type BillingMonth,
} from '@/model/billing-months';
import { INVOICE_LIMIT } from '@/model/billing';
import { centsToDecimal } from '@/model/money';
import { findTier, TIERS } from '@/model/tiers';
import { findSample, type SampleOrganization } from './sample-organizations';

/**
 * Billing answers for the four sample organizations, in the API's own wire format (the JSON
 * bodies the six endpoints would send), so they go through the same parsers as real ones.
 * They are a function of `now`, so the current month is always the current month.
 *
 * Everything derives from one daily usage series per organization, so the figures agree:
 * this month's usage = the current month's breakdown = the draft invoice's credits; each
 * finished month's invoice = its breakdown; the burn rate is the last 7 full days' average;
 * days remaining = balance ÷ burn rate; costs = credits × credit_rate (whole cents, as the
 * series moves in steps of 10 credits at $0.001). Billing cycles are calendar months in UTC
 * (billing_cycle_start 1, the organization's documented default).
 *
 * The organization sample's credit_count is fixed, so balances here are a snapshot that does
 * not move with `now`; usage does.
 *
 * - pro-over (Acme, Pro): about 4,130 credits a day, on pace for well above the 100,000 allowance.
 * - free-low (Tinker Labs, Free): no usage in the last 7 days (burn rate 0, no runway), no
 *   payment method, no budget. Free credits cost nothing: credit_rate 0, $0.00 invoices.
 * - team (Northwind, Team): within its allowance, a budget with an enforced hard cap.
 * - enterprise (Globex, Enterprise): auto-billing on, and near its monthly spending budget.
 *   Its contract bills a platform fee at the start of each cycle on top of usage, so spending
 *   stays between 76% and 88% of the budget all month (alerts at 50/75/90, 50 and 75 sent).
 *   With auto-billing the balance endpoint's credit_balance is this month's usage, negative
 *   (consumption), while the organization endpoint keeps its credit_count of 4,250,000: that
 *   figure is not a balance that drains, and cards must show the balance endpoint's figure as
 *   usage (balancePresentation in src/model/runway.ts).
 */

type Body = Record<string, unknown>;

export interface SampleBilling {
  /** GET /v1/organizations/billing/balance */
  balance: Body;
  /** GET /v1/organizations/billing/usage/current */
  usageCurrent: Body;
  /** GET /v1/organizations/billing/usage/breakdown?billing_month=YYYY-MM (the current month by default). */
  usageBreakdown(billingMonth?: string): Body;
  /** GET /v1/organizations/billing/invoices?limit=N (1–100, 10 by default), newest first. */
  invoices(limit?: number): Body;
  /** GET /v1/organizations/billing/spending-caps */
  spendingCaps: Body;
  /** GET /v1/organizations/billing/payment-method */
  paymentMethod: Body;
  /**
   * The organization endpoint's billing fields as they agree with the above. The organization
   * sample omits them (so it reads the defaults: no auto-billing, cycle day 1, usage 0); merge
   * these into its body where the organization must agree with billing.
   */
  organizationFields: Body;
}

interface Spec {
  /** Credits a day before the monthly variation, a multiple of 10. */
  dailyCredits: number;
  /** Days before now without any usage. */
  quietDays: number;
  creditRate: number;
  autoBilling: boolean;
  /** Billed at the start of each cycle, on top of usage. */
  platformFeeCents: number;
  operations: [string, number][];
  extractors: [string, number][];
  budgetCents: number | null;
  thresholds: number[];
  hardCapCents: number | null;
  hardCapEnabled: boolean;
  card: { id: string; brand: string; last4: string } | null;
  /** Stripe-like id stem for invoices. */
  code: string;
}

const SPECS: Record<string, Spec> = {
  'pro-over': {
    dailyCredits: 4_130,
    quietDays: 0,
    creditRate: 0.001,
    autoBilling: false,
    platformFeeCents: 0,
    operations: [
      ['extractor', 0.62],
      ['search', 0.18],
      ['upload', 0.15],
      ['batch', 0.05],
    ],
    extractors: [
      ['multimodal_extractor', 0.7],
      ['text_extractor', 0.3],
    ],
    budgetCents: 20_000,
    thresholds: [50, 75, 90, 100],
    hardCapCents: null,
    hardCapEnabled: false,
    card: { id: 'pm_1PkAcmeVisa4242', brand: 'visa', last4: '4242' },
    code: 'PkAcme',
  },
  'free-low': {
    dailyCredits: 30,
    quietDays: 7,
    creditRate: 0,
    autoBilling: false,
    platformFeeCents: 0,
    operations: [
      ['extractor', 0.5],
      ['search', 0.4],
      ['upload', 0.1],
    ],
    extractors: [['text_extractor', 1]],
    budgetCents: null,
    thresholds: [],
    hardCapCents: null,
    hardCapEnabled: false,
    card: null,
    code: 'TkLabs',
  },
  team: {
    dailyCredits: 26_000,
    quietDays: 0,
    creditRate: 0.001,
    autoBilling: false,
    platformFeeCents: 0,
    operations: [
      ['extractor', 0.45],
      ['batch', 0.3],
      ['search', 0.15],
      ['upload', 0.1],
    ],
    extractors: [
      ['video_extractor', 0.6],
      ['multimodal_extractor', 0.25],
      ['text_extractor', 0.15],
    ],
    budgetCents: 100_000,
    thresholds: [80, 100],
    hardCapCents: 150_000,
    hardCapEnabled: true,
    card: { id: 'pm_1NwMediaMc4444', brand: 'mastercard', last4: '4444' },
    code: 'NwMedia',
  },
  enterprise: {
    dailyCredits: 50_000,
    quietDays: 0,
    creditRate: 0.001,
    autoBilling: true,
    platformFeeCents: 1_140_000,
    operations: [
      ['extractor', 0.5],
      ['search', 0.3],
      ['batch', 0.12],
      ['upload', 0.08],
    ],
    extractors: [
      ['multimodal_extractor', 0.5],
      ['image_extractor', 0.3],
      ['text_extractor', 0.2],
    ],
    budgetCents: 1_500_000,
    thresholds: [50, 75, 90],
    hardCapCents: 2_000_000,
    hardCapEnabled: false,
    card: { id: 'pm_1GxIndAmex0005', brand: 'amex', last4: '0005' },
    code: 'GxInd',
  },
};

/** Month-to-month variation of usage, ±10%, the same every year. */
const MONTH_FACTORS = [0.92, 1, 1.06, 0.97, 1.1, 0.95, 1.03, 0.9, 1.08, 1, 0.94, 1.05];

const wireDate = (instant: Date) => instant.toISOString().replace('.000Z', 'Z');
const usd = (cents: number) => Number(centsToDecimal(cents));
const dayOf = (instant: Date) => Math.floor(instant.getTime() / DAY_MS);

/** Splits a total into whole parts by shares, the parts adding up exactly (largest remainders get the rest). */
function split(total: number, shares: [string, number][]): [string, number][] {
  const raw = shares.map(([name, share]) => ({ name, exact: total * share, part: Math.floor(total * share) }));
  let rest = total - raw.reduce((sum, r) => sum + r.part, 0);
  for (const r of [...raw].sort((a, b) => b.exact - b.part - (a.exact - a.part))) {
    if (rest <= 0) break;
    r.part++;
    rest--;
  }
  return raw.map((r) => [r.name, r.part]);
}

function sampleFor(sample: SampleOrganization, spec: Spec, now: Date): SampleBilling {
  const body = sample.body;
  const createdAt = new Date(String(body.created_at));
  const createdDay = dayOf(createdAt);
  const today = dayOf(now);
  const balanceCredits = Number(body.credit_count);

  const quietFrom = spec.quietDays > 0 ? today - spec.quietDays : Infinity;
  /** Credits used on a whole UTC day: none before the organization existed or in its quiet days. */
  const creditsOn = (day: number) => {
    if (day < createdDay || day >= quietFrom) return 0;
    return Math.round((spec.dailyCredits * MONTH_FACTORS[new Date(day * DAY_MS).getUTCMonth()]!) / 10) * 10;
  };
  /** Credits used from `from` (inclusive) to `now` or `to`, whichever comes first; today counts pro rata. */
  const creditsBetween = (from: Date, to: Date) => {
    let total = 0;
    const end = Math.min(to.getTime(), now.getTime());
    for (let day = dayOf(from); day * DAY_MS < end; day++) {
      const dayEnd = (day + 1) * DAY_MS;
      const credits = creditsOn(day);
      total += dayEnd <= end ? credits : Math.floor((credits * ((end - day * DAY_MS) / DAY_MS)) / 10) * 10;
    }
    return total;
  };
  const costCents = (credits: number) => Math.round(credits * spec.creditRate * 100);

  const currentMonth = billingMonthOf(now);
  const monthBounds = (month: BillingMonth) =>
    [billingMonthStart(month), billingMonthStart(shiftBillingMonth(month, 1))] as const;
  const monthCredits = (month: BillingMonth) => creditsBetween(...monthBounds(month));
  const [periodStart, periodEnd] = monthBounds(currentMonth);
  const usage = monthCredits(currentMonth);
  const spentCents = spec.platformFeeCents + costCents(usage);

  let recent = 0;
  for (let day = today - 7; day < today; day++) recent += creditsOn(day);
  const burnRate = Math.round((recent / 7) * 10) / 10;

  const tier = findTier(String(body.account_type))!;
  const next = TIERS[TIERS.indexOf(tier) + 1] ?? null;
  // As the contract's examples read (a balance of 45,230, 954,770 until Team): the next tier's
  // allowance less the balance; none for a tier without a published allowance.
  const creditsUntilNextTier =
    next && next.monthlyAllowance !== null ? Math.max(0, next.monthlyAllowance - balanceCredits) : null;

  const balance: Body = {
    organization_id: body.organization_id,
    // Auto-billing: this month's usage, negative for consumption (0 - usage, never -0).
    credit_balance: spec.autoBilling ? 0 - usage : balanceCredits,
    account_tier: tier.id,
    next_tier: next?.id ?? null,
    credits_until_next_tier: creditsUntilNextTier,
    estimated_days_remaining: spec.autoBilling || burnRate === 0 ? null : Math.floor(balanceCredits / burnRate),
    daily_burn_rate: burnRate,
  };

  const usageCurrent: Body = {
    current_month_usage: usage,
    billing_month: currentMonth,
    billing_period_start: wireDate(periodStart),
    billing_period_end: wireDate(periodEnd),
    estimated_cost_usd: usd(costCents(usage)),
    credit_rate: spec.creditRate,
    auto_billing_enabled: spec.autoBilling,
    next_invoice_date: wireDate(periodEnd),
  };

  const usageBreakdown = (billingMonth: string = currentMonth): Body => {
    if (parseBillingMonth(billingMonth) === null)
      throw new RangeError(`billing_month must be YYYY-MM, not ${billingMonth}`);
    const [start, end] = monthBounds(billingMonth);
    const total = monthCredits(billingMonth);
    const byOperation = split(total, spec.operations);
    const extractorCredits = byOperation.find(([name]) => name === 'extractor')?.[1] ?? 0;
    return {
      billing_month: billingMonth,
      total_credits: total,
      total_cost_usd: usd(costCents(total)),
      by_operation: Object.fromEntries(byOperation),
      by_extractor: Object.fromEntries(split(extractorCredits, spec.extractors)),
      period_start: wireDate(start),
      period_end: wireDate(end),
    };
  };

  const allInvoices: Body[] = [];
  const createdMonth = billingMonthOf(createdAt);
  const free = spec.creditRate === 0 && spec.platformFeeCents === 0;
  if (createdAt.getTime() <= now.getTime()) {
    allInvoices.push({
      invoice_id: `in_1${spec.code}${currentMonth.replace('-', '')}`,
      invoice_url: null,
      invoice_pdf: null,
      amount_due: spentCents,
      amount_paid: 0,
      status: 'draft',
      billing_month: currentMonth,
      total_credits: usage,
      created: wireDate(new Date(Math.max(periodStart.getTime(), createdAt.getTime()))),
      paid_at: null,
    });
  }
  for (let back = 1; back <= 12; back++) {
    const month = shiftBillingMonth(currentMonth, -back);
    if (month < createdMonth) break;
    const credits = monthCredits(month);
    const amount = spec.platformFeeCents + costCents(credits);
    const created = monthBounds(month)[1];
    const open = back === 1 && !free;
    const token = `test_${spec.code}${month.replace('-', '')}`;
    allInvoices.push({
      invoice_id: `in_1${spec.code}${month.replace('-', '')}`,
      invoice_url: `https://invoice.stripe.com/i/acct_1MixpeekDemo/${token}`,
      invoice_pdf: `https://pay.stripe.com/invoice/acct_1MixpeekDemo/${token}/pdf`,
      amount_due: amount,
      amount_paid: open ? 0 : amount,
      status: open ? 'open' : 'paid',
      billing_month: month,
      total_credits: credits,
      created: wireDate(created),
      paid_at: open ? null : wireDate(new Date(created.getTime() + (free ? 0 : 2 * DAY_MS + 3 * 3_600_000))),
    });
  }

  const invoices = (limit: number = INVOICE_LIMIT.default): Body => {
    if (!Number.isInteger(limit) || limit < INVOICE_LIMIT.min || limit > INVOICE_LIMIT.max) {
      throw new RangeError(
        `limit must be a whole number from ${INVOICE_LIMIT.min} to ${INVOICE_LIMIT.max}, not ${limit}`,
      );
    }
    return { invoices: allInvoices.slice(0, limit), total: allInvoices.length, has_more: allInvoices.length > limit };
  };

  const budget = spec.budgetCents;
  const percent = budget === null ? null : Math.round((spentCents / budget) * 1000) / 10;
  const spendingCaps: Body = {
    monthly_spending_budget: budget,
    monthly_spending_budget_usd: budget === null ? null : usd(budget),
    spending_alert_thresholds: spec.thresholds,
    spending_alerts_sent: percent === null ? [] : spec.thresholds.filter((t) => (spentCents / budget!) * 100 >= t),
    hard_spending_cap: spec.hardCapCents,
    hard_spending_cap_usd: spec.hardCapCents === null ? null : usd(spec.hardCapCents),
    current_spending_cents: spentCents,
    current_spending_usd: usd(spentCents),
    budget_percentage_used: percent,
    // spending_alerts_enabled and hard_cap_enabled are left to their documented defaults (true, false) where they hold.
    ...(spec.hardCapEnabled ? { hard_cap_enabled: true } : {}),
  };

  const paymentMethod: Body = spec.card
    ? {
        has_payment_method: true,
        payment_method: {
          payment_method_id: spec.card.id,
          type: 'card',
          card_last4: spec.card.last4,
          card_brand: spec.card.brand,
        },
        auto_billing_enabled: spec.autoBilling,
      }
    : { has_payment_method: false, payment_method: null, auto_billing_enabled: spec.autoBilling };

  return {
    balance,
    usageCurrent,
    usageBreakdown,
    invoices,
    spendingCaps,
    paymentMethod,
    organizationFields: { auto_billing_enabled: spec.autoBilling, billing_cycle_start: 1, current_month_usage: usage },
  };
}

/** The billing answers of a sample organization as of `now`; undefined for an unknown sample id. */
export function sampleBilling(sampleId: string, now: Date): SampleBilling | undefined {
  const sample = findSample(sampleId);
  const spec = Object.hasOwn(SPECS, sampleId) ? SPECS[sampleId] : undefined;
  return sample && spec ? sampleFor(sample, spec, now) : undefined;
}
