import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billingMonthLabel,
  billingMonthOf,
  billingMonthStart,
  lastBillingMonths,
  parseBillingMonth,
  shiftBillingMonth,
} from './billing-months';

const at = (iso: string) => new Date(iso);

describe('parseBillingMonth', () => {
  it('reads YYYY-MM with month 01–12', () => {
    expect(parseBillingMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseBillingMonth('2026-01')).toEqual({ year: 2026, month: 1 });
  });

  it.each(['2026-13', '2026-00', '2026-1', '2026-11-01', '26-11', '2026/11', ' 2026-11', ''])('refuses %j', (text) => {
    expect(parseBillingMonth(text)).toBeNull();
  });
});

describe('billingMonthOf', () => {
  it.each([
    ['2026-11-30T23:59:59.999Z', '2026-11'],
    ['2026-12-01T00:00:00Z', '2026-12'],
    // Still November in UTC, though already December east of Greenwich.
    ['2026-12-01T05:00:00+09:00', '2026-11'],
    ['2027-01-01T00:00:00Z', '2027-01'],
    ['0099-03-04T00:00:00Z', '0099-03'],
  ])('%s is in %s', (instant, month) => {
    expect(billingMonthOf(at(instant))).toBe(month);
  });
});

describe('shiftBillingMonth', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2025-12', 1, '2026-01'],
    ['2026-11', -11, '2025-12'],
    ['2026-11', -12, '2025-11'],
    ['2026-03', -27, '2023-12'],
    ['2026-11', 0, '2026-11'],
  ])('%s shifted by %i is %s', (month, by, shifted) => {
    expect(shiftBillingMonth(month, by)).toBe(shifted);
  });

  it('refuses what is not a month or a whole shift', () => {
    expect(() => shiftBillingMonth('2026-13', 1)).toThrow(RangeError);
    expect(() => shiftBillingMonth('2026-11', 0.5)).toThrow(RangeError);
  });

  it('undoes itself and agrees with UTC calendar arithmetic (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -500, max: 500 }),
        (year, month, by) => {
          const text = `${year}-${String(month).padStart(2, '0')}`;
          const shifted = shiftBillingMonth(text, by);
          expect(shiftBillingMonth(shifted, -by)).toBe(text);
          expect(shifted).toBe(billingMonthOf(new Date(Date.UTC(year, month - 1 + by, 1))));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('lastBillingMonths', () => {
  it('lists the last 12 months, the current one first', () => {
    expect(lastBillingMonths(at('2026-11-15T12:00:00Z'))).toEqual([
      '2026-11',
      '2026-10',
      '2026-09',
      '2026-08',
      '2026-07',
      '2026-06',
      '2026-05',
      '2026-04',
      '2026-03',
      '2026-02',
      '2026-01',
      '2025-12',
    ]);
  });

  it('crosses the year end: 2026-01 → 2025-02', () => {
    const months = lastBillingMonths(at('2026-01-01T00:00:00Z'));
    expect(months[0]).toBe('2026-01');
    expect(months[1]).toBe('2025-12');
    expect(months.at(-1)).toBe('2025-02');
  });

  it('counts in UTC at the month’s first and last instants', () => {
    expect(lastBillingMonths(at('2026-12-01T00:00:00Z'), 2)).toEqual(['2026-12', '2026-11']);
    expect(lastBillingMonths(at('2026-11-30T23:59:59.999Z'), 2)).toEqual(['2026-11', '2026-10']);
  });

  it('gives 12 distinct consecutive months ending with now’s (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (now) => {
          const months = lastBillingMonths(now);
          expect(months).toHaveLength(12);
          expect(months[0]).toBe(now.toISOString().slice(0, 7));
          months.forEach((month, i) => {
            if (i > 0) expect(shiftBillingMonth(month, 1)).toBe(months[i - 1]);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('billingMonthStart', () => {
  it('is midnight UTC on the 1st', () => {
    expect(billingMonthStart('2026-11').toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(billingMonthStart('0050-02').toISOString()).toBe('0050-02-01T00:00:00.000Z');
    expect(() => billingMonthStart('2026-1')).toThrow(RangeError);
  });
});

describe('billingMonthLabel', () => {
  it.each([
    ['2026-11', 'en-US', 'November 2026'],
    ['2026-01', 'en-US', 'January 2026'],
    ['2026-11', 'de-DE', 'November 2026'],
    ['2026-03', 'de-DE', 'März 2026'],
    ['2026-11', 'ja-JP', '2026年11月'],
    ['2025-12', 'fr-FR', 'décembre 2025'],
  ])('%s in %s is %s', (month, locale, label) => {
    expect(billingMonthLabel(month, locale)).toBe(label);
  });

  it('names every month of the year in order (property over years)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const labels = Array.from({ length: 12 }, (_, i) =>
          billingMonthLabel(`${year}-${String(i + 1).padStart(2, '0')}`, 'en-US'),
        );
        expect(labels[0]).toBe(`January ${year}`);
        expect(labels[11]).toBe(`December ${year}`);
        expect(new Set(labels).size).toBe(12);
      }),
      { numRuns: 1000 },
    );
  });
});
