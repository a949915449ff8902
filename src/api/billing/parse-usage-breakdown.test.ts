import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parserCases } from '@/testing/parser-cases';
import { parseUsageBreakdown } from './parse-usage-breakdown';

/** The contract's examples, as one body. */
const validBody = (): Record<string, unknown> => ({
  billing_month: '2025-12',
  total_credits: 23_450,
  total_cost_usd: 23.45,
  by_operation: { batch: 2_450, extractor: 15_000, search: 1_000, upload: 5_000 },
  by_extractor: { multimodal_extractor: 10_000, text_extractor: 5_000 },
  period_start: '2025-12-01T00:00:00Z',
  period_end: '2026-01-01T00:00:00Z',
});

const PROPS = {
  billing_month: 'billingMonth',
  total_credits: 'totalCredits',
  total_cost_usd: 'totalCostUsd',
  by_operation: 'byOperation',
  by_extractor: 'byExtractor',
  period_start: 'periodStart',
  period_end: 'periodEnd',
} as const;

const { parseOk, eachMissingFieldIsNamed } = parserCases(parseUsageBreakdown, validBody);

describe('parseUsageBreakdown: valid bodies', () => {
  it('reads every field of the contract example', () => {
    expect(parseOk(validBody())).toEqual({
      billingMonth: '2025-12',
      totalCredits: 23_450,
      totalCostUsd: 23.45,
      byOperation: new Map([
        ['batch', 2_450],
        ['extractor', 15_000],
        ['search', 1_000],
        ['upload', 5_000],
      ]),
      byExtractor: new Map([
        ['multimodal_extractor', 10_000],
        ['text_extractor', 5_000],
      ]),
      periodStart: new Date('2025-12-01T00:00:00Z'),
      periodEnd: new Date('2026-01-01T00:00:00Z'),
      problems: [],
    });
  });

  it('keeps the maps in the order sent, with new operation types as ordinary entries', () => {
    const value = parseOk({ ...validBody(), by_operation: { zeta: 1, alpha: 2, inference: 0 } });
    expect([...value.byOperation!.keys()]).toEqual(['zeta', 'alpha', 'inference']);
  });

  it('reads empty maps as empty', () => {
    const value = parseOk({ ...validBody(), by_operation: {}, by_extractor: {} });
    expect(value.byOperation?.size).toBe(0);
    expect(value.byExtractor?.size).toBe(0);
    expect(value.problems).toEqual([]);
  });

  it('ignores fields the contract does not know', () => {
    expect(parseOk({ ...validBody(), by_namespace: { a: 1 }, currency: 'usd' })).toEqual(parseOk(validBody()));
  });

  it('keeps credits beyond 2^53 as given', () => {
    const value = parseOk({ ...validBody(), total_credits: 2 ** 60, by_operation: { batch: 2 ** 55 } });
    expect(value.totalCredits).toBe(2 ** 60);
    expect(value.byOperation?.get('batch')).toBe(2 ** 55);
  });
});

describe('parseUsageBreakdown: map keys are data', () => {
  const body = JSON.parse(
    '{"billing_month":"2025-12","total_credits":6,"total_cost_usd":0.01,' +
      '"by_operation":{"__proto__":1,"constructor":2,"prototype":3},' +
      '"by_extractor":{"__proto__":{"polluted":true},"hasOwnProperty":4,"toString":"x"},' +
      '"period_start":"2025-12-01T00:00:00Z","period_end":"2026-01-01T00:00:00Z"}',
  ) as unknown;

  it('keeps __proto__, constructor and prototype as ordinary entries', () => {
    const value = parseOk(body);
    expect([...value.byOperation!]).toEqual([
      ['__proto__', 1],
      ['constructor', 2],
      ['prototype', 3],
    ]);
    expect([...value.byExtractor!]).toEqual([['hasOwnProperty', 4]]);
    expect(value.problems.map((p) => p.field)).toEqual(['by_extractor.__proto__', 'by_extractor.toString']);
  });

  it('leaves Object.prototype untouched', () => {
    parseOk(body);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('does not read inherited names as entries of an empty map', () => {
    const value = parseOk({ ...validBody(), by_operation: {} });
    expect(value.byOperation?.get('constructor')).toBeUndefined();
    expect(value.byOperation?.has('toString')).toBe(false);
  });
});

describe('parseUsageBreakdown: missing and malformed fields', () => {
  eachMissingFieldIsNamed(PROPS);

  it.each([
    ['billing_month', '2025-13'],
    ['billing_month', '2025-12-01'],
    ['total_credits', -1],
    ['total_credits', 1.5],
    ['total_cost_usd', -2],
    ['total_cost_usd', 'free'],
    ['by_operation', [1, 2]],
    ['by_operation', 'batch'],
    ['by_extractor', 12],
    ['period_start', '2025-12-01'],
    ['period_end', '2026-01-01'],
  ] as const)('a malformed %s (%j) is null and named', (field, bad) => {
    const value = parseOk({ ...validBody(), [field]: bad });
    expect(value[PROPS[field]]).toBeNull();
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'invalid']]);
  });

  it('drops only the bad entries of a map, naming each', () => {
    const value = parseOk({
      ...validBody(),
      by_operation: { batch: 1, search: -5, upload: '3', extractor: 2.5, misc: null },
    });
    expect([...value.byOperation!]).toEqual([['batch', 1]]);
    expect(value.problems.map((p) => p.field)).toEqual([
      'by_operation.search',
      'by_operation.upload',
      'by_operation.extractor',
      'by_operation.misc',
    ]);
  });

  it('reports a period that ends before it starts', () => {
    const value = parseOk({ ...validBody(), period_end: '2025-11-01T00:00:00Z' });
    expect(value.periodEnd).toBeNull();
    expect(value.periodStart).not.toBeNull();
    expect(value.problems).toMatchObject([{ field: 'period_end', expected: 'a date-time after period_start' }]);
  });
});

describe('parseUsageBreakdown: unreadable bodies', () => {
  it.each([null, [], 'x', {}, { message: 'no data' }])('refuses %j', (body) => {
    expect(parseUsageBreakdown(body).ok).toBe(false);
  });
});

describe('parseUsageBreakdown (property-based)', () => {
  const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'));

  it('keeps exactly the valid entries of any map, whatever the keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string())), { maxLength: 12 }),
        (entries) => {
          const text = `{"by_operation":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}}`;
          const parsedBody = JSON.parse(text) as { by_operation: Record<string, unknown> };
          const value = parseOk(parsedBody);
          const expected = Object.entries(parsedBody.by_operation).filter(
            ([, v]) => typeof v === 'number' && Number.isInteger(v) && v >= 0,
          );
          expect([...value.byOperation!]).toEqual(expected.map(([k, v]) => [k, (v as number) + 0]));
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...Object.keys(PROPS)), fc.jsonValue())),
        (input) => {
          const result = parseUsageBreakdown(input);
          if (result.ok) {
            for (const map of [result.value.byOperation, result.value.byExtractor]) {
              if (map) for (const n of map.values()) expect(Number.isInteger(n) && n >= 0).toBe(true);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
