import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatDateTime,
  formatInteger,
  formatPercent,
  formatRelative,
  formatTime,
} from './format';

describe('formatInteger', () => {
  it.each([
    [250_000, 'en-US', '250,000'],
    [250_000, 'de-DE', '250.000'],
    [0, 'en-US', '0'],
    [-1_250, 'en-US', '-1,250'],
    [999, 'en-US', '999'],
    [1_000_000, 'en-US', '1,000,000'],
    [1e20, 'en-US', '100,000,000,000,000,000,000'],
  ])('%d in %s is %s', (value, locale, expected) => {
    expect(formatInteger(value, locale)).toBe(expected);
  });

  it('rounds fractions to whole numbers', () => {
    expect(formatInteger(1234.6, 'en-US')).toBe('1,235');
    expect(formatInteger(1234.4, 'en-US')).toBe('1,234');
  });

  it('prints non-finite numbers as JavaScript does', () => {
    expect(formatInteger(Number.NaN, 'en-US')).toBe('NaN');
    expect(formatInteger(Number.POSITIVE_INFINITY, 'en-US')).toBe('Infinity');
  });

  it('uses the locale given, not one cached for another locale', () => {
    expect(formatInteger(1_234_567, 'en-US')).toBe('1,234,567');
    expect(formatInteger(1_234_567, 'de-DE')).toBe('1.234.567');
    expect(formatInteger(1_234_567, 'en-US')).toBe('1,234,567');
  });
});

describe('formatPercent', () => {
  it.each([
    [250, '250%'],
    [6.2, '6.2%'],
    [99.6, '99.6%'],
    [64, '64%'],
    [100, '100%'],
    [0, '0%'],
    [10, '10%'],
    [64.4, '64%'],
    [9.96, '9.96%'], // not "10%": it is still under the low-balance line
    [0.04, '0.04%'], // not "0%": there is a balance
    [0.05, '0.1%'],
    [-5, '-5%'],
  ])('%d → %s in en-US', (percent, expected) => {
    expect(formatPercent(percent, 'en-US')).toBe(expected);
  });

  it('uses the locale decimal separator', () => {
    expect(formatPercent(6.2, 'de-DE')).toBe('6,2\u00a0%');
    expect(formatPercent(250, 'de-DE')).toBe('250\u00a0%');
  });

  it('writes infinities as ∞%', () => {
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en-US')).toBe('∞%');
    expect(formatPercent(Number.NEGATIVE_INFINITY, 'en-US')).toBe('−∞%');
  });
});

describe('formatCompact', () => {
  it.each([
    [1_200, '1.2K'],
    [1_000_000, '1M'],
    [999, '999'],
    [250_000, '250K'],
    [4_250_000, '4.3M'],
    [0, '0'],
  ])('%d → %s in en-US', (value, expected) => {
    expect(formatCompact(value, 'en-US')).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('formats in the given time zone and names it', () => {
    const text = formatDateTime(new Date('2025-01-01T00:00:00Z'), 'en-US', 'UTC');
    expect(text).toContain('Jan 1, 2025');
    expect(text).toContain('12:00');
    expect(text).toContain('AM');
    expect(text.endsWith('UTC')).toBe(true);
  });

  it('shifts the date into another time zone', () => {
    const text = formatDateTime(new Date('2025-01-01T00:00:00Z'), 'en-US', 'America/New_York');
    expect(text).toContain('Dec 31, 2024');
    expect(text).toContain('7:00');
    expect(text).toContain('PM');
    expect(text).toContain('EST');
  });

  it('uses the locale for the date order', () => {
    const text = formatDateTime(new Date('2026-11-20T14:32:05Z'), 'de-DE', 'UTC');
    expect(text).toContain('20.11.2026');
    expect(text).toContain('14:32');
    expect(text).toContain('UTC');
  });
});

describe('formatTime', () => {
  it('gives the clock time with its time zone', () => {
    expect(formatTime(new Date('2025-01-01T14:32:00Z'), 'en-GB', 'UTC')).toBe('14:32 UTC');
    expect(formatTime(new Date('2025-01-01T14:32:00Z'), 'en-US', 'America/New_York')).toBe('9:32 AM EST');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it.each([
    [-3 * 24 * 3600, '3 days ago'],
    [-24 * 3600, 'yesterday'],
    [-2 * 3600, '2 hours ago'],
    [-90, '1 minute ago'],
    [-30, '30 seconds ago'],
    [0, 'now'],
    [2 * 3600, 'in 2 hours'],
    [45 * 60, 'in 45 minutes'],
    [14 * 24 * 3600, 'in 2 weeks'],
    [-60 * 24 * 3600, '2 months ago'],
    [400 * 24 * 3600, 'next year'],
    [-800 * 24 * 3600, '2 years ago'],
  ])('%d s from now is %s', (seconds, expected) => {
    expect(formatRelative(at(seconds), now, 'en-US')).toBe(expected);
  });

  it('rounds to whole seconds', () => {
    expect(formatRelative(new Date(now.getTime() - 400), now, 'en-US')).toBe('now');
    expect(formatRelative(new Date(now.getTime() + 1_600), now, 'en-US')).toBe('in 2 seconds');
  });

  it('uses the locale given', () => {
    expect(formatRelative(at(-3 * 24 * 3600), now, 'de-DE')).toBe('vor 3 Tagen');
  });
});

describe('formatPercent next to 100%', () => {
  it('does not round a balance just over the allowance down to "100%"', () => {
    expect(formatPercent(100.4, 'en-US')).toBe('100.4%');
    expect(formatPercent(100, 'en-US')).toBe('100%');
    expect(formatPercent(101, 'en-US')).toBe('101%');
  });
});

describe('formatPercent never crosses a state boundary by rounding', () => {
  it.each([
    [9.996, '9.996%'],
    [9.96, '9.96%'],
    [100.04, '100.04%'],
    [99.96, '99.96%'],
    [0.001, '0.001%'],
    [10, '10%'],
    [100, '100%'],
    [0, '0%'],
    [64, '64%'],
    [6.2, '6.2%'],
  ])('%d → %s', (value, text) => {
    expect(formatPercent(value, 'en-US')).toBe(text);
  });
});

describe('formatCount', () => {
  const users = { one: 'user', other: 'users' };
  it.each([
    [0, 'en-US', '0 users'],
    [1, 'en-US', '1 user'],
    [2, 'en-US', '2 users'],
    [10_000, 'en-US', '10,000 users'],
    [10_000, 'de-DE', '10.000 users'],
    [1, 'de-DE', '1 user'],
  ])('%i in %s → %s', (count, locale, text) => {
    expect(formatCount(count, users, locale)).toBe(text);
  });
});
