import { formatInteger } from '@/lib/format';
import { findTier, type Tier } from './tiers';

/**
 * The one rule for which monthly allowance a balance is compared against, and how it is
 * worded: every card, export and comparison takes both from here.
 */
export type AllowanceSource =
  | { kind: 'published'; tier: Tier; amount: number }
  | { kind: 'custom'; tier: Tier; amount: number }
  /** Enterprise without a contracted figure typed in yet. */
  | { kind: 'custom-needed'; tier: Tier }
  | { kind: 'unknown-tier'; accountType: string }
  | { kind: 'no-tier' };

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

/** The allowance in credits, when there is one to compare against. */
export function allowanceAmount(allowance: AllowanceSource): number | null {
  return allowance.kind === 'published' || allowance.kind === 'custom' ? allowance.amount : null;
}

export interface AllowanceWords {
  /** Beside the gauge: "monthly allowance 100,000 (Pro)"; null when the tier is not reported. */
  phrase: string | null;
  /** As a value of its own (exports, summaries): "100,000 credits", "5,000,000 credits (contracted)". */
  value: string;
  /** In a table cell: "100,000", "5,000,000 (contracted)", "custom", "unknown". */
  cell: string;
}

export function allowanceWords(allowance: AllowanceSource, locale?: string): AllowanceWords {
  switch (allowance.kind) {
    case 'published': {
      const amount = formatInteger(allowance.amount, locale);
      return {
        phrase: `monthly allowance ${amount} (${allowance.tier.label})`,
        value: `${amount} credits`,
        cell: amount,
      };
    }
    case 'custom': {
      const amount = formatInteger(allowance.amount, locale);
      return {
        phrase: `contracted monthly allowance ${amount} (${allowance.tier.label})`,
        value: `${amount} credits (contracted)`,
        cell: `${amount} (contracted)`,
      };
    }
    case 'custom-needed':
      return { phrase: `custom allowance (${allowance.tier.label})`, value: 'custom allowance', cell: 'custom' };
    case 'unknown-tier':
      return { phrase: 'allowance unknown', value: 'allowance unknown', cell: 'unknown' };
    case 'no-tier':
      return { phrase: null, value: 'allowance unknown', cell: 'unknown' };
  }
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
