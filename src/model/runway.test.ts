import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreditBalance } from './billing';
import { DAY_MS } from './billing-period';
import {
  balancePresentation,
  balancePresentationText,
  nextTierModel,
  nextTierText,
  runwayModel,
  runwayText,
  type Runway,
} from './runway';
import { findTier } from './tiers';

const balance = (fields: Partial<CreditBalance> = {}): CreditBalance => ({
  organizationId: 'org_demo123',
  creditBalance: 45_230,
  accountTier: 'pro',
  nextTier: 'team',
  creditsUntilNextTier: 954_770,
  estimatedDaysRemaining: 15,
  dailyBurnRate: 3015.3,
  problems: [],
  ...fields,
});

const NOW = new Date('2026-12-01T08:30:00Z');

describe('balancePresentation', () => {
  it('shows a balance as a balance without auto-billing', () => {
    expect(balancePresentation(45_230, false)).toEqual({ kind: 'balance', credits: 45_230 });
    expect(balancePresentation(-12, false)).toEqual({ kind: 'balance', credits: -12 });
    expect(balancePresentationText(balancePresentation(45_230, false), 'en-US')).toBe('45,230 credits left');
  });

  it('never shows an auto-billing figure as a balance: it is this month’s usage, whatever its sign', () => {
    expect(balancePresentation(-23_450, true)).toEqual({ kind: 'usage-this-month', credits: 23_450 });
    expect(balancePresentation(23_450, true)).toEqual({ kind: 'usage-this-month', credits: 23_450 });
    expect(balancePresentation(0, true)).toEqual({ kind: 'usage-this-month', credits: 0 });
    expect(balancePresentationText(balancePresentation(-23_450, true), 'en-US')).toBe(
      '23,450 credits used this month (auto-billing: billed monthly)',
    );
  });

  it('does not guess when auto-billing is unknown, and says when nothing was reported', () => {
    expect(balancePresentation(-5, null)).toEqual({ kind: 'unknown', reported: -5 });
    expect(balancePresentationText(balancePresentation(750, null), 'en-US')).toBe(
      '750 credits reported: a balance, or this month’s usage if auto-billing is on',
    );
    expect(balancePresentation(null, true)).toEqual({ kind: 'not-reported' });
    expect(balancePresentationText({ kind: 'not-reported' })).toBe('Balance not reported');
  });

  it('presents as a balance exactly when auto-billing is known to be off (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer()), fc.option(fc.boolean()), (credits, auto) => {
        const presentation = balancePresentation(credits, auto);
        expect(presentation.kind === 'balance').toBe(credits !== null && auto === false);
        if (presentation.kind === 'usage-this-month') expect(presentation.credits).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('runwayModel', () => {
  it('uses the API’s estimate and dates it from today (UTC)', () => {
    const runway = runwayModel({
      balance: balance({ estimatedDaysRemaining: 18 }),
      autoBillingEnabled: false,
      now: NOW,
    });
    expect(runway).toEqual({
      kind: 'estimate',
      days: 18,
      runsOutOn: new Date('2026-12-19T00:00:00Z'),
      dailyBurnRate: 3015.3,
      source: 'api',
    });
    expect(runwayText(runway, NOW, 'en-US')).toBe('About 18 days, around Dec 19');
    expect(runwayText(runway, NOW, 'en-GB')).toBe('About 18 days, around 19 Dec');
    expect(runwayText(runway, NOW, 'de-DE')).toBe('About 18 days, around 19. Dez.');
  });

  it('computes balance ÷ burn rate, rounded down, when the API gives no estimate', () => {
    const runway = runwayModel({
      balance: balance({ estimatedDaysRemaining: null, creditBalance: 250_000, dailyBurnRate: 4_130 }),
      autoBillingEnabled: false,
      now: NOW,
    });
    expect(runway).toMatchObject({ kind: 'estimate', days: 60, source: 'computed' });
    expect(runway.kind === 'estimate' && runway.runsOutOn?.toISOString()).toBe('2027-01-30T00:00:00.000Z');
    expect(runwayText(runway, NOW, 'en-US')).toBe('About 60 days, around Jan 30, 2027');
  });

  it('leaves the date out beyond the calendar', () => {
    const runway = runwayModel({
      balance: balance({ estimatedDaysRemaining: 2 ** 40 }),
      autoBillingEnabled: false,
      now: NOW,
    });
    expect(runway).toMatchObject({ kind: 'estimate', runsOutOn: null });
    expect(runwayText(runway, NOW, 'en-US')).toBe('About 1,099,511,627,776 days');
  });

  it('words one day and less than a day', () => {
    const one = runwayModel({ balance: balance({ estimatedDaysRemaining: 1 }), autoBillingEnabled: false, now: NOW });
    expect(runwayText(one, NOW, 'en-US')).toBe('About 1 day, around Dec 2');
    const none = runwayModel({ balance: balance({ estimatedDaysRemaining: 0 }), autoBillingEnabled: false, now: NOW });
    expect(runwayText(none, NOW, 'en-US')).toBe('Less than a day left');
  });

  it('dates by the UTC day, late in the evening west of Greenwich too', () => {
    const lateNow = new Date('2026-12-01T23:59:59.999Z');
    const runway = runwayModel({
      balance: balance({ estimatedDaysRemaining: 1 }),
      autoBillingEnabled: false,
      now: lateNow,
    });
    expect(runway.kind === 'estimate' && runway.runsOutOn?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });

  it.each<[string, Partial<CreditBalance>, boolean | null, boolean | undefined, Runway['kind'], string]>([
    [
      'auto-billing',
      { estimatedDaysRemaining: null },
      true,
      undefined,
      'not-limited',
      'Not limited: auto-billing is on, so usage is billed monthly',
    ],
    [
      'auto-billing, negative usage figure',
      { creditBalance: -23_450 },
      true,
      undefined,
      'not-limited',
      'Not limited: auto-billing is on, so usage is billed monthly',
    ],
    [
      'no usage in 7 days',
      { dailyBurnRate: 0, estimatedDaysRemaining: null },
      false,
      undefined,
      'no-recent-usage',
      'No usage in the last 7 days, so no estimate',
    ],
    [
      'no usage in 7 days, with history',
      { dailyBurnRate: 0, estimatedDaysRemaining: null },
      false,
      true,
      'no-recent-usage',
      'No usage in the last 7 days, so no estimate',
    ],
    [
      'no history at all',
      { dailyBurnRate: 0, estimatedDaysRemaining: null },
      false,
      false,
      'no-history',
      'No usage yet, so no estimate',
    ],
    ['empty balance', { creditBalance: 0 }, false, undefined, 'depleted', 'No credits left'],
    ['negative balance', { creditBalance: -40 }, false, undefined, 'depleted', 'No credits left'],
    [
      'unreadable burn rate and no estimate',
      { dailyBurnRate: null, estimatedDaysRemaining: null },
      false,
      undefined,
      'not-reported',
      'Runway not reported',
    ],
    [
      'unreadable balance and no estimate',
      { creditBalance: null, estimatedDaysRemaining: null },
      false,
      undefined,
      'not-reported',
      'Runway not reported',
    ],
  ])('%s: %s', (_name, fields, auto, history, kind, text) => {
    const runway = runwayModel({
      balance: balance(fields),
      autoBillingEnabled: auto,
      now: NOW,
      hasUsageHistory: history,
    });
    expect(runway.kind).toBe(kind);
    expect(runwayText(runway, NOW, 'en-US')).toBe(text);
  });

  it('keeps the API’s estimate when only the burn rate is unreadable', () => {
    const runway = runwayModel({ balance: balance({ dailyBurnRate: null }), autoBillingEnabled: null, now: NOW });
    expect(runway).toMatchObject({ kind: 'estimate', days: 15, dailyBurnRate: null, source: 'api' });
  });

  it('computed runways match balance ÷ burn and land on a UTC midnight that many days on (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
        (credits, burn, now) => {
          const runway = runwayModel({
            balance: balance({ creditBalance: credits, dailyBurnRate: burn, estimatedDaysRemaining: null }),
            autoBillingEnabled: false,
            now,
          });
          if (runway.kind !== 'estimate') throw new Error(runway.kind);
          expect(runway.days).toBe(Math.floor(credits / burn));
          const today = Math.floor(now.getTime() / DAY_MS);
          if (runway.runsOutOn === null) {
            expect((today + runway.days) * DAY_MS).toBeGreaterThan(8.64e15);
          } else {
            expect(runway.runsOutOn.getTime() % DAY_MS).toBe(0);
            expect(runway.runsOutOn.getTime() / DAY_MS - today).toBe(runway.days);
          }
          expect(runwayText(runway, now, 'en-US').length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('nextTierModel', () => {
  it('names the next tier and the credits until it', () => {
    const next = nextTierModel(balance());
    expect(next).toEqual({ kind: 'next', tierId: 'team', tier: findTier('team'), creditsUntil: 954_770 });
    expect(nextTierText(next, 'en-US')).toBe('954,770 credits until Team');
    expect(nextTierText(next, 'de-DE')).toBe('954.770 credits until Team');
  });

  it('says when enough credits are there, when the figure does not apply, and an unknown tier as given', () => {
    expect(nextTierText(nextTierModel(balance({ creditsUntilNextTier: 0 })))).toBe('Enough credits for Team');
    expect(nextTierText(nextTierModel(balance({ nextTier: 'enterprise', creditsUntilNextTier: null })))).toBe(
      'Next tier: Enterprise',
    );
    const unknown = nextTierModel(balance({ nextTier: 'platinum', creditsUntilNextTier: 10 }));
    expect(unknown).toMatchObject({ tier: null, tierId: 'platinum' });
    expect(nextTierText(unknown)).toBe('10 credits until platinum');
  });

  it('tells the top tier from an unreadable next_tier', () => {
    expect(nextTierModel(balance({ nextTier: null, creditsUntilNextTier: null }))).toEqual({ kind: 'top' });
    expect(nextTierText({ kind: 'top' })).toBe('Top tier');
    const unreadable = balance({
      nextTier: null,
      problems: [{ field: 'next_tier', kind: 'invalid', expected: 'a tier name or null', received: '3' }],
    });
    expect(nextTierModel(unreadable)).toEqual({ kind: 'not-reported' });
    expect(nextTierText(nextTierModel(unreadable))).toBe('Next tier not reported');
  });
});
