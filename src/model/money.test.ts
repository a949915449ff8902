import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToDecimal, formatCents, formatCreditRate, formatUsd, usdToCents } from './money';

const NBSP = '\u00a0';

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [99, '0.99'],
    [100, '1.00'],
    [2345, '23.45'],
    [-5, '-0.05'],
    [-2345, '-23.45'],
    [-0, '0.00'],
    [10 ** 15, '10000000000000.00'],
    [2 ** 53, '90071992547409.92'],
    [2 ** 53 + 2, '90071992547409.94'],
    [2 ** 70, '11805916207174113034.24'],
    [12345678901234567890123n, '123456789012345678901.23'],
    [-1n, '-0.01'],
  ])('%s cents → %s', (cents, decimal) => {
    expect(centsToDecimal(cents)).toBe(decimal);
  });

  it.each([0.5, 23.45, Number.NaN, Infinity, -Infinity])(
    'refuses %s, which is not a whole number of cents',
    (cents) => {
      expect(() => centsToDecimal(cents)).toThrow(RangeError);
    },
  );

  it('is exact for every integer, as BigInt arithmetic says (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (cents) => {
        const [whole, fraction] = centsToDecimal(cents).replace('-', '').split('.');
        const abs = cents < 0n ? -cents : cents;
        expect(BigInt(whole!) * 100n + BigInt(fraction!)).toBe(abs);
        expect(fraction).toHaveLength(2);
        expect(centsToDecimal(cents).startsWith('-')).toBe(cents < 0n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatCents', () => {
  it.each([
    ['en-US', 2345, '$23.45'],
    ['de-DE', 2345, `23,45${NBSP}$`],
    ['ja-JP', 2345, '$23.45'],
    ['en-US', 0, '$0.00'],
    ['en-US', 1, '$0.01'],
    ['en-US', 99, '$0.99'],
    ['en-US', -2345, '-$23.45'],
    ['de-DE', -2345, `-23,45${NBSP}$`],
    ['en-US', 10 ** 15, '$10,000,000,000,000.00'],
    ['de-DE', 10 ** 15, `10.000.000.000.000,00${NBSP}$`],
    ['en-US', 2 ** 53 + 2, '$90,071,992,547,409.94'],
    ['en-US', 2 ** 70, '$11,805,916,207,174,113,034.24'],
    ['ja-JP', 12345678901234567890123n, '$123,456,789,012,345,678,901.23'],
  ] as const)('%s: %s cents → %s', (locale, cents, text) => {
    expect(formatCents(cents, locale)).toBe(text);
  });

  it('never prints -0', () => {
    expect(formatCents(-0, 'en-US')).toBe('$0.00');
  });

  it('agrees with Intl on the float for amounts a float holds exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 12), max: 10 ** 12 }),
        fc.constantFrom('en-US', 'de-DE', 'ja-JP'),
        (cents, locale) => {
          const viaFloat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100);
          expect(formatCents(cents, locale)).toBe(viaFloat);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatUsd', () => {
  it.each([
    [23.45, '$23.45'],
    [234.5, '$234.50'],
    [0, '$0.00'],
    [0.01, '$0.01'],
    [0.005, '<$0.01'],
    [0.0001, '<$0.01'],
    [0.00999, '<$0.01'],
    [-0.004, '>-$0.01'],
    [1.005, '$1.01'],
    [2.675, '$2.68'],
    [1234567.891, '$1,234,567.89'],
    [-0, '$0.00'],
    [1e21, '$1,000,000,000,000,000,000,000.00'],
  ])('%s → %s (en-US)', (amount, text) => {
    expect(formatUsd(amount, 'en-US')).toBe(text);
  });

  it('follows the locale, the under-a-cent rule included', () => {
    expect(formatUsd(23.45, 'de-DE')).toBe(`23,45${NBSP}$`);
    expect(formatUsd(0.004, 'de-DE')).toBe(`<0,01${NBSP}$`);
    expect(formatUsd(23.45, 'ja-JP')).toBe('$23.45');
  });

  it('prints a non-finite value as it is rather than a price', () => {
    expect(formatUsd(Number.NaN, 'en-US')).toBe('NaN');
  });

  it('never reads $0.00 for an amount that is not zero (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (amount) => {
        const text = formatUsd(amount, 'en-US');
        if (amount !== 0) expect(text).not.toMatch(/^-?\$0\.00$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatCreditRate', () => {
  it.each([
    [0.001, 'en-US', '$0.001 per credit'],
    [0.001, 'de-DE', `0,001${NBSP}$ per credit`],
    [0.0015, 'en-US', '$0.0015 per credit'],
    [0.00000125, 'en-US', '$0.00000125 per credit'],
    [0.01, 'en-US', '$0.01 per credit'],
    [1, 'en-US', '$1.00 per credit'],
    [0, 'en-US', '$0.00 per credit'],
  ] as const)('%s (%s) → %s', (rate, locale, text) => {
    expect(formatCreditRate(rate, locale)).toBe(text);
  });
});

describe('usdToCents', () => {
  it.each([
    [23.45, 2345],
    [234.5, 23450],
    [0.29, 29],
    [1.005, 101],
    [-1.005, -101],
    [0.004, 0],
    [-0.004, 0],
    [1000, 100000],
  ])('%s → %s', (usd, cents) => {
    expect(usdToCents(usd)).toBe(cents);
    expect(Object.is(usdToCents(usd), -0)).toBe(false);
  });

  it('reads back centsToDecimal exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (cents) => {
        expect(usdToCents(Number(centsToDecimal(cents)))).toBe(cents + 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a non-finite amount', () => {
    expect(() => usdToCents(Infinity)).toThrow(RangeError);
  });
});
