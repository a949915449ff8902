/** One entry of a month's usage breakdown (an operation or an extractor) with its share. */
export interface BreakdownShare {
  name: string;
  credits: number;
  /** Share of the month's total, in percent; null without a total. */
  percent: number | null;
}

/**
 * The entries largest first (ties by name), each with its share of the month's total: the
 * total the API reports, else the entries' sum.
 */
export function breakdownShares(entries: ReadonlyMap<string, number> | null, total: number | null): BreakdownShare[] {
  if (!entries) return [];
  const sum = total ?? [...entries.values()].reduce((a, b) => a + b, 0);
  return [...entries]
    .map(([name, credits]) => ({ name, credits, percent: sum > 0 ? (credits / sum) * 100 : null }))
    .sort((a, b) => b.credits - a.credits || a.name.localeCompare(b.name));
}
