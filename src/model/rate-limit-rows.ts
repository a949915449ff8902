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

/** Chart height that gives every category a readable bar, however many the API reports. */
export const NOT_REPORTED = 'not reported';

/** A limit as it is written at the end of its bar: "200 / min", or "not reported". */
export function perMinuteText(perMinute: number | null): string {
  return perMinute === null ? NOT_REPORTED : `${formatInteger(perMinute)} / min`;
}

export function rateLimitChartHeight(rowCount: number): number {
  return Math.max(5, rowCount) * 36 + 32;
}

/**
 * Round axis ticks from 0 to at least `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ, at most about
 * five ticks (0, 2K, 4K, 6K rather than 0, 1.3K, 2.5K, 3.8K, 5K).
 */
export function axisTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough)!;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
