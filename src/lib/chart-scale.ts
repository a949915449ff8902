/** Height of a horizontal bar chart that gives every row a readable bar, however many there are. */
export function barChartHeight(rowCount: number): number {
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
