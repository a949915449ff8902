import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parserCases } from '@/testing/parser-cases';
import { parseUsageCurrent } from './parse-usage-current';

const validBody = (): Record<string, unknown> => ({
  current_month_usage: 23_450,
  billing_month: '2025-12',
  billing_period_start: '2025-12-01T00:00:00Z',
  billing_period_end: '2026-01-01T00:00:00Z',
  estimated_cost_usd: 23.45,
  credit_rate: 0.001,
  auto_billing_enabled: false,
  next_invoice_date: '2026-01-01T00:00:00Z',
});

const PROPS = {
  current_month_usage: 'currentMonthUsage',
  billing_month: 'billingMonth',
  billing_period_start: 'billingPeriodStart',
  billing_period_end: 'billingPeriodEnd',
  estimated_cost_usd: 'estimatedCostUsd',
  credit_rate: 'creditRate',
  auto_billing_enabled: 'autoBillingEnabled',
  next_invoice_date: 'nextInvoiceDate',
} as const;

const { parseOk, without, eachMissingFieldIsNamed } = parserCases(parseUsageCurrent, validBody);

describe('parseUsageCurrent: valid bodies', () => {
  it('reads every field of the contract example', () => {
    expect(parseOk(validBody())).toEqual({
      currentMonthUsage: 23_450,
      billingMonth: '2025-12',
      billingPeriodStart: new Date('2025-12-01T00:00:00Z'),
      billingPeriodEnd: new Date('2026-01-01T00:00:00Z'),
      estimatedCostUsd: 23.45,
      creditRate: 0.001,
      autoBillingEnabled: false,
      nextInvoiceDate: new Date('2026-01-01T00:00:00Z'),
      problems: [],
    });
  });

  it('gives credit_rate its documented default of 0.001 when absent or null', () => {
    expect(parseOk(without('credit_rate'))).toMatchObject({ creditRate: 0.001, problems: [] });
    expect(parseOk({ ...validBody(), credit_rate: null })).toMatchObject({ creditRate: 0.001, problems: [] });
    expect(parseOk({ ...validBody(), credit_rate: 0.0008 }).creditRate).toBe(0.0008);
  });

  it('ignores fields the contract does not know', () => {
    const value = parseOk({ ...validBody(), currency: 'usd', overage: { credits: 1 } });
    expect(value).toEqual(parseOk(validBody()));
  });

  it('keeps usage beyond 2^53 as given', () => {
    expect(parseOk({ ...validBody(), current_month_usage: 2 ** 60 }).currentMonthUsage).toBe(2 ** 60);
  });
});

describe('parseUsageCurrent: dates', () => {
  it('reads date-times with an offset, and without one as UTC', () => {
    const value = parseOk({
      ...validBody(),
      billing_period_start: '2025-11-30T19:00:00-05:00',
      billing_period_end: '2026-01-01T00:00:00',
      next_invoice_date: '2026-01-01T05:30:00.250+05:30',
    });
    expect(value.billingPeriodStart?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(value.billingPeriodEnd?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(value.nextInvoiceDate?.toISOString()).toBe('2026-01-01T00:00:00.250Z');
    expect(value.problems).toEqual([]);
  });

  it.each(['2025-12-01', '2025-12-31T23:59:60Z', '2025-02-29T00:00:00Z', 'December 1, 2025', '1764547200', ''])(
    'refuses %j where the contract says date-time (a bare date included)',
    (text) => {
      const value = parseOk({ ...validBody(), billing_period_start: text, next_invoice_date: text });
      expect(value.billingPeriodStart).toBeNull();
      expect(value.nextInvoiceDate).toBeNull();
      expect(value.problems.map((p) => [p.field, p.kind, p.expected])).toEqual([
        ['billing_period_start', 'invalid', 'an ISO 8601 date-time'],
        ['next_invoice_date', 'invalid', 'an ISO 8601 date-time'],
      ]);
      expect(value.billingPeriodEnd).not.toBeNull();
    },
  );

  it('reports a period end that is not after its start, keeping the start', () => {
    const value = parseOk({ ...validBody(), billing_period_end: '2025-12-01T00:00:00Z' });
    expect(value.billingPeriodStart?.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(value.billingPeriodEnd).toBeNull();
    expect(value.problems).toEqual([
      {
        field: 'billing_period_end',
        kind: 'invalid',
        expected: 'a date-time after billing_period_start',
        received: '"2025-12-01T00:00:00Z"',
      },
    ]);
  });

  it('accepts an inclusive end (the last second of the period)', () => {
    const value = parseOk({ ...validBody(), billing_period_end: '2025-12-31T23:59:59Z' });
    expect(value.billingPeriodEnd?.toISOString()).toBe('2025-12-31T23:59:59.000Z');
    expect(value.problems).toEqual([]);
  });
});

describe('parseUsageCurrent: billing_month', () => {
  it.each(['2025-01', '2025-12', '2030-09'])('accepts %s', (month) => {
    expect(parseOk({ ...validBody(), billing_month: month })).toMatchObject({ billingMonth: month, problems: [] });
  });

  it.each(['2025-13', '2025-00', '2025-1', '2025-12-01', '12-2025', '2025/12', ' 2025-12', 202512])(
    'refuses %j',
    (month) => {
      const value = parseOk({ ...validBody(), billing_month: month });
      expect(value.billingMonth).toBeNull();
      expect(value.problems).toEqual([
        { field: 'billing_month', kind: 'invalid', expected: 'a month as YYYY-MM', received: JSON.stringify(month) },
      ]);
    },
  );
});

describe('parseUsageCurrent: missing and malformed fields', () => {
  // credit_rate has a documented default (its own test below).
  eachMissingFieldIsNamed(Object.fromEntries(Object.entries(PROPS).filter(([field]) => field !== 'credit_rate')));

  it.each([
    ['current_month_usage', -1],
    ['current_month_usage', 10.5],
    ['current_month_usage', '23450'],
    ['estimated_cost_usd', -0.01],
    ['estimated_cost_usd', '23.45'],
    ['credit_rate', -0.001],
    ['credit_rate', '0.001'],
    ['auto_billing_enabled', 'false'],
    ['auto_billing_enabled', 0],
    ['billing_period_end', 20_260_101],
    ['next_invoice_date', {}],
  ] as const)('a malformed %s (%j) is null and named', (field, bad) => {
    const value = parseOk({ ...validBody(), [field]: bad });
    expect(value[PROPS[field]]).toBeNull();
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'invalid']]);
  });
});

describe('parseUsageCurrent: unreadable bodies', () => {
  it.each([null, [], 'usage', 0, {}, { detail: 'Not found' }])('refuses %j', (body) => {
    expect(parseUsageCurrent(body).ok).toBe(false);
  });
});

describe('parseUsageCurrent (property-based)', () => {
  it('never throws; values have their declared types', () => {
    const body = fc.dictionary(
      fc.constantFrom(...Object.keys(PROPS)),
      fc.oneof(
        fc.jsonValue(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), body), (input) => {
        const result = parseUsageCurrent(input);
        if (!result.ok) return;
        const value = result.value;
        expect(
          value.currentMonthUsage === null ||
            (Number.isInteger(value.currentMonthUsage) && value.currentMonthUsage >= 0),
        ).toBe(true);
        for (const date of [value.billingPeriodStart, value.billingPeriodEnd, value.nextInvoiceDate]) {
          expect(date === null || !Number.isNaN(date.getTime())).toBe(true);
        }
        if (value.billingPeriodStart && value.billingPeriodEnd) {
          expect(value.billingPeriodEnd.getTime()).toBeGreaterThan(value.billingPeriodStart.getTime());
        }
        expect(value.billingMonth === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(value.billingMonth)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any instant written in any offset as the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const value = parseOk({ ...validBody(), next_invoice_date: `${local}${zone}` });
          expect(value.nextInvoiceDate?.getTime()).toBe(date.getTime());
        },
      ),
      { numRuns: 1000 },
    );
  });
});
