/**
 * Money as the billing cards show it, always in USD (the only currency the API reports).
 * Integer cents are formatted exactly: they become a decimal string ("23.45") that Intl
 * formats as written, so no amount ever goes through a float division, however large.
 */
type Locale = string | undefined;

const formats = new Map<string, Intl.NumberFormat>();
function usdFormat(locale: Locale, fractionDigits: { min: number; max: number }): Intl.NumberFormat {
  const id = `${locale ?? ''}|${fractionDigits.min}|${fractionDigits.max}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: fractionDigits.min,
      maximumFractionDigits: fractionDigits.max,
    });
    formats.set(id, format);
  }
  return format;
}
const CENTS = { min: 2, max: 2 };

function toBigInt(cents: number | bigint): bigint {
  if (typeof cents === 'bigint') return cents;
  if (!Number.isInteger(cents)) throw new RangeError(`Cents must be a whole number, got ${cents}`);
  // Exact for any integer-valued double, including those beyond 2^53.
  return BigInt(cents);
}

/** Whole cents as an exact decimal string of dollars: 2345 → "23.45", -5 → "-0.05", 0 → "0.00". */
export function centsToDecimal(cents: number | bigint): `${number}` {
  const value = toBigInt(cents);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` as `${number}`;
}

/** Whole cents in the locale's currency format: 2345 → "$23.45" (en-US), "23,45 $" (de-DE). */
export function formatCents(cents: number | bigint, locale?: Locale): string {
  return usdFormat(locale, CENTS).format(centsToDecimal(cents));
}

/**
 * A USD amount the API gives as a float (estimated_cost_usd), to the cent. An amount that is
 * not zero but under a cent reads "<$0.01" rather than "$0.00", which would say it is free.
 */
export function formatUsd(amount: number, locale?: Locale): string {
  if (!Number.isFinite(amount)) return String(amount);
  const format = usdFormat(locale, CENTS);
  if (amount !== 0 && Math.abs(amount) < 0.01)
    return `${amount < 0 ? '>' : '<'}${format.format(amount < 0 ? -0.01 : 0.01)}`;
  // The shortest decimal that reads back as this float, as the API wrote it (1.005 stays 1.005).
  return format.format(String(amount + 0) as `${number}`);
}

/** The price of one credit with every significant digit up to 8 decimals: 0.001 → "$0.001 per credit". */
export function formatCreditRate(rate: number, locale?: Locale): string {
  const price = Number.isFinite(rate)
    ? usdFormat(locale, { min: 2, max: 8 }).format(String(rate + 0) as `${number}`)
    : String(rate);
  return `${price} per credit`;
}

/**
 * A USD float as whole cents, half a cent rounded away from zero: the fallback where the API
 * gives no cents. The product is first cut to 15 significant digits, so float noise
 * (1.005 × 100 = 100.49999999999999) does not decide the rounding.
 */
export function usdToCents(usd: number): number {
  if (!Number.isFinite(usd)) throw new RangeError(`Not an amount: ${usd}`);
  const cents = Math.round(Number((Math.abs(usd) * 100).toPrecision(15)));
  return (usd < 0 ? -cents : cents) + 0;
}
