import { YEAR_MONTH } from '@/lib/field-reader';

/**
 * Billing months as the API names them, `YYYY-MM`, counted in UTC: the API's months are
 * calendar months in UTC, so a reader in another time zone must not shift them.
 */
export type BillingMonth = string;

/** The year and month (1–12) of a `YYYY-MM` string, or null when it is not one. */
export function parseBillingMonth(text: string): { year: number; month: number } | null {
  const match = YEAR_MONTH.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

function format(year: number, month: number): BillingMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The billing month an instant falls in, in UTC. */
export function billingMonthOf(instant: Date): BillingMonth {
  return format(instant.getUTCFullYear(), instant.getUTCMonth() + 1);
}

/** A billing month moved by whole months: ("2026-01", -1) → "2025-12". */
export function shiftBillingMonth(month: BillingMonth, by: number): BillingMonth {
  const parsed = parseBillingMonth(month);
  if (!parsed || !Number.isInteger(by)) throw new RangeError(`Not a billing month and a whole shift: ${month}, ${by}`);
  const index = parsed.year * 12 + (parsed.month - 1) + by;
  return format(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/** The last `count` billing months up to the one `now` falls in, the current one first. */
export function lastBillingMonths(now: Date, count = 12): BillingMonth[] {
  const current = billingMonthOf(now);
  return Array.from({ length: count }, (_, i) => shiftBillingMonth(current, -i));
}

/** The first instant of a billing month (00:00 UTC on the 1st). */
export function billingMonthStart(month: BillingMonth): Date {
  const parsed = parseBillingMonth(month);
  if (!parsed) throw new RangeError(`Not a billing month: ${month}`);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  date.setUTCFullYear(parsed.year, parsed.month - 1, 1);
  return date;
}

const labelFormats = new Map<string, Intl.DateTimeFormat>();

/** "November 2026" (en-US), "November 2026" (de-DE), "2026年11月" (ja-JP): the month named in the locale. */
export function billingMonthLabel(month: BillingMonth, locale?: string): string {
  const id = locale ?? '';
  let labelFormat = labelFormats.get(id);
  if (!labelFormat) {
    // In UTC: the 1st at midnight UTC is still the previous month west of Greenwich.
    labelFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    labelFormats.set(id, labelFormat);
  }
  return labelFormat.format(billingMonthStart(month));
}
