import { memo, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts';
import { formatCompact, formatInteger } from '@/lib/format';
import { axisTicks, type RateLimitRow } from '../model/rate-limit-rows';

interface ChartRow extends RateLimitRow {
  /** recharts draws no bar for null: a missing limit is never drawn as 0. */
  value: number | null;
  valueText: string;
}

function RateLimitTooltip({ active, payload }: TooltipContentProps) {
  const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
  if (!row) return null;
  return (
    <div className="max-w-72 rounded-lg border border-line bg-surface p-3 text-sm shadow-lg">
      <p className="font-semibold">
        {row.label}: {row.valueText}
      </p>
      {row.info ? (
        <>
          <p className="mt-1 text-ink-muted">{row.info.meaning}.</p>
          <p className="mt-1">{row.info.creditCost}.</p>
        </>
      ) : (
        <p className="mt-1 text-ink-muted">A category the API reports beyond the five documented ones.</p>
      )}
    </div>
  );
}

const NOT_REPORTED = 'not reported';

/** "200 / min" just past the end of the bar, on one line (recharts' own label would wrap it). */
function BarValueLabel({ x, y, width, height, value }: LabelProps) {
  const right = Number(x ?? 0) + Number(width ?? 0);
  const middle = Number(y ?? 0) + Number(height ?? 0) / 2;
  const missing = value === NOT_REPORTED;
  return (
    <text
      x={right + 6}
      y={middle}
      dominantBaseline="central"
      className="rate-limit-label"
      fill={missing ? 'var(--ink-muted)' : 'var(--ink)'}
      fontSize={12}
      fontStyle={missing ? 'italic' : undefined}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {String(value ?? '')}
    </text>
  );
}

/** Horizontal bars, category names on the left, "200 / min" at the end of each bar. */
function RateLimitChart({
  rows,
  width,
  height,
  animate,
}: {
  rows: RateLimitRow[];
  width: number;
  height: number;
  animate: boolean;
}) {
  const data = useMemo(
    (): ChartRow[] =>
      rows.map((row) => ({
        ...row,
        // A zero-length bar keeps the row's label, which says "not reported" (never 0).
        value: row.perMinute ?? 0,
        valueText: row.perMinute === null ? NOT_REPORTED : `${formatInteger(row.perMinute)} / min`,
      })),
    [rows],
  );
  const ticks = useMemo(() => axisTicks(Math.max(...rows.map((r) => r.perMinute ?? 0))), [rows]);
  const narrow = width < 480; // phones: less room for names and values, more for bars
  return (
    <BarChart
      accessibilityLayer={false}
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 4, right: narrow ? 76 : 96, bottom: 4, left: 0 }}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        tickFormatter={(v: number) => formatCompact(v)}
        tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
        stroke="var(--line)"
      />
      <YAxis
        type="category"
        dataKey="label"
        width={narrow ? 76 : 96}
        tick={{ fill: 'var(--ink)', fontSize: narrow ? 12 : 13 }}
        stroke="var(--line)"
        interval={0}
      />
      <Tooltip content={RateLimitTooltip} cursor={{ fill: 'var(--surface-muted)' }} isAnimationActive={false} />
      <Bar dataKey="value" fill="var(--chart-bar)" radius={[0, 4, 4, 0]} isAnimationActive={animate} maxBarSize={24}>
        <LabelList dataKey="valueText" content={BarValueLabel} />
      </Bar>
    </BarChart>
  );
}

// Memoised: recharts replays its animation (hiding value labels meanwhile) whenever a
// chart re-renders with new prop objects, e.g. when an export stamps its capture time.
export default memo(RateLimitChart);
