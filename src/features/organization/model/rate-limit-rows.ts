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

/** Chart height that gives every category a readable bar, however many the API reports. */
export function rateLimitChartHeight(rowCount: number): number {
  return Math.max(5, rowCount) * 40 + 36;
}
