import { findTier, type Tier } from './tiers';

/** Below this share of the monthly allowance the balance is flagged as low. */
export const LOW_BALANCE_PERCENT = 10;

export type AllowanceSource =
  | { kind: 'published'; tier: Tier; amount: number }
  | { kind: 'custom'; tier: Tier; amount: number }
  /** Enterprise without a contracted figure typed in yet. */
  | { kind: 'custom-needed'; tier: Tier }
  | { kind: 'unknown-tier'; accountType: string }
  | { kind: 'no-tier' };

export type BalanceStatus = 'over' | 'ok' | 'low' | 'empty' | 'negative' | 'no-allowance' | 'not-reported';

export interface GaugeModel {
  balance: number | null;
  allowance: AllowanceSource;
  /** balance ÷ allowance × 100, unclamped; null without both numbers. */
  percent: number | null;
  status: BalanceStatus;
  /**
   * Arc segments in percent of the allowance. The arc spans 0..scaleMax: 100 when the
   * balance is within the allowance, else the next multiple of 100 above it, so the angle
   * always measures the value and the part above the allowance is its own segment.
   */
  segments: { within: number; over: number; rest: number; scaleMax: number };
}

/** Picks the allowance to compare against: published for a tier, typed in for enterprise. */
export function resolveAllowance(accountType: string | null, customAllowance: number | null): AllowanceSource {
  if (accountType === null) return { kind: 'no-tier' };
  const tier = findTier(accountType);
  if (!tier) return { kind: 'unknown-tier', accountType };
  if (tier.monthlyAllowance !== null) return { kind: 'published', tier, amount: tier.monthlyAllowance };
  return customAllowance !== null && customAllowance > 0
    ? { kind: 'custom', tier, amount: customAllowance }
    : { kind: 'custom-needed', tier };
}

export function gaugeModel(balance: number | null, allowance: AllowanceSource): GaugeModel {
  const amount = allowance.kind === 'published' || allowance.kind === 'custom' ? allowance.amount : null;
  const percent = balance !== null && amount !== null ? (balance / amount) * 100 : null;
  return { balance, allowance, percent, status: balanceStatus(balance, percent), segments: arcSegments(percent) };
}

function balanceStatus(balance: number | null, percent: number | null): BalanceStatus {
  if (balance === null) return 'not-reported';
  if (balance < 0) return 'negative';
  if (balance === 0) return 'empty';
  if (percent === null) return 'no-allowance';
  if (percent > 100) return 'over';
  if (percent < LOW_BALANCE_PERCENT) return 'low';
  return 'ok';
}

function arcSegments(percent: number | null): GaugeModel['segments'] {
  if (percent === null || !Number.isFinite(percent) || percent <= 0) {
    return { within: 0, over: 0, rest: 100, scaleMax: 100 };
  }
  if (percent <= 100) return { within: percent, over: 0, rest: 100 - percent, scaleMax: 100 };
  const scaleMax = Math.ceil(percent / 100) * 100;
  return { within: 100, over: percent - 100, rest: scaleMax - percent, scaleMax };
}

/** Parses a contracted monthly allowance typed by a person ("2,500,000", "2 500 000", "2500000"). */
export function parseAllowanceInput(text: string): { ok: true; amount: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: 'Enter the monthly allowance in your contract, in credits.' };
  // Digits, optionally grouped by threes with any usual separator (1,000,000 · 1.000.000 · 1 000 000).
  if (!/^(\d+|\d{1,3}([,.'\s\u00a0\u202f]\d{3})+)$/.test(trimmed)) {
    return { ok: false, message: 'Enter a whole number of credits, at least 1, for example 5,000,000.' };
  }
  const compact = trimmed.replace(/\D/g, '');
  const amount = Number(compact);
  if (amount < 1 || !Number.isSafeInteger(amount)) {
    return { ok: false, message: 'Enter a whole number of credits, at least 1, for example 5,000,000.' };
  }
  return { ok: true, amount };
}
