import { describe, expect, it } from 'vitest';
import { allowanceAmount, allowanceWords, resolveAllowance } from './allowance';

describe('allowanceWords: one wording for every card, export and comparison', () => {
  it.each([
    ['pro', null, 'monthly allowance 100,000 (Pro)', '100,000 credits', '100,000'],
    ['free', null, 'monthly allowance 1,000 (Free)', '1,000 credits', '1,000'],
    [
      'enterprise',
      5_000_000,
      'contracted monthly allowance 5,000,000 (Enterprise)',
      '5,000,000 credits (contracted)',
      '5,000,000 (contracted)',
    ],
    ['enterprise', null, 'custom allowance (Enterprise)', 'custom allowance', 'custom'],
    ['platinum', null, 'allowance unknown', 'allowance unknown', 'unknown'],
    [null, null, null, 'allowance unknown', 'unknown'],
  ] as const)('%s with %s typed in', (accountType, custom, phrase, value, cell) => {
    expect(allowanceWords(resolveAllowance(accountType, custom), 'en-US')).toEqual({ phrase, value, cell });
  });

  it('formats amounts in the given locale', () => {
    expect(allowanceWords(resolveAllowance('team', null), 'de-DE').value).toBe('1.000.000 credits');
  });

  it('gives the amount only where there is one to compare against', () => {
    expect(allowanceAmount(resolveAllowance('pro', null))).toBe(100_000);
    expect(allowanceAmount(resolveAllowance('enterprise', 7))).toBe(7);
    expect(allowanceAmount(resolveAllowance('enterprise', null))).toBeNull();
    expect(allowanceAmount(resolveAllowance('platinum', null))).toBeNull();
    expect(allowanceAmount(resolveAllowance(null, null))).toBeNull();
  });
});
