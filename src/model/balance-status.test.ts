import { describe, expect, it } from 'vitest';
import { balanceStatusText, balanceStatusTone } from './balance-status';
import { resolveAllowance } from './allowance';
import { gaugeModel, type BalanceStatus } from './credit-gauge';

const text = (accountType: string | null, balance: number | null, custom: number | null = null) =>
  balanceStatusText(gaugeModel(balance, resolveAllowance(accountType, custom)));

describe('balanceStatusText', () => {
  it('names each state with a balance and an allowance', () => {
    expect(text('pro', 250_000)).toBe('Above the monthly allowance');
    expect(text('pro', 64_000)).toBe('Within the monthly allowance');
    expect(text('free', 62)).toBe('Low balance: under 10% of the monthly allowance');
    expect(text('free', 0)).toBe('No credits left');
    expect(text('free', -3)).toBe('Negative balance: more credits used than available');
    expect(text('free', null)).toBe('Balance not reported');
  });

  it('asks for the contracted allowance for enterprise without one', () => {
    expect(text('enterprise', 4_250_000)).toBe('Custom allowance: enter the contracted monthly allowance to compare');
  });

  it('uses the custom allowance for enterprise once entered', () => {
    expect(text('enterprise', 4_250_000, 5_000_000)).toBe('Within the monthly allowance');
  });

  it('names the unknown tier as given', () => {
    expect(text('platinum', 10)).toBe('Allowance unknown for the "platinum" tier');
  });

  it('says the account type was not reported when it is null', () => {
    expect(text(null, 10)).toBe('Allowance unknown: the account type was not reported');
  });

  it('describes a null balance as not reported even without an allowance', () => {
    expect(text(null, null)).toBe('Balance not reported');
    expect(text('enterprise', null)).toBe('Balance not reported');
  });
});

describe('balanceStatusTone', () => {
  it.each<[BalanceStatus, string]>([
    ['ok', 'ok'],
    ['low', 'warn'],
    ['empty', 'danger'],
    ['negative', 'danger'],
    ['over', 'info'],
    ['no-allowance', 'neutral'],
    ['not-reported', 'neutral'],
  ])('%s is shown in the %s tone', (status, tone) => {
    expect(balanceStatusTone(status)).toBe(tone);
  });
});
