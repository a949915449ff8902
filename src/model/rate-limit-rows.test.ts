import { describe, expect, it } from 'vitest';
import { RATE_LIMIT_CATEGORIES } from './rate-limit-categories';
import { perMinuteText, rateLimitRows } from './rate-limit-rows';

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
