import { formatInteger } from '@/lib/format';
import { DAY_MS } from './billing-period';
import type { CreditBalance } from './billing';
import { findTier, type Tier } from './tiers';

/**
 * How long the credits last at the recent burn rate, what the balance endpoint's figure
 * means for this account, and how far the next tier is. Dates are UTC calendar days.
 */

export type BalancePresentation =
  /** Credits left (no auto-billing). */
  | { kind: 'balance'; credits: number }
  /** Auto-billing: the API's credit_balance is this month's usage, not a balance. */
  | { kind: 'usage-this-month'; credits: number }
  /** Whether auto-billing is on is unknown, so the figure cannot be called either. */
  | { kind: 'unknown'; reported: number }
  | { kind: 'not-reported' };

/**
 * Says how the balance endpoint's credit_balance must be shown. With auto-billing on it is
 * this month's usage, written negative for consumption; either sign is read as usage (its
 * magnitude), so no card ever shows it as a balance.
 */
export function balancePresentation(
  creditBalance: number | null,
  autoBillingEnabled: boolean | null,
): BalancePresentation {
  if (creditBalance === null) return { kind: 'not-reported' };
  if (autoBillingEnabled === true) return { kind: 'usage-this-month', credits: Math.abs(creditBalance) };
  if (autoBillingEnabled === false) return { kind: 'balance', credits: creditBalance };
  return { kind: 'unknown', reported: creditBalance };
}

export function balancePresentationText(presentation: BalancePresentation, locale?: string): string {
  switch (presentation.kind) {
    case 'balance':
      return `${formatInteger(presentation.credits, locale)} credits left`;
    case 'usage-this-month':
      return `${formatInteger(presentation.credits, locale)} credits used this month (auto-billing: billed monthly)`;
    case 'unknown':
      return `${formatInteger(presentation.reported, locale)} credits reported: a balance, or this month’s usage if auto-billing is on`;
    case 'not-reported':
      return 'Balance not reported';
  }
}

export type Runway =
  | {
      kind: 'estimate';
      /** Whole days, the API's estimate when it gives one, else balance ÷ burn rate rounded down. */
      days: number;
      /** 00:00 UTC on the day the credits are expected to run out; null beyond the calendar (±275,000 years). */
      runsOutOn: Date | null;
      /** Credits a day over the last 7 days; null when the API's figure was unreadable. */
      dailyBurnRate: number | null;
      source: 'api' | 'computed';
    }
  /** No credits left (and no auto-billing). */
  | { kind: 'depleted' }
  /** Auto-billing is on: usage is billed, credits do not run out. */
  | { kind: 'not-limited' }
  /** A burn rate of 0: nothing used in the last 7 days. */
  | { kind: 'no-recent-usage' }
  /** Nothing used yet at all (as the caller knows from the history). */
  | { kind: 'no-history' }
  | { kind: 'not-reported' };

/** The UTC calendar day `days` whole days after `now`'s. */
function dayAfter(now: Date, days: number): Date | null {
  const day = new Date((Math.floor(now.getTime() / DAY_MS) + days) * DAY_MS);
  return Number.isNaN(day.getTime()) ? null : day;
}

/**
 * The runway at the 7-day burn rate. `hasUsageHistory` tells an account that never used
 * anything from one that merely paused (both report a burn rate of 0); unknown counts as paused.
 */
export function runwayModel(input: {
  balance: CreditBalance;
  autoBillingEnabled: boolean | null;
  now: Date;
  hasUsageHistory?: boolean;
}): Runway {
  const { creditBalance, dailyBurnRate, estimatedDaysRemaining } = input.balance;
  if (input.autoBillingEnabled === true) return { kind: 'not-limited' };
  if (creditBalance !== null && creditBalance <= 0) return { kind: 'depleted' };
  if (dailyBurnRate === 0) return { kind: input.hasUsageHistory === false ? 'no-history' : 'no-recent-usage' };
  if (estimatedDaysRemaining !== null) {
    const days = estimatedDaysRemaining;
    return { kind: 'estimate', days, runsOutOn: dayAfter(input.now, days), dailyBurnRate, source: 'api' };
  }
  if (creditBalance === null || dailyBurnRate === null) return { kind: 'not-reported' };
  const days = Math.floor(creditBalance / dailyBurnRate);
  return { kind: 'estimate', days, runsOutOn: dayAfter(input.now, days), dailyBurnRate, source: 'computed' };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string | undefined, withYear: boolean): Intl.DateTimeFormat {
  const id = `${locale ?? ''}|${withYear}`;
  let format = dayFormats.get(id);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale, withYear ? { ...options, year: 'numeric' } : options);
    dayFormats.set(id, format);
  }
  return format;
}

/** "About 18 days, around Dec 19" (the day in the locale: "19 Dec" in en-GB; with the year when it is not this one). */
export function runwayText(runway: Runway, now: Date, locale?: string): string {
  switch (runway.kind) {
    case 'estimate': {
      if (runway.days === 0) return 'Less than a day left';
      const about = `About ${formatInteger(runway.days, locale)} ${runway.days === 1 ? 'day' : 'days'}`;
      if (runway.runsOutOn === null) return about;
      const withYear = runway.runsOutOn.getUTCFullYear() !== now.getUTCFullYear();
      return `${about}, around ${dayFormat(locale, withYear).format(runway.runsOutOn)}`;
    }
    case 'depleted':
      return 'No credits left';
    case 'not-limited':
      return 'Not limited: auto-billing is on, so usage is billed monthly';
    case 'no-recent-usage':
      return 'No usage in the last 7 days, so no estimate';
    case 'no-history':
      return 'No usage yet, so no estimate';
    case 'not-reported':
      return 'Runway not reported';
  }
}

export type NextTier =
  | {
      kind: 'next';
      /** As given by the API. */
      tierId: string;
      /** The published tier it names, when this app knows it. */
      tier: Tier | null;
      /** Credits still needed; 0 when already there; null when not applicable. */
      creditsUntil: number | null;
    }
  | { kind: 'top' }
  | { kind: 'not-reported' };

/** The next tier from the balance endpoint: a null next_tier means the top tier, unless it was unreadable. */
export function nextTierModel(balance: CreditBalance): NextTier {
  if (balance.nextTier === null) {
    return balance.problems.some((p) => p.field === 'next_tier') ? { kind: 'not-reported' } : { kind: 'top' };
  }
  return {
    kind: 'next',
    tierId: balance.nextTier,
    tier: findTier(balance.nextTier),
    creditsUntil: balance.creditsUntilNextTier,
  };
}

/** "954,770 credits until Team", "Top tier". */
export function nextTierText(next: NextTier, locale?: string): string {
  if (next.kind === 'top') return 'Top tier';
  if (next.kind === 'not-reported') return 'Next tier not reported';
  const label = next.tier?.label ?? next.tierId;
  if (next.creditsUntil === null) return `Next tier: ${label}`;
  if (next.creditsUntil === 0) return `Enough credits for ${label}`;
  return `${formatInteger(next.creditsUntil, locale)} credits until ${label}`;
}
