import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parserCases } from '@/testing/parser-cases';
import { parseSpendingCaps } from './parse-spending-caps';

/** The contract's examples, as one body. */
const validBody = (): Record<string, unknown> => ({
  monthly_spending_budget: 50_000,
  monthly_spending_budget_usd: 500.0,
  spending_alert_thresholds: [50, 75, 90, 100],
  spending_alerts_enabled: true,
  spending_alerts_sent: [50, 75],
  hard_spending_cap: 100_000,
  hard_spending_cap_usd: 1000.0,
  hard_cap_enabled: false,
  current_spending_cents: 23_450,
  current_spending_usd: 234.5,
  budget_percentage_used: 46.9,
});

const PROPS = {
  monthly_spending_budget: 'monthlySpendingBudgetCents',
  monthly_spending_budget_usd: 'monthlySpendingBudgetUsd',
  spending_alert_thresholds: 'spendingAlertThresholds',
  spending_alerts_enabled: 'spendingAlertsEnabled',
  spending_alerts_sent: 'spendingAlertsSent',
  hard_spending_cap: 'hardSpendingCapCents',
  hard_spending_cap_usd: 'hardSpendingCapUsd',
  hard_cap_enabled: 'hardCapEnabled',
  current_spending_cents: 'currentSpendingCents',
  current_spending_usd: 'currentSpendingUsd',
  budget_percentage_used: 'budgetPercentageUsed',
} as const;

const { parseOk, without } = parserCases(parseSpendingCaps, validBody);

describe('parseSpendingCaps: valid bodies', () => {
  it('reads every field of the contract example', () => {
    expect(parseOk(validBody())).toEqual({
      monthlySpendingBudgetCents: 50_000,
      monthlySpendingBudgetUsd: 500,
      spendingAlertThresholds: [50, 75, 90, 100],
      spendingAlertsEnabled: true,
      spendingAlertsSent: [50, 75],
      hardSpendingCapCents: 100_000,
      hardSpendingCapUsd: 1000,
      hardCapEnabled: false,
      currentSpendingCents: 23_450,
      currentSpendingUsd: 234.5,
      budgetPercentageUsed: 46.9,
      problems: [],
    });
  });

  it('reads the smallest valid body: no budget, no cap, documented defaults', () => {
    expect(parseOk({ current_spending_cents: 0, current_spending_usd: 0 })).toEqual({
      monthlySpendingBudgetCents: null,
      monthlySpendingBudgetUsd: null,
      spendingAlertThresholds: null,
      spendingAlertsEnabled: true,
      spendingAlertsSent: null,
      hardSpendingCapCents: null,
      hardSpendingCapUsd: null,
      hardCapEnabled: false,
      currentSpendingCents: 0,
      currentSpendingUsd: 0,
      budgetPercentageUsed: null,
      problems: [],
    });
  });

  it('reads an explicit null budget and cap (unlimited) without a problem', () => {
    const value = parseOk({
      ...validBody(),
      monthly_spending_budget: null,
      hard_spending_cap: null,
      budget_percentage_used: null,
    });
    expect(value).toMatchObject({
      monthlySpendingBudgetCents: null,
      hardSpendingCapCents: null,
      budgetPercentageUsed: null,
    });
    expect(value.problems).toEqual([]);
  });

  it('keeps the documented defaults for null booleans', () => {
    expect(parseOk({ ...validBody(), spending_alerts_enabled: null, hard_cap_enabled: null })).toMatchObject({
      spendingAlertsEnabled: true,
      hardCapEnabled: false,
      problems: [],
    });
  });

  it('keeps cents beyond 2^53 as given', () => {
    expect(parseOk({ ...validBody(), current_spending_cents: 2 ** 60 }).currentSpendingCents).toBe(2 ** 60);
  });

  it('ignores fields the contract does not know', () => {
    expect(parseOk({ ...validBody(), currency: 'usd', soft_cap_mode: 'notify' })).toEqual(parseOk(validBody()));
  });
});

describe('parseSpendingCaps: missing and malformed fields', () => {
  it.each(['current_spending_cents', 'current_spending_usd'] as const)(
    'a missing %s is named; the rest is kept',
    (field) => {
      const value = parseOk(without(field));
      expect(value[PROPS[field]]).toBeNull();
      expect(value.problems).toEqual([{ field, kind: 'missing', expected: expect.any(String) as string }]);
      expect(value.monthlySpendingBudgetCents).toBe(50_000);
    },
  );

  it.each([
    ['monthly_spending_budget', -1],
    ['monthly_spending_budget', 100.5],
    ['monthly_spending_budget', '50000'],
    ['monthly_spending_budget_usd', -5],
    ['spending_alert_thresholds', '50,75'],
    ['spending_alert_thresholds', { 50: true }],
    ['spending_alerts_enabled', 'yes'],
    ['spending_alerts_sent', 50],
    ['hard_spending_cap', -100],
    ['hard_spending_cap_usd', 'a lot'],
    ['hard_cap_enabled', 1],
    ['current_spending_cents', 234.5],
    ['current_spending_cents', -1],
    ['current_spending_usd', '234.50'],
    ['budget_percentage_used', -1],
    ['budget_percentage_used', '46.9%'],
  ] as const)('a malformed %s (%j) is null (not a default) and named', (field, bad) => {
    const value = parseOk({ ...validBody(), [field]: bad });
    expect(value[PROPS[field]]).toBeNull();
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'invalid']]);
    const full = parseOk(validBody());
    for (const [, other] of Object.entries(PROPS))
      if (other !== PROPS[field]) expect(value[other]).toEqual(full[other]);
  });

  it('drops only the bad thresholds, naming each by index', () => {
    const value = parseOk({
      ...validBody(),
      spending_alert_thresholds: [50, 0, -10, 75.5, '90', 100, 150],
      spending_alerts_sent: [],
    });
    expect(value.spendingAlertThresholds).toEqual([50, 100, 150]);
    expect(value.spendingAlertsSent).toEqual([]);
    expect(value.problems.map((p) => p.field)).toEqual([
      'spending_alert_thresholds[1]',
      'spending_alert_thresholds[2]',
      'spending_alert_thresholds[3]',
      'spending_alert_thresholds[4]',
    ]);
  });
});

describe('parseSpendingCaps: unreadable bodies', () => {
  it.each([null, [], 'caps', {}, { error: 'x' }])('refuses %j', (body) => {
    expect(parseSpendingCaps(body).ok).toBe(false);
  });
});

describe('parseSpendingCaps (property-based)', () => {
  it('never throws; every kept threshold is a whole percentage of at least 1', () => {
    const body = fc.dictionary(
      fc.constantFrom(...Object.keys(PROPS)),
      fc.oneof(fc.jsonValue(), fc.array(fc.oneof(fc.integer(), fc.double(), fc.string()))),
    );
    fc.assert(
      fc.property(fc.oneof(body, fc.jsonValue()), (input) => {
        const result = parseSpendingCaps(input);
        if (!result.ok) return;
        for (const list of [result.value.spendingAlertThresholds, result.value.spendingAlertsSent]) {
          if (list) for (const t of list) expect(Number.isInteger(t) && t >= 1).toBe(true);
        }
        for (const cents of [result.value.currentSpendingCents, result.value.monthlySpendingBudgetCents]) {
          expect(cents === null || (Number.isInteger(cents) && cents >= 0)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
