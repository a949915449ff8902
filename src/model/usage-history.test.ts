import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invoice } from './billing';
import { usageHistory, type HistoryMonth } from './usage-history';

const NOW = new Date('2026-11-20T10:00:00Z');

const invoice = (billingMonth: string | null, totalCredits: number | null, fields: Partial<Invoice> = {}): Invoice => ({
  invoiceId: `in_${billingMonth ?? 'x'}`,
  invoiceUrl: null,
  invoicePdf: null,
  amountDueCents: 0,
  amountPaidCents: 0,
  status: 'paid',
  billingMonth,
  totalCredits,
  created: billingMonth ? new Date(`${billingMonth}-28T00:00:00Z`) : null,
  paidAt: null,
  ...fields,
});

const history = (
  invoices: Invoice[],
  usage: number | null = 40_000,
  extra: Partial<Parameters<typeof usageHistory>[0]> = {},
) => usageHistory({ invoices, current: { billingMonth: '2026-11', usage }, now: NOW, allowance: 100_000, ...extra });

const credits = (months: HistoryMonth[]) => months.map((m) => m.credits);

describe('usageHistory', () => {
  it('lists 12 months oldest first, the current one last with its live usage', () => {
    const result = history([invoice('2026-10', 95_000), invoice('2026-09', 101_000), invoice('2025-12', 70_000)]);
    expect(result.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(credits(result.months)).toEqual([
      70_000,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      101_000,
      95_000,
      40_000,
    ]);
    expect(result.months.at(-1)).toMatchObject({ source: 'current', invoiceStatus: null });
    expect(result.months[0]).toMatchObject({ source: 'invoice', invoiceStatus: 'paid', invoiceCount: 1 });
    expect(result.reference).toBe(100_000);
  });

  it('marks months without data missing, not 0; a real 0 stays 0', () => {
    const result = history([invoice('2026-10', 0)]);
    expect(result.months[10]).toMatchObject({ month: '2026-10', credits: 0, source: 'invoice' });
    expect(result.months[9]).toMatchObject({ month: '2026-09', credits: null, source: 'missing' });
  });

  it('marks months before the organization existed as such', () => {
    const result = history([invoice('2026-06', 800)], 50, { createdAt: new Date('2026-06-03T08:15:00Z') });
    expect(result.months.map((m) => m.source)).toEqual([
      ...Array<string>(6).fill('before-account'),
      'invoice',
      'missing',
      'missing',
      'missing',
      'missing',
      'current',
    ]);
  });

  it('ignores invoices outside the window and counts those it cannot place', () => {
    const result = history([invoice('2025-11', 1), invoice('2026-12', 2), invoice(null, 5), invoice('2026-10', null)]);
    expect(
      credits(result.months)
        .slice(0, 11)
        .every((c) => c === null),
    ).toBe(true);
    expect(result.skippedInvoices).toBe(2);
  });

  it('uses an invoice for the current month when live usage is not reported, and live usage over a draft', () => {
    const draft = invoice('2026-11', 12_000, { status: 'draft' });
    expect(history([draft], null).months.at(-1)).toMatchObject({
      credits: 12_000,
      source: 'invoice',
      invoiceStatus: 'draft',
    });
    expect(history([draft], 40_000).months.at(-1)).toMatchObject({
      credits: 40_000,
      source: 'current',
      invoiceCount: 1,
    });
    expect(history([], null).months.at(-1)).toMatchObject({ credits: null, source: 'missing' });
  });

  it('anchors on the API’s current billing month, else on now', () => {
    const result = usageHistory({
      invoices: [],
      current: { billingMonth: null, usage: 7 },
      now: new Date('2027-01-01T00:00:00Z'),
      allowance: null,
    });
    expect(result.months.at(-1)).toMatchObject({ month: '2027-01', credits: 7 });
    expect(result.months[0]?.month).toBe('2026-02');
    expect(result.reference).toBeNull();
    const api = usageHistory({
      invoices: [],
      current: { billingMonth: '2026-12', usage: 7 },
      now: new Date('2027-01-01T00:00:30Z'),
      allowance: null,
    });
    expect(api.months.at(-1)).toMatchObject({ month: '2026-12', credits: 7 });
  });

  describe('duplicates: one figure per month, never a sum', () => {
    const month = (invoices: Invoice[]) => history(invoices).months[10]!;

    it('prefers the most settled status', () => {
      expect(
        month([invoice('2026-10', 1, { status: 'void' }), invoice('2026-10', 2, { status: 'paid' })]),
      ).toMatchObject({
        credits: 2,
        invoiceStatus: 'paid',
        invoiceCount: 2,
      });
      expect(
        month([invoice('2026-10', 3, { status: 'draft' }), invoice('2026-10', 4, { status: 'open' })]).credits,
      ).toBe(4);
      expect(
        month([invoice('2026-10', 5, { status: 'refunded' }), invoice('2026-10', 6, { status: 'uncollectible' })])
          .credits,
      ).toBe(6);
      expect(
        month([invoice('2026-10', 7, { status: 'void' }), invoice('2026-10', 8, { status: 'refunded' })]).credits,
      ).toBe(8);
      expect(month([invoice('2026-10', 9, { status: null }), invoice('2026-10', 10, { status: 'void' })]).credits).toBe(
        9,
      );
    });

    it('then the latest created, then the first listed', () => {
      const older = invoice('2026-10', 1, { created: new Date('2026-11-01T00:00:00Z') });
      const newer = invoice('2026-10', 2, { created: new Date('2026-11-03T00:00:00Z') });
      expect(month([newer, older]).credits).toBe(2);
      expect(month([older, newer]).credits).toBe(2);
      expect(month([invoice('2026-10', 3, { created: null }), older]).credits).toBe(1);
      const twin = invoice('2026-10', 4, { created: older.created });
      expect(month([older, twin]).credits).toBe(1);
      expect(month([twin, older]).credits).toBe(4);
    });

    it('uses a void invoice when it is all there is', () => {
      expect(month([invoice('2026-10', 11, { status: 'void' })])).toMatchObject({ credits: 11, invoiceStatus: 'void' });
    });

    it('gives the same month whatever the order of distinct invoices (property)', () => {
      const statuses = fc.constantFrom('paid', 'open', 'uncollectible', 'draft', 'void', 'refunded');
      const entry = fc.record({ status: statuses, day: fc.integer({ min: 1, max: 28 }), credits: fc.nat() });
      fc.assert(
        fc.property(
          fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => `${e.status}|${e.day}` }),
          fc.nat(),
          (entries, seed) => {
            const invoices = entries.map((e) =>
              invoice('2026-10', e.credits, { status: e.status, created: new Date(Date.UTC(2026, 10, e.day)) }),
            );
            const shuffled = [...invoices].sort(
              (a, b) => ((a.totalCredits! * 31 + seed) % 7) - ((b.totalCredits! * 31 + seed) % 7),
            );
            expect(month(shuffled)).toEqual(month(invoices));
            expect(invoices.map((i) => i.totalCredits)).toContain(month(invoices).credits);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
