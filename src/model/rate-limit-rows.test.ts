import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_CATEGORIES } from './rate-limit-categories';
import { chartRows, perMinuteText, rateLimitRows } from './rate-limit-rows';

describe('rateLimitRows', () => {
  it('labels the documented categories and keeps their order and values', () => {
    const rows = rateLimitRows([
      { category: 'metadata', perMinute: 200 },
      { category: 'data', perMinute: 100 },
      { category: 'search', perMinute: null },
      { category: 'upload', perMinute: 50 },
      { category: 'compute', perMinute: 5 },
    ]);
    expect(rows.map((r) => [r.category, r.label, r.perMinute])).toEqual([
      ['metadata', 'Metadata', 200],
      ['data', 'Data', 100],
      ['search', 'Search', null],
      ['upload', 'Upload', 50],
      ['compute', 'Compute', 5],
    ]);
    expect(rows.map((r) => r.info)).toEqual(RATE_LIMIT_CATEGORIES);
  });

  it('carries the contract text for a documented category', () => {
    const [upload] = rateLimitRows([{ category: 'upload', perMinute: 50 }]);
    expect(upload!.info?.creditCost).toBe('Credit-intensive: 1 credit per MB');
  });

  it('labels an extra category by its id, with no contract info, after the documented ones', () => {
    const rows = rateLimitRows([
      { category: 'metadata', perMinute: 1 },
      { category: 'gpu', perMinute: 7 },
    ]);
    expect(rows[1]).toEqual({ category: 'gpu', label: 'Gpu', perMinute: 7, info: null });
  });

  it('does not match categories by a different case', () => {
    const [row] = rateLimitRows([{ category: 'Search', perMinute: 1 }]);
    expect(row).toEqual({ category: 'Search', label: 'Search', perMinute: 1, info: null });
  });

  it('gives no rows for no limits', () => {
    expect(rateLimitRows([])).toEqual([]);
  });
});

describe('labels of categories the contract does not know', () => {
  it.each([
    ['gpu_batch', 'Gpu batch'],
    ['vector-index', 'Vector index'],
    ['', '(unnamed)'],
    ['__', '__'], // nothing readable to make of it: shown as the API sent it
  ])('%j → %j', (category, label) => {
    expect(rateLimitRows([{ category, perMinute: 1 }])[0]!.label).toBe(label);
  });
});

describe('perMinuteText', () => {
  it('writes a limit per minute with grouping, and a missing one as not reported (never 0)', () => {
    expect(perMinuteText(200)).toBe('200 / min');
    expect(perMinuteText(12_000)).toBe(`${(12_000).toLocaleString()} / min`);
    expect(perMinuteText(0)).toBe('0 / min');
    expect(perMinuteText(null)).toBe('not reported');
  });
});

describe('chartRows', () => {
  const many = (n: number) =>
    rateLimitRows([
      ...['metadata', 'data', 'search', 'upload', 'compute'].map((category) => ({ category, perMinute: 10 })),
      ...Array.from({ length: n }, (_, i) => ({ category: `extra_${i}`, perMinute: i })),
    ]);

  it('draws everything while there are few categories', () => {
    expect(chartRows(many(15))).toMatchObject({ hidden: 0 });
    expect(chartRows(many(15)).shown).toHaveLength(20);
  });

  it('keeps the documented five and the largest others, in their order, and counts the rest', () => {
    const { shown, hidden } = chartRows(many(1_000));
    expect(hidden).toBe(985);
    expect(shown.slice(0, 5).map((r) => r.category)).toEqual(['metadata', 'data', 'search', 'upload', 'compute']);
    expect(shown.slice(5).map((r) => r.category)).toEqual(Array.from({ length: 15 }, (_, i) => `extra_${985 + i}`));
  });
});

describe('labels of categories the API adds', () => {
  it('keep keys that name the prototype recognisable, as ordinary names', () => {
    const labels = rateLimitRows([
      { category: '__proto__', perMinute: 5 },
      { category: 'constructor', perMinute: 7 },
      { category: 'gpu_batch', perMinute: 1 },
    ]).map((r) => r.label);
    expect(labels).toEqual(['__proto__', 'Constructor', 'Gpu batch']);
  });
});
