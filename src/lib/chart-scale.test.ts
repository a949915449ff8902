import { describe, expect, it } from 'vitest';
import { axisTicks, barChartHeight } from './chart-scale';

describe('barChartHeight', () => {
  it('reserves room for at least five bars', () => {
    expect(barChartHeight(0)).toBe(212);
    expect(barChartHeight(5)).toBe(212);
  });

  it('grows by 36 px for each row beyond five', () => {
    expect(barChartHeight(6)).toBe(248);
    expect(barChartHeight(7)).toBe(284);
    expect(barChartHeight(20) - barChartHeight(19)).toBe(36);
  });
});

describe('axisTicks', () => {
  it.each([
    [200, [0, 50, 100, 150, 200]],
    [1000, [0, 250, 500, 750, 1000]],
    [5000, [0, 2000, 4000, 6000]],
    [20, [0, 5, 10, 15, 20]],
    [7, [0, 2, 4, 6, 8]],
    [1, [0, 0.25, 0.5, 0.75, 1]],
  ])('max %d → %j', (max, ticks) => {
    expect(axisTicks(max)).toEqual(ticks);
  });

  it('always reaches the largest value, from 0, in even steps', () => {
    for (const max of [3, 13, 99, 101, 1234, 98765, 1e9 + 7]) {
      const ticks = axisTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      const step = ticks[1]!;
      ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
    }
  });

  it('gives a usable axis when nothing is reported', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
  });
});
