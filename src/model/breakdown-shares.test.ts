import { describe, expect, it } from 'vitest';
import { breakdownShares } from './breakdown-shares';

describe('breakdownShares', () => {
  it('orders largest first, ties by name, with shares of the reported total', () => {
    const shares = breakdownShares(
      new Map([
        ['b', 10],
        ['a', 10],
        ['c', 30],
      ]),
      100,
    );
    expect(shares).toEqual([
      { name: 'c', credits: 30, percent: 30 },
      { name: 'a', credits: 10, percent: 10 },
      { name: 'b', credits: 10, percent: 10 },
    ]);
  });

  it('uses the entries’ sum without a total, and no share when there is nothing to divide by', () => {
    expect(
      breakdownShares(
        new Map([
          ['x', 1],
          ['y', 3],
        ]),
        null,
      ).map((s) => s.percent),
    ).toEqual([75, 25]);
    expect(breakdownShares(new Map([['x', 0]]), 0)).toEqual([{ name: 'x', credits: 0, percent: null }]);
    expect(breakdownShares(null, 5)).toEqual([]);
  });

  it('keeps thousands of entries, prototype names included, as ordinary entries', () => {
    const entries = new Map<string, number>(Array.from({ length: 5_000 }, (_, i) => [`op-${i}`, i] as const));
    entries.set('__proto__', 10_000);
    const shares = breakdownShares(entries, null);
    expect(shares).toHaveLength(5_001);
    expect(shares[0]).toMatchObject({ name: '__proto__', credits: 10_000 });
    expect(shares.at(-1)).toMatchObject({ name: 'op-0', credits: 0 });
  });
});
