import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpendingCaps } from './billing';
import { gaugeModel } from './credit-gauge';
import {
  budgetStatusText,
  budgetSummaryText,
  hardCapText,
  NEAR_BUDGET_PERCENT,
  spendingBudgetModel,
  type BudgetStatus,
} from './spending-budget';
import { findTier } from './tiers';

const caps = (fields: Partial<SpendingCaps> = {}): SpendingCaps => ({
  monthlySpendingBudgetCents: 50_000,
  monthlySpendingBudgetUsd: 500,
  spendingAlertThresholds: [50, 75, 90, 100],
  spendingAlertsEnabled: true,
  spendingAlertsSent: [50],
  hardSpendingCapCents: 100_000,
  hardSpendingCapUsd: 1000,
  hardCapEnabled: false,
  currentSpendingCents: 23_450,
  currentSpendingUsd: 234.5,
  budgetPercentageUsed: 46.9,
  problems: [],
  ...fields,
});

describe('spendingBudgetModel: the gauge', () => {
  it('measures spending against the budget in cents', () => {
    const model = spendingBudgetModel(caps());
    expect(model).toMatchObject({ spentCents: 23_450, budgetCents: 50_000, status: 'within', notes: [] });
    expect(model.percent).toBeCloseTo(46.9, 10);
    expect(model.segments).toEqual({ within: model.percent, over: 0, rest: 100 - model.percent!, scaleMax: 100 });
    expect(budgetSummaryText(model, 'en-US')).toBe('$234.50 of $500.00 (47%)');
    expect(budgetSummaryText(model, 'de-DE')).toBe('234,50\u00a0$ of 500,00\u00a0$ (47\u00a0%)');
  });

  it.each<[number, BudgetStatus]>([
    [0, 'within'],
    [37_499, 'within'],
    [37_500, 'near'],
    [49_999, 'near'],
    [50_000, 'reached'],
    [50_001, 'over'],
    [125_000, 'over'],
  ])('%i cents of a $500 budget is %s', (spent, status) => {
    const model = spendingBudgetModel(
      caps({ currentSpendingCents: spent, currentSpendingUsd: spent / 100, budgetPercentageUsed: null }),
    );
    expect(model.status).toBe(status);
    expect(model.percent).toBeCloseTo(spent / 500, 10);
  });

  it('extends the arc past 100% in steps of 100, the part above the budget a segment of its own', () => {
    const model = spendingBudgetModel(
      caps({ currentSpendingCents: 125_000, currentSpendingUsd: 1250, budgetPercentageUsed: 250 }),
    );
    expect(model.percent).toBe(250);
    expect(model.segments).toEqual({ within: 100, over: 150, rest: 50, scaleMax: 300 });
  });

  it('draws segments exactly as the credit gauge does for the same percentage (property)', () => {
    const tier = findTier('enterprise')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 7 }), (spent, budget) => {
        const model = spendingBudgetModel(
          caps({
            currentSpendingCents: spent,
            currentSpendingUsd: null,
            monthlySpendingBudgetCents: budget,
            monthlySpendingBudgetUsd: null,
            budgetPercentageUsed: null,
          }),
        );
        expect(model.segments).toEqual(gaugeModel(spent, { kind: 'custom', tier, amount: budget }).segments);
        expect(model.percent).toBe((spent / budget) * 100);
      }),
      { numRuns: 1000 },
    );
  });

  it('says "no budget set" without one, and "not reported" without spending', () => {
    const none = spendingBudgetModel(
      caps({ monthlySpendingBudgetCents: null, monthlySpendingBudgetUsd: null, budgetPercentageUsed: null }),
    );
    expect(none).toMatchObject({ status: 'no-budget', percent: null, budgetCents: null });
    expect(none.segments).toEqual({ within: 0, over: 0, rest: 100, scaleMax: 100 });
    expect(budgetStatusText(none.status)).toBe('No budget set');
    expect(budgetSummaryText(none, 'en-US')).toBe('$234.50 this cycle, no budget set');
    const unknown = spendingBudgetModel(caps({ currentSpendingCents: null, currentSpendingUsd: null }));
    expect(unknown.status).toBe('not-reported');
    expect(budgetSummaryText(unknown, 'en-US')).toBe('Spending not reported');
  });

  it('treats a $0 budget as over at the first cent, and says so', () => {
    const zero = caps({ monthlySpendingBudgetCents: 0, monthlySpendingBudgetUsd: 0, budgetPercentageUsed: null });
    expect(spendingBudgetModel(zero)).toMatchObject({ status: 'over', percent: null });
    expect(spendingBudgetModel(zero).notes).toEqual(['The budget is $0.00: any spending is over it.']);
    expect(spendingBudgetModel({ ...zero, currentSpendingCents: 0, currentSpendingUsd: 0 })).toMatchObject({
      status: 'within',
      percent: 0,
    });
  });

  it('has words for every state', () => {
    for (const status of ['within', 'near', 'reached', 'over', 'no-budget', 'not-reported'] as const) {
      expect(budgetStatusText(status).length).toBeGreaterThan(0);
    }
    expect(budgetStatusText('near')).toBe(`Near the monthly budget: ${NEAR_BUDGET_PERCENT}% or more used`);
  });
});

describe('spendingBudgetModel: cents over floats', () => {
  it('falls back on the USD floats without cents', () => {
    const model = spendingBudgetModel(
      caps({ currentSpendingCents: null, monthlySpendingBudgetCents: null, hardSpendingCapCents: null }),
    );
    expect(model).toMatchObject({ spentCents: 23_450, budgetCents: 50_000, hardCap: { cents: 100_000 }, notes: [] });
  });

  it('trusts the cents when a float disagrees by more than rounding, and says so', () => {
    const model = spendingBudgetModel(caps({ currentSpendingUsd: 240 }));
    expect(model.spentCents).toBe(23_450);
    expect(model.notes).toEqual([
      'current_spending_usd (240) disagrees with the amount in cents ($234.50): the cents are used.',
    ]);
    expect(spendingBudgetModel(caps({ currentSpendingUsd: 234.504 })).notes).toEqual([]);
  });

  it('trusts the cents over budget_percentage_used beyond its rounding, and says so', () => {
    expect(spendingBudgetModel(caps({ budgetPercentageUsed: 46.9 })).notes).toEqual([]);
    // Two decimals claim more precision: 46.94 is not 46.9 rounded.
    expect(spendingBudgetModel(caps({ budgetPercentageUsed: 46.94 })).notes).toHaveLength(1);
    expect(spendingBudgetModel(caps({ budgetPercentageUsed: 47 })).notes).toEqual([]);
    const wrong = spendingBudgetModel(caps({ budgetPercentageUsed: 52.1 }));
    expect(wrong.percent).toBeCloseTo(46.9, 10);
    expect(wrong.notes).toEqual([
      'budget_percentage_used (52.1%) disagrees with the amounts in cents (47%): the cents are used.',
    ]);
    expect(spendingBudgetModel(caps({ budgetPercentageUsed: 47.0001 })).notes).toHaveLength(1);
    expect(spendingBudgetModel(caps({ budgetPercentageUsed: 47.1 })).notes).toHaveLength(1);
  });

  it('accepts any reported percentage the cents round to, at 1 decimal (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 8 }), fc.integer({ min: 1, max: 10 ** 8 }), (spent, budget) => {
        const reported = Math.round((spent / budget) * 1000) / 10;
        const model = spendingBudgetModel(
          caps({
            currentSpendingCents: spent,
            currentSpendingUsd: spent / 100,
            monthlySpendingBudgetCents: budget,
            monthlySpendingBudgetUsd: budget / 100,
            budgetPercentageUsed: reported,
          }),
        );
        expect(model.notes).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('spendingBudgetModel: alerts', () => {
  it('marks the thresholds within the scale, which are passed and which alerts were sent', () => {
    const model = spendingBudgetModel(
      caps({
        currentSpendingCents: 41_000,
        currentSpendingUsd: 410,
        budgetPercentageUsed: 82,
        spendingAlertsSent: [75, 50, 75],
      }),
    );
    expect(model.status).toBe('near');
    expect(model.marks).toEqual([
      { percent: 50, sent: true, passed: true },
      { percent: 75, sent: true, passed: true },
      { percent: 90, sent: false, passed: false },
      { percent: 100, sent: false, passed: false },
    ]);
    expect(model.alertsSent).toEqual([50, 75]);
    expect(model.alertsEnabled).toBe(true);
  });

  it('leaves out thresholds beyond the scale, and shows them once the scale reaches them', () => {
    const thresholds = [90, 120, 250];
    expect(spendingBudgetModel(caps({ spendingAlertThresholds: thresholds })).marks.map((m) => m.percent)).toEqual([
      90,
    ]);
    const over = spendingBudgetModel(
      caps({
        spendingAlertThresholds: thresholds,
        currentSpendingCents: 65_000,
        currentSpendingUsd: 650,
        budgetPercentageUsed: 130,
      }),
    );
    expect(over.segments.scaleMax).toBe(200);
    expect(over.marks.map((m) => [m.percent, m.passed])).toEqual([
      [90, true],
      [120, true],
    ]);
  });

  it('has no marks or alerts when none are reported', () => {
    const model = spendingBudgetModel(
      caps({ spendingAlertThresholds: null, spendingAlertsSent: null, spendingAlertsEnabled: null }),
    );
    expect(model).toMatchObject({ marks: [], alertsSent: [], alertsEnabled: null });
  });

  it('keeps every mark within 0…scaleMax, ascending and once each (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 })), fc.nat(10 ** 6), (thresholds, spent) => {
        const model = spendingBudgetModel(
          caps({
            spendingAlertThresholds: thresholds,
            currentSpendingCents: spent,
            currentSpendingUsd: null,
            budgetPercentageUsed: null,
          }),
        );
        const percents = model.marks.map((m) => m.percent);
        expect(percents).toEqual(
          [...new Set(thresholds)].filter((t) => t <= model.segments.scaleMax).sort((a, b) => a - b),
        );
        for (const mark of model.marks) expect(mark.passed).toBe(model.percent! >= mark.percent);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('spendingBudgetModel: hard cap', () => {
  it('reports a cap that is set but not enforced', () => {
    const model = spendingBudgetModel(caps());
    expect(model.hardCap).toEqual({ cents: 100_000, enforced: false, reached: false, percentOfBudget: 200 });
    expect(hardCapText(model, 'en-US')).toBe('Hard cap $1,000.00, not enforced');
  });

  it('reports an enforced cap, and when spending has reached it', () => {
    expect(hardCapText(spendingBudgetModel(caps({ hardCapEnabled: true })), 'en-US')).toBe(
      'Hard cap $1,000.00, enforced',
    );
    const reached = spendingBudgetModel(
      caps({
        hardCapEnabled: true,
        currentSpendingCents: 100_000,
        currentSpendingUsd: 1000,
        budgetPercentageUsed: 200,
      }),
    );
    expect(reached.hardCap).toMatchObject({ reached: true, enforced: true });
    expect(hardCapText(reached, 'en-US')).toBe('Hard cap $1,000.00 reached (enforced)');
  });

  it('says when there is no cap, and when an enforced one has no amount', () => {
    const none = spendingBudgetModel(caps({ hardSpendingCapCents: null, hardSpendingCapUsd: null }));
    expect(none.hardCap).toBeNull();
    expect(hardCapText(none)).toBe('No hard cap');
    const noAmount = spendingBudgetModel(
      caps({ hardSpendingCapCents: null, hardSpendingCapUsd: null, hardCapEnabled: true }),
    );
    expect(noAmount.hardCap).toEqual({ cents: null, enforced: true, reached: false, percentOfBudget: null });
    expect(hardCapText(noAmount)).toBe('Hard cap enforced, amount not reported');
  });
});
