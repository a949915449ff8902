import { describe, expect, it } from 'vitest';
import type { CreditBalance, CurrentUsage } from './billing';
import { billingHeadlineText } from './billing-headline';

const NOW = new Date('2026-12-12T12:00:00Z');

const usage = (overrides: Partial<CurrentUsage> = {}): CurrentUsage => ({
  currentMonthUsage: 62_300,
  billingMonth: '2026-12',
  billingPeriodStart: new Date('2026-12-01T00:00:00Z'),
  billingPeriodEnd: new Date('2027-01-01T00:00:00Z'),
  estimatedCostUsd: 62.3,
  creditRate: 0.001,
  autoBillingEnabled: false,
  nextInvoiceDate: null,
  problems: [],
  ...overrides,
});

const balance = (overrides: Partial<CreditBalance> = {}): CreditBalance => ({
  organizationId: 'org_1',
  creditBalance: 250_000,
  accountTier: 'pro',
  nextTier: 'team',
  creditsUntilNextTier: 750_000,
  estimatedDaysRemaining: 18,
  dailyBurnRate: 13_900,
  problems: [],
  ...overrides,
});

const text = (u: CurrentUsage | null, b: CreditBalance | null, autoBilling: boolean | null = false) =>
  billingHeadlineText({ usage: u, balance: b, autoBillingEnabled: autoBilling, now: NOW, locale: 'en-US' });

describe('billingHeadlineText', () => {
  it('says usage, estimated cost and runway in one line', () => {
    expect(text(usage(), balance())).toBe('This period: 62,300 credits · $62.30 estimated · about 18 days left');
  });

  it('says what it knows when a part is missing, and nothing when nothing is known', () => {
    expect(text(usage({ estimatedCostUsd: null }), null)).toBe('This period: 62,300 credits');
    expect(text(null, balance({ estimatedDaysRemaining: 1 }))).toBe('This period: about 1 day left');
    expect(text(null, null)).toBeNull();
  });

  it('never calls an auto-billing account limited, and names the quiet and empty ones', () => {
    expect(text(usage({ autoBillingEnabled: true }), balance({ creditBalance: -62_300 }))).toBe(
      'This period: 62,300 credits · $62.30 estimated · not limited (auto-billing)',
    );
    expect(text(null, balance({ dailyBurnRate: 0, estimatedDaysRemaining: null }))).toBe(
      'This period: no usage in the last 7 days',
    );
    expect(text(null, balance({ creditBalance: 0 }))).toBe('This period: no credits left');
  });
});
