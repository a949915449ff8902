import { formatPercent } from '@/lib/format';
import type { SpendingCaps } from './billing';
import { formatCents, usdToCents } from './money';

/**
 * This cycle's spending against the monthly budget, as a gauge in the credit gauge's terms:
 * the percentage is unclamped, the arc spans 0…100 and beyond that the next multiple of 100,
 * and the part above the budget is a segment of its own. The alert thresholds are marks on
 * the arc. Cents are preferred wherever the API also gives a USD float.
 */

/** From this share of the budget on, spending is "near" it. */
export const NEAR_BUDGET_PERCENT = 75;

export type BudgetStatus = 'within' | 'near' | 'reached' | 'over' | 'no-budget' | 'not-reported';

interface BudgetMark {
  /** Threshold in percent of the budget. */
  percent: number;
  /** The API says this alert was sent in the current cycle. */
  sent: boolean;
  /** Spending has reached the threshold. */
  passed: boolean;
}

export interface SpendingBudgetModel {
  spentCents: number | null;
  /** null: no budget set (or none readable: see notes). */
  budgetCents: number | null;
  /** spent ÷ budget × 100, unclamped; null without both (or with a budget of 0). */
  percent: number | null;
  status: BudgetStatus;
  segments: { within: number; over: number; rest: number; scaleMax: number };
  /** Alert thresholds within the arc's scale, ascending, each once. */
  marks: BudgetMark[];
  alertsEnabled: boolean | null;
  /** Thresholds alerted this cycle, ascending, each once. */
  alertsSent: number[];
  /** null when there is neither a hard cap amount nor an enforced cap. */
  hardCap: {
    /** null when the cap is enforced but its amount was not reported. */
    cents: number | null;
    enforced: boolean;
    /** Spending is at or above the cap. */
    reached: boolean;
    percentOfBudget: number | null;
  } | null;
  /** Where the figures disagree or fall short, in words. */
  notes: string[];
}

function arcSegments(percent: number | null): SpendingBudgetModel['segments'] {
  if (percent === null || !Number.isFinite(percent) || percent <= 0) {
    return { within: 0, over: 0, rest: 100, scaleMax: 100 };
  }
  if (percent <= 100) return { within: percent, over: 0, rest: 100 - percent, scaleMax: 100 };
  const scaleMax = Math.ceil(percent / 100) * 100;
  return { within: 100, over: percent - 100, rest: scaleMax - percent, scaleMax };
}

/** The amount in cents: the cents field, else the USD float; a float that disagrees by more than rounding is noted. */
function cents(name: string, exact: number | null, usd: number | null, notes: string[]): number | null {
  if (exact !== null) {
    if (usd !== null && Math.abs(usd * 100 - exact) > 0.5 + 1e-9 * Math.abs(exact)) {
      notes.push(
        `${name}_usd (${usd}) disagrees with the amount in cents (${formatCents(exact, 'en-US')}): the cents are used.`,
      );
    }
    return exact;
  }
  return usd === null ? null : usdToCents(usd);
}

/** Half a unit in the last decimal place the API wrote: 46.9 → 0.05, 78 → 0.5. */
function roundingOf(reported: number): number {
  const decimals = /\.(\d+)$/.exec(String(reported))?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

function statusOf(percent: number | null, spent: number | null, budget: number | null): BudgetStatus {
  if (spent === null) return 'not-reported';
  if (budget === null) return 'no-budget';
  if (budget === 0) return spent > 0 ? 'over' : 'within';
  const p = percent!;
  if (p > 100) return 'over';
  if (p === 100) return 'reached';
  return p >= NEAR_BUDGET_PERCENT ? 'near' : 'within';
}

const ascendingUnique = (values: readonly number[] | null) => [...new Set(values ?? [])].sort((a, b) => a - b);

export function spendingBudgetModel(caps: SpendingCaps): SpendingBudgetModel {
  const notes: string[] = [];
  const spent = cents('current_spending', caps.currentSpendingCents, caps.currentSpendingUsd, notes);
  const budget = cents(
    'monthly_spending_budget',
    caps.monthlySpendingBudgetCents,
    caps.monthlySpendingBudgetUsd,
    notes,
  );
  const capCents = cents('hard_spending_cap', caps.hardSpendingCapCents, caps.hardSpendingCapUsd, notes);

  const percent =
    spent !== null && budget !== null && budget > 0 ? (spent / budget) * 100 : spent === 0 && budget === 0 ? 0 : null;
  if (budget === 0) notes.push('The budget is $0.00: any spending is over it.');
  const reported = caps.budgetPercentageUsed;
  if (
    percent !== null &&
    reported !== null &&
    Math.abs(reported - percent) > roundingOf(reported) + 1e-9 * Math.max(1, Math.abs(reported))
  ) {
    notes.push(
      `budget_percentage_used (${reported}%) disagrees with the amounts in cents (${formatPercent(percent, 'en-US')}): the cents are used.`,
    );
  }

  const segments = arcSegments(percent);
  const sent = ascendingUnique(caps.spendingAlertsSent);
  const marks = ascendingUnique(caps.spendingAlertThresholds)
    .filter((threshold) => threshold > 0 && threshold <= segments.scaleMax)
    .map((threshold) => ({
      percent: threshold,
      sent: sent.includes(threshold),
      passed: percent !== null && percent >= threshold,
    }));
  const enforced = caps.hardCapEnabled === true;
  const hardCap =
    capCents === null && !enforced
      ? null
      : {
          cents: capCents,
          enforced,
          reached: spent !== null && capCents !== null && spent >= capCents,
          percentOfBudget: capCents !== null && budget !== null && budget > 0 ? (capCents / budget) * 100 : null,
        };
  return {
    spentCents: spent,
    budgetCents: budget,
    percent,
    status: statusOf(percent, spent, budget),
    segments,
    marks,
    alertsEnabled: caps.spendingAlertsEnabled,
    alertsSent: sent,
    hardCap,
    notes,
  };
}

/** What each state is called on screen; a colour only ever repeats these words. */
export function budgetStatusText(status: BudgetStatus): string {
  const texts: Record<BudgetStatus, string> = {
    within: 'Within the monthly budget',
    near: `Near the monthly budget: ${NEAR_BUDGET_PERCENT}% or more used`,
    reached: 'Monthly budget reached',
    over: 'Over the monthly budget',
    'no-budget': 'No budget set',
    'not-reported': 'Spending not reported',
  };
  return texts[status];
}

/** "$234.50 of $500.00 (47%)", or the spending alone without a budget. */
export function budgetSummaryText(model: SpendingBudgetModel, locale?: string): string {
  if (model.spentCents === null) return budgetStatusText('not-reported');
  const spent = formatCents(model.spentCents, locale);
  if (model.budgetCents === null) return `${spent} this cycle, no budget set`;
  const share = model.percent === null ? '' : ` (${formatPercent(model.percent, locale)})`;
  return `${spent} of ${formatCents(model.budgetCents, locale)}${share}`;
}

/** "Hard cap $1,000.00, enforced", "…, not enforced", "No hard cap". */
export function hardCapText(model: SpendingBudgetModel, locale?: string): string {
  const cap = model.hardCap;
  if (cap === null) return 'No hard cap';
  if (cap.cents === null) return 'Hard cap enforced, amount not reported';
  const amount = formatCents(cap.cents, locale);
  if (!cap.enforced) return `Hard cap ${amount}, not enforced`;
  return cap.reached ? `Hard cap ${amount} reached (enforced)` : `Hard cap ${amount}, enforced`;
}
