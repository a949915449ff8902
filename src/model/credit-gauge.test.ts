import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllowanceInput, resolveAllowance } from './allowance';
import { gaugeCentreText, gaugeModel, LOW_BALANCE_PERCENT } from './credit-gauge';
import { findTier } from './tiers';

const model = (accountType: string | null, balance: number | null, custom: number | null = null) =>
  gaugeModel(balance, resolveAllowance(accountType, custom));

describe('resolveAllowance', () => {
  it.each([
    ['free', 1_000],
    ['pro', 100_000],
    ['team', 1_000_000],
  ])('uses the published allowance of %s (%i credits)', (tier, amount) => {
    expect(resolveAllowance(tier, null)).toEqual({ kind: 'published', tier: findTier(tier), amount });
  });

  it('ignores a custom allowance for a tier with a published one', () => {
    expect(resolveAllowance('pro', 5_000_000)).toMatchObject({ kind: 'published', amount: 100_000 });
  });

  it('matches the tier case-insensitively and ignores surrounding spaces', () => {
    expect(resolveAllowance('PRO', null)).toMatchObject({ kind: 'published', amount: 100_000 });
    expect(resolveAllowance(' Team ', null)).toMatchObject({ kind: 'published', amount: 1_000_000 });
  });

  it('asks for a custom allowance for enterprise without one', () => {
    expect(resolveAllowance('enterprise', null)).toEqual({ kind: 'custom-needed', tier: findTier('enterprise') });
  });

  it.each([0, -5])('does not accept a custom allowance of %i for enterprise', (custom) => {
    expect(resolveAllowance('enterprise', custom).kind).toBe('custom-needed');
  });

  it('uses the custom allowance for enterprise', () => {
    expect(resolveAllowance('Enterprise', 5_000_000)).toEqual({
      kind: 'custom',
      tier: findTier('enterprise'),
      amount: 5_000_000,
    });
  });

  it('reports an unknown tier with the account type as given', () => {
    expect(resolveAllowance('Platinum', 1_000)).toEqual({ kind: 'unknown-tier', accountType: 'Platinum' });
  });

  it('reports no tier for a null account type', () => {
    expect(resolveAllowance(null, 1_000)).toEqual({ kind: 'no-tier' });
  });
});

describe('gaugeModel', () => {
  it('pro within its allowance', () => {
    const m = model('pro', 64_000);
    expect(m.percent).toBe(64);
    expect(m.status).toBe('ok');
    expect(m.segments).toEqual({ within: 64, over: 0, rest: 36, scaleMax: 100 });
    expect(m.balance).toBe(64_000);
    expect(m.allowance).toMatchObject({ kind: 'published', amount: 100_000 });
  });

  it('team within its allowance (the team sample)', () => {
    const m = model('team', 640_000);
    expect(m.percent).toBe(64);
    expect(m.status).toBe('ok');
  });

  it('pro with 250,000 credits is over: 250% on a 300% scale', () => {
    const m = model('pro', 250_000);
    expect(m.percent).toBe(250);
    expect(m.status).toBe('over');
    expect(m.segments).toEqual({ within: 100, over: 150, rest: 50, scaleMax: 300 });
  });

  it('exactly 100% is ok, on a 100% scale', () => {
    const m = model('pro', 100_000);
    expect(m.percent).toBe(100);
    expect(m.status).toBe('ok');
    expect(m.segments).toEqual({ within: 100, over: 0, rest: 0, scaleMax: 100 });
  });

  it('just over 100% is over, on a 200% scale', () => {
    const m = model('free', 1_001);
    expect(m.percent).toBeCloseTo(100.1, 10);
    expect(m.status).toBe('over');
    expect(m.segments.within).toBe(100);
    expect(m.segments.scaleMax).toBe(200);
    expect(m.segments.over).toBeCloseTo(0.1, 10);
    expect(m.segments.rest).toBeCloseTo(99.9, 10);
  });

  it('exactly 200% fills a 200% scale', () => {
    expect(model('free', 2_000).segments).toEqual({ within: 100, over: 100, rest: 0, scaleMax: 200 });
  });

  it('free with 62 credits is low at 6.2%', () => {
    const m = model('free', 62);
    expect(m.percent).toBeCloseTo(6.2, 10);
    expect(m.status).toBe('low');
    expect(m.segments.within).toBeCloseTo(6.2, 10);
    expect(m.segments.rest).toBeCloseTo(93.8, 10);
    expect(m.segments.over).toBe(0);
    expect(m.segments.scaleMax).toBe(100);
  });

  it('exactly 10% is not low; just under is', () => {
    expect(LOW_BALANCE_PERCENT).toBe(10);
    expect(model('free', 100).status).toBe('ok');
    expect(model('free', 100).percent).toBe(10);
    expect(model('free', 99).status).toBe('low');
    expect(model('pro', 9_999).status).toBe('low');
  });

  it('1 credit is low, not empty', () => {
    expect(model('team', 1).status).toBe('low');
  });

  it('zero is empty, with an empty arc', () => {
    const m = model('pro', 0);
    expect(m.percent).toBe(0);
    expect(m.status).toBe('empty');
    expect(m.segments).toEqual({ within: 0, over: 0, rest: 100, scaleMax: 100 });
  });

  it('a negative balance is negative, with the arc all rest', () => {
    const m = model('pro', -5_000);
    expect(m.percent).toBe(-5);
    expect(m.status).toBe('negative');
    expect(m.segments).toEqual({ within: 0, over: 0, rest: 100, scaleMax: 100 });
  });

  it('enterprise without a custom allowance: no percentage, no-allowance', () => {
    const m = model('enterprise', 4_250_000);
    expect(m.allowance.kind).toBe('custom-needed');
    expect(m.percent).toBeNull();
    expect(m.status).toBe('no-allowance');
    expect(m.segments).toEqual({ within: 0, over: 0, rest: 100, scaleMax: 100 });
  });

  it('enterprise with a custom allowance computes the percentage', () => {
    const m = model('enterprise', 4_250_000, 5_000_000);
    expect(m.allowance).toMatchObject({ kind: 'custom', amount: 5_000_000 });
    expect(m.percent).toBe(85);
    expect(m.status).toBe('ok');
    expect(m.segments).toEqual({ within: 85, over: 0, rest: 15, scaleMax: 100 });
  });

  it('enterprise over its custom allowance', () => {
    const m = model('enterprise', 4_250_000, 2_000_000);
    expect(m.percent).toBe(212.5);
    expect(m.status).toBe('over');
    expect(m.segments).toEqual({ within: 100, over: 112.5, rest: 87.5, scaleMax: 300 });
  });

  it('an unknown tier has no percentage', () => {
    const m = model('platinum', 500);
    expect(m.allowance).toEqual({ kind: 'unknown-tier', accountType: 'platinum' });
    expect(m.percent).toBeNull();
    expect(m.status).toBe('no-allowance');
  });

  it('a null account type has no tier and no percentage', () => {
    const m = model(null, 500);
    expect(m.allowance).toEqual({ kind: 'no-tier' });
    expect(m.percent).toBeNull();
    expect(m.status).toBe('no-allowance');
  });

  it('a null balance is not reported, whatever the tier', () => {
    for (const tier of ['free', 'pro', 'enterprise', 'platinum', null]) {
      const m = model(tier, null, 1_000);
      expect(m.percent).toBeNull();
      expect(m.status).toBe('not-reported');
      expect(m.balance).toBeNull();
      expect(m.segments).toEqual({ within: 0, over: 0, rest: 100, scaleMax: 100 });
    }
  });

  it('zero and negative balances are reported as such even without an allowance', () => {
    expect(model(null, 0).status).toBe('empty');
    expect(model('enterprise', -1).status).toBe('negative');
    expect(model('platinum', 0).status).toBe('empty');
  });

  it('reads an upper-case tier like its lower-case form', () => {
    const m = model('PRO', 250_000);
    expect(m.percent).toBe(250);
    expect(m.status).toBe('over');
  });

  it('keeps the percentage unclamped for a very large balance', () => {
    const m = model('free', 1e20);
    expect(m.percent).toBe(1e19);
    expect(m.status).toBe('over');
    expect(m.segments.within).toBe(100);
    expect(m.segments.scaleMax).toBeGreaterThanOrEqual(1e19);
  });

  it('keeps within + over + rest equal to scaleMax, and each segment non-negative', () => {
    const check = (balance: number, allowance: number) => {
      const { segments } = gaugeModel(balance, resolveAllowance('enterprise', allowance));
      const { within, over, rest, scaleMax } = segments;
      expect(within).toBeGreaterThanOrEqual(0);
      expect(over).toBeGreaterThanOrEqual(0);
      expect(rest).toBeGreaterThanOrEqual(0);
      expect(within).toBeLessThanOrEqual(100);
      expect(scaleMax % 100).toBe(0);
      expect(within + over + rest).toBeCloseTo(scaleMax, 6);
    };
    for (const balance of [-1, 0, 1, 62, 99, 100, 101, 999, 1_000, 1_001, 2_500, 9_999, 10_000, 123_456]) {
      check(balance, 1_000);
    }
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), check), {
      numRuns: 1000,
    });
  });

  it('keeps the invariant exact for the published tiers at whole-credit balances', () => {
    for (const tier of ['free', 'pro', 'team']) {
      for (let balance = -10; balance <= 5_000; balance += 7) {
        const { within, over, rest, scaleMax } = model(tier, balance).segments;
        expect(within + over + rest).toBe(scaleMax);
      }
    }
  });

  it('puts the arc scale at the next multiple of 100 above the percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_001, max: 1e8 }), (balance) => {
        const { percent, segments } = model('free', balance);
        expect(segments.scaleMax).toBeGreaterThanOrEqual(percent!);
        expect(segments.scaleMax - 100).toBeLessThan(percent!);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAllowanceInput', () => {
  it.each([
    ['5,000,000', 5_000_000],
    ['5.000.000', 5_000_000],
    ['5 000 000', 5_000_000],
    ["5'000'000", 5_000_000],
    ['5\u00a0000\u00a0000', 5_000_000],
    ['5\u202f000\u202f000', 5_000_000],
    ['5000000', 5_000_000],
    ['  2500000  ', 2_500_000],
    ['1', 1],
    ['1,000', 1_000],
    ['007', 7],
  ])('reads %j as %i', (text, amount) => {
    expect(parseAllowanceInput(text)).toEqual({ ok: true, amount });
  });

  it.each(['', '   '])('asks for a value when given %j', (text) => {
    expect(parseAllowanceInput(text)).toEqual({
      ok: false,
      message: 'Enter the monthly allowance in your contract, in credits.',
    });
  });

  it.each(['abc', '1,5', '-5', '12.5', '1,50,000', '1,000.5', '5e6', '+5', '5,000,', ',000', '1,0000', '١٢٣'])(
    'refuses %j as not whole credits',
    (text) => {
      expect(parseAllowanceInput(text)).toEqual({
        ok: false,
        message: 'Enter a whole number of credits, at least 1, for example 5,000,000.',
      });
    },
  );

  it.each(['0', '000', '0,000'])('refuses %j as below 1', (text) => {
    expect(parseAllowanceInput(text)).toEqual({
      ok: false,
      message: 'Enter a whole number of credits, at least 1, for example 5,000,000.',
    });
  });

  it('refuses amounts beyond the safe integer range', () => {
    const result = parseAllowanceInput('99999999999999999999');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('Enter a whole number of credits, at least 1, for example 5,000,000.');
  });

  it('reads back any positive safe integer written with or without grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseAllowanceInput(String(n))).toEqual({ ok: true, amount: n });
        expect(parseAllowanceInput(n.toLocaleString('en-US'))).toEqual({ ok: true, amount: n });
        expect(parseAllowanceInput(n.toLocaleString('de-DE'))).toEqual({ ok: true, amount: n });
      }),
      { numRuns: 300 },
    );
  });
});

describe('gaugeCentreText', () => {
  it.each([
    [null, null],
    [0, '0%'],
    [6.2, '6.2%'],
    [250, '250%'],
    [9_999, '9,999%'],
    [12_345, '12.3K%'],
  ])('%s → %s', (percent, text) => {
    expect(gaugeCentreText(percent)).toBe(text);
  });
});
