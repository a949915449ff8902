import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import { axisTicks } from '@/lib/chart-scale';
import { formatCompact } from '@/lib/format';

export interface MonthBar {
  key: string;
  /** Short label under the bar ("Nov"). */
  label: string;
  /** null: no figure for the month (no bar, never a 0). */
  value: number | null;
}

interface MonthlyBarsProps {
  months: readonly MonthBar[];
  /** A horizontal line at this value (the tier allowance), named by `referenceLabel`. */
  reference: number | null;
  referenceLabel: string;
  width: number;
  height: number;
  animate: boolean;
}

/** Monthly totals as vertical bars, oldest on the left, with a reference line across. */
const NAMED_REFERENCE_MIN_WIDTH = 480;

function MonthlyBars({ months, reference, referenceLabel, width, height, animate }: MonthlyBarsProps) {
  const data = useMemo(() => months.map((m) => ({ ...m, drawn: m.value ?? 0 })), [months]);
  const ticks = useMemo(
    () => axisTicks(Math.max(reference ?? 0, ...months.map((m) => m.value ?? 0))),
    [months, reference],
  );
  return (
    <BarChart
      accessibilityLayer={false}
      width={width}
      height={height}
      data={data}
      margin={{ top: 16, right: 8, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis dataKey="label" interval={0} tick={{ fill: 'var(--ink-muted)', fontSize: 11 }} stroke="var(--line)" />
      <YAxis
        width={48}
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        tickFormatter={(v: number) => formatCompact(v)}
        tick={{ fill: 'var(--ink-muted)', fontSize: 11 }}
        stroke="var(--line)"
      />
      <Bar dataKey="drawn" fill="var(--chart-bar)" radius={[3, 3, 0, 0]} isAnimationActive={animate} maxBarSize={32} />
      {reference !== null ? (
        <ReferenceLine
          y={reference}
          stroke="var(--chart-over)"
          strokeDasharray="4 3"
          strokeWidth={2}
          // On a narrow chart the label would sit over the bars; the card's line below names it.
          label={
            width >= NAMED_REFERENCE_MIN_WIDTH
              ? { value: referenceLabel, position: 'insideTopRight', fill: 'var(--ink)', fontSize: 11 }
              : undefined
          }
          className="chart-reference"
        />
      ) : null}
    </BarChart>
  );
}

export default memo(MonthlyBars);
