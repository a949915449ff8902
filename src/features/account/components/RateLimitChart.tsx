import { memo, useCallback, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  XAxis,
  YAxis,
  type BarRectangleItem,
  type LabelProps,
} from 'recharts';
import { formatCompact } from '@/lib/format';
import { axisTicks, NOT_REPORTED, perMinuteText, type RateLimitRow } from '@/model/rate-limit-rows';

interface ChartRow extends RateLimitRow {
  /** recharts draws no bar for null: a missing limit is never drawn as 0. */
  value: number | null;
  valueText: string;
}

interface Hover {
  row: ChartRow;
  /** Where the bar ends, in the chart's coordinates. */
  x: number;
  y: number;
}

/**
 * The category's meaning and credit cost, beside the hovered bar. Our own small overlay
 * rather than recharts' Tooltip, which cost 6 KB gzip of the all-JS budget.
 */
function RateLimitTooltip({ hover, width }: { hover: Hover; width: number }) {
  const { row } = hover;
  // Past the bar's value label, so the number stays readable; kept inside the chart.
  const left = Math.min(hover.x + 96, Math.max(0, width - 288));
  return (
    <div
      role="tooltip"
      data-testid="rate-limit-tooltip"
      style={{ left, top: hover.y }}
      className="pointer-events-none absolute z-10 w-72 rounded-lg border border-line bg-surface p-3 text-sm shadow-lg"
    >
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
        valueText: perMinuteText(row.perMinute),
      })),
    [rows],
  );
  const ticks = useMemo(() => axisTicks(Math.max(...rows.map((r) => r.perMinute ?? 0))), [rows]);
  const narrow = width < 480; // phones: less room for names and values, more for bars
  const [hover, setHover] = useState<Hover | null>(null);
  const onEnter = useCallback((bar: BarRectangleItem) => {
    const row = bar.payload as ChartRow;
    setHover({ row, x: Number(bar.x ?? 0) + Number(bar.width ?? 0), y: Number(bar.y ?? 0) });
  }, []);
  const onLeave = useCallback(() => setHover(null), []);

  // The chart element is memoised apart from the hover state: re-rendering recharts with new
  // prop objects replays its animation and hides the value labels meanwhile.
  const chart = useMemo(
    () => (
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
        <Bar
          dataKey="value"
          fill="var(--chart-bar)"
          radius={[0, 4, 4, 0]}
          isAnimationActive={animate}
          maxBarSize={24}
          onMouseEnter={onEnter}
          onMouseLeave={onLeave}
        >
          <LabelList dataKey="valueText" content={BarValueLabel} />
        </Bar>
      </BarChart>
    ),
    [data, width, height, narrow, ticks, animate, onEnter, onLeave],
  );

  return (
    <div className="relative">
      {chart}
      {hover ? <RateLimitTooltip hover={hover} width={width} /> : null}
    </div>
  );
}

// Memoised: recharts replays its animation (hiding value labels meanwhile) whenever a
// chart re-renders with new prop objects, e.g. when an export stamps its capture time.
export default memo(RateLimitChart);
