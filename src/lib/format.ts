/**
 * Number and date formatting through Intl, in the browser's locale unless one is given.
 * Every displayed number goes through here so locales and edge values behave the same.
 */
type Locale = string | undefined;

// Building an Intl formatter costs far more than using one (a users table formats thousands of
// dates), so each locale and option set is built once.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string,
  locale: Locale,
  options: object,
  build: () => F,
): F {
  const id = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(id) as F | undefined;
  if (!format) {
    format = build();
    cache.set(id, format);
  }
  return format;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
const dateTimeFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** Whole number with the locale's grouping ("250,000"; "250.000" in de-DE). */
export function formatInteger(value: number, locale?: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Shares of the allowance where a state changes (low under 10%, above the allowance over 100%). */
const PERCENT_BOUNDARIES = [0, 10, 100];

/**
 * A percentage given in percent units (250 → "250%"). One decimal below 10%, and more
 * digits (up to 3) wherever rounding would land on a boundary the value is not on: 9.996%
 * never reads "10%", 100.04% never reads "100%", 0.001% never reads "0%".
 */
export function formatPercent(percent: number, locale?: Locale): string {
  if (!Number.isFinite(percent)) return percent > 0 ? '∞%' : '−∞%';
  const abs = Math.abs(percent);
  let digits = abs < 10 ? 1 : 0;
  const rounded = (d: number) => Math.round(abs * 10 ** d) / 10 ** d;
  while (digits < 3 && PERCENT_BOUNDARIES.some((b) => rounded(digits) === b && abs !== b)) digits++;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(percent / 100);
}

/** Short axis labels: 1.2K, 1M. */
export function formatCompact(value: number, locale?: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Absolute date and time with the time zone named ("Nov 20, 2026, 2:32 PM UTC"). */
export function formatDateTime(date: Date, locale?: Locale, timeZone?: string): string {
  const dateTime = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  // dateStyle cannot be combined with timeZoneName, so the zone is formatted on its own.
  return `${dateTime} ${timeZoneName(date, locale, timeZone)}`;
}

function timeZoneName(date: Date, locale: Locale, timeZone: string | undefined): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone ?? '';
}

/** Clock time with its zone, for "stale since 14:32 UTC". */
export function formatTime(date: Date, locale?: Locale, timeZone?: string): string {
  return `${dateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date)} ${timeZoneName(date, locale, timeZone)}`;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "now": the largest unit that fits. */
export function formatRelative(date: Date, now: Date, locale?: Locale): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = cached(
    'relative',
    locale,
    { numeric: 'auto' },
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** A duration in words for messages: "15 seconds", "1 second", "0.5 seconds" (English, as the messages are). */
export function formatSeconds(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(1));
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The interface is in English: its plural forms come from English rules, its numbers from the locale. */
const englishPlurals = new Intl.PluralRules('en');

/** "1 user", "10,000 users": a count with its noun in the right number. */
export function formatCount(count: number, noun: { one: string; other: string }, locale?: Locale): string {
  const form = englishPlurals.select(count) === 'one' ? noun.one : noun.other;
  return `${formatInteger(count, locale)} ${form}`;
}

/** A calendar day ("Dec 1, 2026"), in the given time zone (billing periods are UTC days). */
export function formatDate(date: Date, locale?: Locale, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
}
