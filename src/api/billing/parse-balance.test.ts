import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditBalance } from '@/model/billing';
import { parserCases } from '@/testing/parser-cases';
import { parseBalance } from './parse-balance';

/** The contract's own examples, as one body. */
const validBody = (): Record<string, unknown> => ({
  organization_id: 'org_demo123',
  credit_balance: 45_230,
  account_tier: 'pro',
  next_tier: 'team',
  credits_until_next_tier: 954_770,
  estimated_days_remaining: 15,
  daily_burn_rate: 3015.3,
});

const { parseOk, without } = parserCases(parseBalance, validBody);

describe('parseBalance: valid bodies', () => {
  it('reads every field of the contract example', () => {
    expect(parseOk(validBody())).toEqual({
      organizationId: 'org_demo123',
      creditBalance: 45_230,
      accountTier: 'pro',
      nextTier: 'team',
      creditsUntilNextTier: 954_770,
      estimatedDaysRemaining: 15,
      dailyBurnRate: 3015.3,
      problems: [],
    });
  });

  it('reads an auto-billing balance (negative: this month’s usage) and the top tier’s nulls', () => {
    const value = parseOk({
      ...validBody(),
      credit_balance: -23_450,
      account_tier: 'enterprise',
      next_tier: null,
      credits_until_next_tier: null,
      estimated_days_remaining: null,
    });
    expect(value).toMatchObject({ creditBalance: -23_450, nextTier: null, creditsUntilNextTier: null });
    expect(value.estimatedDaysRemaining).toBeNull();
    expect(value.problems).toEqual([]);
  });

  it('keeps an unknown tier as given and ignores fields the contract does not know', () => {
    const value = parseOk({
      ...validBody(),
      account_tier: 'platinum',
      next_tier: 'diamond',
      currency: 'usd',
      extra: {},
    });
    expect(value.accountTier).toBe('platinum');
    expect(value.nextTier).toBe('diamond');
    expect(value.problems).toEqual([]);
    expect(Object.keys(value)).not.toContain('currency');
  });

  it('keeps credit figures beyond 2^53 as given', () => {
    const value = parseOk({ ...validBody(), credit_balance: -(2 ** 60), credits_until_next_tier: 2 ** 60 });
    expect(value.creditBalance).toBe(-(2 ** 60));
    expect(value.creditsUntilNextTier).toBe(2 ** 60);
  });

  it('reads JSON -0 as 0', () => {
    const value = parseOk(
      JSON.parse('{"organization_id":"o","credit_balance":-0,"account_tier":"pro","daily_burn_rate":-0}'),
    );
    expect(Object.is(value.creditBalance, 0)).toBe(true);
    expect(Object.is(value.dailyBurnRate, 0)).toBe(true);
  });
});

describe('parseBalance: defaults and optional fields', () => {
  it('gives daily_burn_rate its documented default of 0 when absent or null', () => {
    expect(parseOk(without('daily_burn_rate'))).toMatchObject({ dailyBurnRate: 0, problems: [] });
    expect(parseOk({ ...validBody(), daily_burn_rate: null })).toMatchObject({ dailyBurnRate: 0, problems: [] });
  });

  it.each([
    ['next_tier', 'nextTier'],
    ['credits_until_next_tier', 'creditsUntilNextTier'],
    ['estimated_days_remaining', 'estimatedDaysRemaining'],
  ] as const)('absent %s gives null without a problem', (field, prop) => {
    const value = parseOk(without(field));
    expect(value[prop]).toBeNull();
    expect(value.problems).toEqual([]);
  });
});

describe('parseBalance: missing and malformed fields', () => {
  it.each([
    ['organization_id', 'organizationId', 'a non-empty string'],
    ['credit_balance', 'creditBalance', 'a whole number of credits'],
    ['account_tier', 'accountTier', 'one of free, pro, team, enterprise'],
  ] as const)('a missing %s is named in problems; the rest is kept', (field, prop, expected) => {
    const value = parseOk(without(field));
    expect(value[prop]).toBeNull();
    expect(value.problems).toEqual([{ field, kind: 'missing', expected }]);
    expect(value.dailyBurnRate).toBe(3015.3);
  });

  it.each([
    ['organization_id', 42, 'organizationId'],
    ['organization_id', '  ', 'organizationId'],
    ['credit_balance', '45230', 'creditBalance'],
    ['credit_balance', 45.5, 'creditBalance'],
    ['account_tier', '', 'accountTier'],
    ['next_tier', 3, 'nextTier'],
    ['credits_until_next_tier', -1, 'creditsUntilNextTier'],
    ['credits_until_next_tier', 1.5, 'creditsUntilNextTier'],
    ['estimated_days_remaining', -3, 'estimatedDaysRemaining'],
    ['estimated_days_remaining', '15', 'estimatedDaysRemaining'],
    ['daily_burn_rate', -0.5, 'dailyBurnRate'],
    ['daily_burn_rate', '3015.3', 'dailyBurnRate'],
    ['daily_burn_rate', [], 'dailyBurnRate'],
  ] as const)('a malformed %s (%j) is null and named; the rest is kept', (field, bad, prop) => {
    const value = parseOk({ ...validBody(), [field]: bad });
    expect(value[prop]).toBeNull();
    expect(value.problems).toHaveLength(1);
    expect(value.problems[0]).toMatchObject({ field, kind: 'invalid' });
    const others = parseOk(validBody());
    for (const key of Object.keys(others) as (keyof CreditBalance)[]) {
      if (key !== prop && key !== 'problems') expect(value[key]).toEqual(others[key]);
    }
  });

  it('describes what arrived', () => {
    expect(parseOk({ ...validBody(), credit_balance: '45230' }).problems).toEqual([
      { field: 'credit_balance', kind: 'invalid', expected: 'a whole number of credits', received: '"45230"' },
    ]);
  });
});

describe('parseBalance: unreadable bodies', () => {
  it.each([null, 'balance', 3, [validBody()], true])('refuses %j', (body) => {
    const result = parseBalance(body);
    expect(result.ok).toBe(false);
  });

  it('refuses an object with none of the balance fields (an error body, {})', () => {
    expect(parseBalance({})).toEqual({
      ok: false,
      reason: 'The response holds none of the fields of a credit balance.',
    });
    expect(parseBalance({ error: { message: 'nope' } }).ok).toBe(false);
  });

  it('reads a body with a single documented field', () => {
    expect(parseOk({ daily_burn_rate: 2 }).problems.map((p) => p.field)).toEqual([
      'organization_id',
      'credit_balance',
      'account_tier',
    ]);
  });
});

describe('parseBalance (property-based)', () => {
  it('never throws; every field has its declared type', () => {
    const fields = Object.keys(validBody());
    const body = fc.dictionary(fc.constantFrom(...fields, 'other'), fc.oneof(fc.jsonValue(), fc.integer()));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), body), (input) => {
        const result = parseBalance(input);
        if (!result.ok) return;
        const value = result.value;
        for (const n of [value.creditBalance, value.creditsUntilNextTier, value.estimatedDaysRemaining]) {
          expect(n === null || Number.isInteger(n)).toBe(true);
        }
        for (const n of [value.creditsUntilNextTier, value.estimatedDaysRemaining, value.dailyBurnRate]) {
          expect(n === null || n >= 0).toBe(true);
        }
        for (const s of [value.organizationId, value.accountTier, value.nextTier]) {
          expect(s === null || (typeof s === 'string' && s.trim() !== '')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any valid balance unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (credits, burn) => {
          const value = parseOk({ ...validBody(), credit_balance: credits, daily_burn_rate: burn });
          expect(value.creditBalance).toBe(credits + 0);
          expect(value.dailyBurnRate).toBe(burn + 0);
          expect(value.problems).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
