import { formatInteger } from '@/lib/format';
import type { RateLimit } from './organization';
import { RATE_LIMIT_CATEGORIES, type RateLimitCategory } from './rate-limit-categories';

export interface RateLimitRow {
  category: string;
  label: string;
  perMinute: number | null;
  /** The contract's explanation; null for categories the contract does not describe. */
  info: RateLimitCategory | null;
}

/** Rows for the chart and table: contract order first (the parser keeps it), extra categories after. */
export function rateLimitRows(limits: RateLimit[]): RateLimitRow[] {
  return limits.map(({ category, perMinute }) => {
    const info = RATE_LIMIT_CATEGORIES.find((c) => c.id === category) ?? null;
    return { category, label: info?.label ?? extraCategoryLabel(category), perMinute, info };
  });
}

/**
 * "gpu_batch" → "Gpu batch": readable, and still recognisably the API's own name. Only
 * separators between letters become spaces: "__proto__" stays "__proto__".
 */
function extraCategoryLabel(category: string): string {
  const words = category.replace(/(?<=[\p{L}\p{N}])[_-]+(?=[\p{L}\p{N}])/gu, ' ').trim();
  return words ? words[0]!.toLocaleUpperCase() + words.slice(1) : category || '(unnamed)';
}

const NOT_REPORTED = 'not reported';

/** A limit as it is written at the end of its bar: "200 / min", or "not reported". */
export function perMinuteText(perMinute: number | null): string {
  return perMinute === null ? NOT_REPORTED : `${formatInteger(perMinute)} / min`;
}

/** The chart draws the documented categories and at most this many others; the table lists all. */
const CHART_EXTRA_CATEGORIES = 15;

/**
 * The rows the chart draws: the documented five always, then the largest of the other
 * categories (thousands may come), in their order; and how many were left for the table.
 */
export function chartRows(rows: readonly RateLimitRow[]): { shown: RateLimitRow[]; hidden: number } {
  const documented = rows.filter((r) => r.info !== null);
  const extra = rows.filter((r) => r.info === null);
  if (extra.length <= CHART_EXTRA_CATEGORIES) return { shown: [...rows], hidden: 0 };
  const largest = new Set(
    [...extra].sort((a, b) => (b.perMinute ?? -1) - (a.perMinute ?? -1)).slice(0, CHART_EXTRA_CATEGORIES),
  );
  return { shown: [...documented, ...extra.filter((r) => largest.has(r))], hidden: extra.length - largest.size };
}
