import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBalance } from '@/api/billing/parse-balance';
import { parseInvoices } from '@/api/billing/parse-invoices';
import { parsePaymentMethod } from '@/api/billing/parse-payment-method';
import { parseSpendingCaps } from '@/api/billing/parse-spending-caps';
import { parseUsageBreakdown } from '@/api/billing/parse-usage-breakdown';
import { parseUsageCurrent } from '@/api/billing/parse-usage-current';
import { parseOrganization } from '@/api/parse-organization';
import type { Parsed } from '@/lib/field-reader';
import { billingMonthOf, lastBillingMonths, shiftBillingMonth } from '@/model/billing-months';
import { usdToCents } from '@/model/money';
import { balancePresentation, runwayModel } from '@/model/runway';
import { spendingBudgetModel } from '@/model/spending-budget';
import { findTier } from '@/model/tiers';
import { usageHistory } from '@/model/usage-history';
import { sampleBilling, type SampleBilling } from './sample-billing';
import { SAMPLE_ORGANIZATIONS, type SampleOrganization } from './sample-organizations';

const IDS = SAMPLE_ORGANIZATIONS.map((s) => s.id);

function ok<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** Every fixture, parsed, with its problems checked to be none. */
function parseAll(billing: SampleBilling, now: Date) {
  const read = <T extends { problems: unknown[] }>(result: Parsed<T>): T => {
    const value = ok(result);
    expect(value.problems).toEqual([]);
    return value;
  };
  const current = billingMonthOf(now);
  return {
    balance: read(parseBalance(billing.balance)),
    usage: read(parseUsageCurrent(billing.usageCurrent)),
    breakdowns: lastBillingMonths(now, 13).map((month) => read(parseUsageBreakdown(billing.usageBreakdown(month)))),
    currentBreakdown: read(parseUsageBreakdown(billing.usageBreakdown())),
    invoices: read(parseInvoices(billing.invoices(100))),
    caps: read(parseSpendingCaps(billing.spendingCaps)),
    paymentMethod: read(parsePaymentMethod(billing.paymentMethod)),
    current,
  };
}

/** The organization sample with the billing fields that agree with its billing answers. */
function organizationOf(id: string, billing: SampleBilling) {
  const result = parseOrganization({ ...sampleOf(id).body, ...billing.organizationFields });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const sampleOf = (id: string): SampleOrganization => SAMPLE_ORGANIZATIONS.find((s) => s.id === id)!;
const billingOf = (id: string, now: Date) => sampleBilling(id, now)!;

/** Any instant of 2025–2030, with the months' first and last instants and the leap day drawn more often. */
const anyNow = fc.oneof(
  fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59.999Z'), noInvalidDate: true }),
  fc
    .tuple(fc.integer({ min: 2025, max: 2030 }), fc.integer({ min: 0, max: 11 }), fc.boolean())
    .map(([y, m, first]) => new Date(first ? Date.UTC(y, m, 1) : Date.UTC(y, m + 1, 1) - 1)),
  fc.constant(new Date('2028-02-29T12:00:00Z')),
);
const anySample = fc.constantFrom(...IDS);
const RUNS = { numRuns: 1000 };

describe('sampleBilling', () => {
  const NOW = new Date('2026-12-01T08:30:00Z');

  it('answers for each of the four sample organizations, and not for an unknown one', () => {
    for (const id of IDS) expect(sampleBilling(id, NOW)).toBeDefined();
    expect(sampleBilling('nope', NOW)).toBeUndefined();
    expect(sampleBilling('constructor', NOW)).toBeUndefined();
  });

  it.each(IDS)('every fixture of %s parses with no problems, today and on month boundaries', (id) => {
    for (const now of [
      NOW,
      new Date('2026-12-01T00:00:00Z'),
      new Date('2026-11-30T23:59:59.999Z'),
      new Date('2028-02-29T23:00:00Z'),
    ]) {
      const billing = billingOf(id, now);
      parseAll(billing, now);
      for (const limit of [1, 10, 100]) expect(ok(parseInvoices(billing.invoices(limit))).problems).toEqual([]);
      expect(ok(parseInvoices(billing.invoices())).invoices.length).toBeLessThanOrEqual(10);
      expect(organizationOf(id, billing).problems).toEqual([]);
    }
  });

  it('refuses a limit or a billing month the API would refuse', () => {
    const billing = billingOf('pro-over', NOW);
    for (const limit of [0, 101, 2.5, Number.NaN]) expect(() => billing.invoices(limit)).toThrow(RangeError);
    for (const month of ['2026-13', '2026-1', 'November'])
      expect(() => billing.usageBreakdown(month)).toThrow(RangeError);
  });

  it('is a snapshot that agrees with the organization sample', () => {
    for (const id of IDS) {
      const sample = sampleOf(id);
      const billing = billingOf(id, NOW);
      expect(billing.balance.organization_id).toBe(sample.body.organization_id);
      expect(billing.balance.account_tier).toBe(sample.body.account_type);
    }
  });
});

describe('sampleBilling: the figures agree (property over any now in 2025–2030)', () => {
  it('this month’s usage = the current breakdown = the history’s current month; each finished month = its invoice', () => {
    fc.assert(
      fc.property(anySample, anyNow, (id, now) => {
        const billing = billingOf(id, now);
        const all = parseAll(billing, now);
        expect(all.usage.billingMonth).toBe(all.current);
        expect(all.currentBreakdown.billingMonth).toBe(all.current);
        expect(all.currentBreakdown.totalCredits).toBe(all.usage.currentMonthUsage);
        expect(all.breakdowns[0]!.totalCredits).toBe(all.usage.currentMonthUsage);
        const org = organizationOf(id, billing);
        expect(org.currentMonthUsage).toBe(all.usage.currentMonthUsage);
        expect(org.autoBillingEnabled).toBe(all.usage.autoBillingEnabled);

        const history = usageHistory({
          invoices: all.invoices.invoices,
          current: { billingMonth: all.usage.billingMonth, usage: all.usage.currentMonthUsage },
          now,
          allowance: findTier(org.accountType)?.monthlyAllowance ?? null,
          createdAt: org.createdAt,
        });
        expect(history.months.at(-1)).toMatchObject({
          month: all.current,
          credits: all.usage.currentMonthUsage,
          source: 'current',
        });
        for (const month of history.months) {
          const breakdown = all.breakdowns.find((b) => b.billingMonth === month.month)!;
          if (month.source === 'invoice' || month.source === 'current')
            expect(month.credits).toBe(breakdown.totalCredits);
          else expect(breakdown.totalCredits).toBe(0);
          expect(month.invoiceCount).toBeLessThanOrEqual(1);
        }
        expect(history.skippedInvoices).toBe(0);
      }),
      RUNS,
    );
  });

  it('costs are credits × credit_rate, to the cent; breakdowns add up', () => {
    fc.assert(
      fc.property(anySample, anyNow, (id, now) => {
        const all = parseAll(billingOf(id, now), now);
        const rate = all.usage.creditRate!;
        const usage = all.usage.currentMonthUsage!;
        expect(Math.abs(all.usage.estimatedCostUsd! - usage * rate)).toBeLessThan(1e-9 * Math.max(1, usage));
        expect(usdToCents(all.usage.estimatedCostUsd!)).toBe(Math.round(usage * rate * 100));
        for (const b of all.breakdowns) {
          expect(Math.abs(b.totalCostUsd! - b.totalCredits! * rate)).toBeLessThan(1e-9 * Math.max(1, b.totalCredits!));
          const operations = [...b.byOperation!.values()].reduce((sum, n) => sum + n, 0);
          expect(operations).toBe(b.totalCredits);
          const extractors = [...b.byExtractor!.values()].reduce((sum, n) => sum + n, 0);
          expect(extractors).toBe(b.byOperation!.get('extractor'));
          expect(b.periodEnd!.getTime()).toBeGreaterThan(b.periodStart!.getTime());
          expect(billingMonthOf(b.periodStart!)).toBe(b.billingMonth);
        }
      }),
      RUNS,
    );
  });

  it('days remaining = balance ÷ burn rate, none without recent usage or with auto-billing', () => {
    fc.assert(
      fc.property(anySample, anyNow, (id, now) => {
        const { balance, usage } = parseAll(billingOf(id, now), now);
        const burn = balance.dailyBurnRate!;
        if (usage.autoBillingEnabled || burn === 0) expect(balance.estimatedDaysRemaining).toBeNull();
        else expect(balance.estimatedDaysRemaining).toBe(Math.floor(balance.creditBalance! / burn));
        if (usage.autoBillingEnabled) expect(balance.creditBalance).toBe(0 - usage.currentMonthUsage!);
        else expect(balance.creditBalance).toBe(sampleOf(id).body.credit_count);
        expect(Object.is(balance.creditBalance, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  it('invoices: only months since the organization was created, at most 12 finished, the latest open and the rest paid', () => {
    fc.assert(
      fc.property(anySample, anyNow, (id, now) => {
        const all = parseAll(billingOf(id, now), now);
        const created = new Date(String(sampleOf(id).body.created_at));
        const createdMonth = billingMonthOf(created);
        const list = all.invoices.invoices;
        const exists = created.getTime() <= now.getTime();
        const draft = exists ? list[0] : undefined;
        const finished = exists ? list.slice(1) : list;
        if (draft) {
          expect(draft).toMatchObject({
            status: 'draft',
            billingMonth: all.current,
            invoiceUrl: null,
            invoicePdf: null,
            paidAt: null,
          });
          expect(draft.totalCredits).toBe(all.usage.currentMonthUsage);
          expect(draft.amountDueCents).toBe(all.caps.currentSpendingCents);
        } else {
          expect(list).toEqual([]);
        }
        const monthsSince =
          (Number(all.current.slice(0, 4)) - Number(createdMonth.slice(0, 4))) * 12 +
          Number(all.current.slice(5)) -
          Number(createdMonth.slice(5));
        expect(finished).toHaveLength(Math.max(0, Math.min(12, monthsSince)));
        finished.forEach((invoice, i) => {
          expect(invoice.billingMonth).toBe(shiftBillingMonth(all.current, -1 - i));
          expect(invoice.billingMonth! >= createdMonth).toBe(true);
          expect(invoice.created!.getTime()).toBeLessThanOrEqual(now.getTime());
          if (invoice.paidAt) expect(invoice.paidAt.getTime()).toBeLessThanOrEqual(now.getTime());
          const free = id === 'free-low';
          expect(invoice.status).toBe(i === 0 && !free ? 'open' : 'paid');
          expect(invoice.amountPaidCents).toBe(invoice.status === 'paid' ? invoice.amountDueCents : 0);
          expect(invoice.invoiceUrl).toMatch(/^https:\/\/invoice\.stripe\.com\/i\//);
          expect(invoice.invoicePdf).toMatch(/^https:\/\/pay\.stripe\.com\/invoice\/.+\/pdf$/);
        });
        expect(new Set(list.map((i) => i.invoiceId)).size).toBe(list.length);
        expect(all.invoices.total).toBe(list.length);
        expect(all.invoices.hasMore).toBe(false);
      }),
      RUNS,
    );
  });

  it('a page holds the newest `limit` invoices, with has_more when there are more', () => {
    fc.assert(
      fc.property(anySample, anyNow, fc.integer({ min: 1, max: 100 }), (id, now, limit) => {
        const billing = billingOf(id, now);
        const page = ok(parseInvoices(billing.invoices(limit)));
        const all = ok(parseInvoices(billing.invoices(100)));
        expect(page.invoices).toEqual(all.invoices.slice(0, limit));
        expect(page.total).toBe(all.total);
        expect(page.hasMore).toBe(all.total! > limit);
      }),
      RUNS,
    );
  });

  it('spending: alerts sent are the thresholds reached; the reported percentage agrees with the cents', () => {
    fc.assert(
      fc.property(anySample, anyNow, (id, now) => {
        const { caps, usage } = parseAll(billingOf(id, now), now);
        const model = spendingBudgetModel(caps);
        expect(model.notes).toEqual([]);
        expect(model.alertsSent).toEqual(
          model.percent === null ? [] : (caps.spendingAlertThresholds ?? []).filter((t) => model.percent! >= t),
        );
        if (!usage.autoBillingEnabled) expect(caps.currentSpendingCents).toBe(usdToCents(usage.estimatedCostUsd!));
      }),
      RUNS,
    );
  });

  it('the enterprise sample is near its budget all month, with the 50% and 75% alerts sent', () => {
    fc.assert(
      fc.property(anyNow, (now) => {
        const { caps } = parseAll(billingOf('enterprise', now), now);
        const model = spendingBudgetModel(caps);
        expect(model.status).toBe('near');
        expect(model.percent!).toBeGreaterThanOrEqual(75);
        expect(model.percent!).toBeLessThan(90);
        expect(caps.spendingAlertThresholds).toEqual([50, 75, 90]);
        expect(model.alertsSent).toEqual([50, 75]);
        expect(model.hardCap).toMatchObject({ enforced: false });
      }),
      RUNS,
    );
  });

  it('usage against the tier allowance tells each sample’s story, month after month', () => {
    fc.assert(
      fc.property(anyNow, (now) => {
        const finished = (id: string) =>
          ok(parseInvoices(billingOf(id, now).invoices(100))).invoices.filter((i) => i.status !== 'draft');
        for (const invoice of finished('pro-over')) expect(invoice.totalCredits!).toBeGreaterThan(100_000);
        for (const invoice of finished('team')) expect(invoice.totalCredits!).toBeLessThan(1_000_000);
        for (const invoice of finished('free-low')) expect(invoice.totalCredits!).toBeLessThanOrEqual(1_000);
      }),
      RUNS,
    );
  });
});

describe('sampleBilling: the special cases', () => {
  const NOW = new Date('2026-12-14T15:00:00Z');

  it('one sample has auto-billing: enterprise, whose balance reads as this month’s usage', () => {
    const auto = IDS.filter((id) => billingOf(id, NOW).usageCurrent.auto_billing_enabled === true);
    expect(auto).toEqual(['enterprise']);
    const all = parseAll(billingOf('enterprise', NOW), NOW);
    expect(all.paymentMethod.autoBillingEnabled).toBe(true);
    expect(all.balance.creditBalance).toBe(0 - all.usage.currentMonthUsage!);
    expect(balancePresentation(all.balance.creditBalance, all.usage.autoBillingEnabled)).toEqual({
      kind: 'usage-this-month',
      credits: all.usage.currentMonthUsage,
    });
    expect(runwayModel({ balance: all.balance, autoBillingEnabled: true, now: NOW }).kind).toBe('not-limited');
    expect(all.balance).toMatchObject({ nextTier: null, creditsUntilNextTier: null, estimatedDaysRemaining: null });
    for (const id of IDS.filter((i) => i !== 'enterprise')) {
      expect(billingOf(id, NOW).paymentMethod.auto_billing_enabled).toBe(false);
    }
  });

  it('the free sample has had no usage in the last 7 days, and no payment method', () => {
    fc.assert(
      fc.property(anyNow, (now) => {
        const all = parseAll(billingOf('free-low', now), now);
        expect(all.balance).toMatchObject({ dailyBurnRate: 0, estimatedDaysRemaining: null, creditBalance: 62 });
        expect(runwayModel({ balance: all.balance, autoBillingEnabled: false, now }).kind).toBe('no-recent-usage');
        expect(all.paymentMethod).toMatchObject({ hasPaymentMethod: false, paymentMethod: null });
        expect(all.caps.monthlySpendingBudgetCents).toBeNull();
        expect(spendingBudgetModel(all.caps).status).toBe('no-budget');
      }),
      { numRuns: 200 },
    );
    // A week ago's usage would have shown: the sample is quiet only lately.
    const busyMonth = ok(parseUsageBreakdown(billingOf('free-low', NOW).usageBreakdown('2026-11')));
    expect(busyMonth.totalCredits).toBeGreaterThan(0);
  });

  it('every other sample has a card, and a runway from its burn rate', () => {
    expect(ok(parsePaymentMethod(billingOf('pro-over', NOW).paymentMethod)).paymentMethod).toMatchObject({
      cardBrand: 'visa',
      cardLast4: '4242',
    });
    expect(ok(parsePaymentMethod(billingOf('team', NOW).paymentMethod)).paymentMethod).toMatchObject({
      cardBrand: 'mastercard',
    });
    expect(ok(parsePaymentMethod(billingOf('enterprise', NOW).paymentMethod)).paymentMethod).toMatchObject({
      cardBrand: 'amex',
    });
    for (const id of ['pro-over', 'team']) {
      const balance = ok(parseBalance(billingOf(id, NOW).balance));
      expect(runwayModel({ balance, autoBillingEnabled: false, now: NOW }).kind).toBe('estimate');
    }
  });

  it('the next tier and the credits until it follow the published allowances', () => {
    expect(billingOf('free-low', NOW).balance).toMatchObject({
      next_tier: 'pro',
      credits_until_next_tier: 100_000 - 62,
    });
    expect(billingOf('pro-over', NOW).balance).toMatchObject({ next_tier: 'team', credits_until_next_tier: 750_000 });
    expect(billingOf('team', NOW).balance).toMatchObject({ next_tier: 'enterprise', credits_until_next_tier: null });
    expect(billingOf('enterprise', NOW).balance).toMatchObject({ next_tier: null, credits_until_next_tier: null });
  });

  it('older organizations have 12 finished months of invoices; the free one only since June 2026', () => {
    const finished = (id: string) =>
      ok(parseInvoices(billingOf(id, NOW).invoices(100))).invoices.filter((i) => i.status !== 'draft');
    for (const id of ['pro-over', 'team', 'enterprise']) expect(finished(id)).toHaveLength(12);
    expect(finished('free-low').map((i) => i.billingMonth)).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
    ]);
    expect(finished('free-low').every((i) => i.amountDueCents === 0 && i.status === 'paid')).toBe(true);
  });

  it('an organization that does not exist yet has no usage and no invoices', () => {
    const before = new Date('2025-06-01T00:00:00Z');
    const all = parseAll(billingOf('team', before), before);
    expect(all.usage.currentMonthUsage).toBe(0);
    expect(all.invoices.invoices).toEqual([]);
  });

  it('pro-over is on pace well above its allowance mid-month', () => {
    const mid = new Date('2026-12-16T12:00:00Z');
    const usage = ok(parseUsageCurrent(billingOf('pro-over', mid).usageCurrent)).currentMonthUsage!;
    expect(usage * 2).toBeGreaterThan(120_000);
  });
});
