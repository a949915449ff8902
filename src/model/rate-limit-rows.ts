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

/** "gpu_batch" → "Gpu batch": readable, and still recognisably the API's own name. */
function extraCategoryLabel(category: string): string {
  const words = category.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toLocaleUpperCase() + words.slice(1) : category || '(unnamed)';
}

export const NOT_REPORTED = 'not reported';

/** A limit as it is written at the end of its bar: "200 / min", or "not reported". */
export function perMinuteText(perMinute: number | null): string {
  return perMinute === null ? NOT_REPORTED : `${formatInteger(perMinute)} / min`;
}
