import { memo, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis, type LabelProps } from 'recharts';
import { Tooltip, TooltipLayer } from '@/components/ui/tooltip';
import { axisTicks } from '@/lib/chart-scale';
import { formatCompact } from '@/lib/format';

/** One bar: its label on the left, its value (null: not reported, no bar) and the text at its end. */
export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  valueText: string;
  /** What a tooltip on this bar explains; none: no tooltip. */
  tooltip?: ReactNode;
}

const MARGIN = { top: 4, bottom: 4 };
const X_AXIS_HEIGHT = 24;

/** The row's value text just past the end of its bar, on one line (recharts' own label would wrap it). */
function BarValueLabel({ x, y, width, height, value, index, rows }: LabelProps & { rows: readonly BarRow[] }) {
  const right = Number(x ?? 0) + Number(width ?? 0);
  const middle = Number(y ?? 0) + Number(height ?? 0) / 2;
  const missing = rows[Number(index)]?.value === null;
  return (
    <text
      x={right + 6}
      y={middle}
      dominantBaseline="central"
      className="chart-value-label"
      fill={missing ? 'var(--ink-muted)' : 'var(--ink)'}
      fontSize={12}
      fontStyle={missing ? 'italic' : undefined}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {String(value ?? '')}
    </text>
  );
}

/**
 * Bands over the bars, one per row, that show the row's tooltip on hover and on keyboard
 * focus (one Tab stop; the arrow keys move between rows). Only once the tooltip code is here.
 */
function TooltipBands({
  rows,
  top,
  band,
  label,
  barEnd,
}: {
  rows: readonly BarRow[];
  top: number;
  band: number;
  label: string;
  /** Where a row's bar ends, in px from the left: its tooltip begins there. */
  barEnd: (row: BarRow) => number;
}) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? rows.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const clamped = Math.max(0, Math.min(rows.length - 1, next));
    setActive(clamped);
    refs.current[clamped]?.focus();
  };
  return (
    <div role="group" aria-label={label} className="absolute inset-x-0" style={{ top }}>
      {rows.map((row, index) =>
        row.tooltip ? (
          <Tooltip key={row.key} content={row.tooltip} testId="chart-tooltip" offset={barEnd(row)}>
            <button
              ref={(node) => {
                refs.current[index] = node;
              }}
              type="button"
              tabIndex={index === active ? 0 : -1}
              aria-label={`${row.label}: ${row.valueText}`}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => move(event, index)}
              className="block w-full rounded-sm hover:bg-[color-mix(in_srgb,var(--ink)_5%,transparent)] focus-visible:bg-[color-mix(in_srgb,var(--ink)_5%,transparent)]"
              style={{ height: band }}
            />
          </Tooltip>
        ) : (
          <div key={row.key} style={{ height: band }} />
        ),
      )}
    </div>
  );
}

interface BarRowsProps {
  rows: readonly BarRow[];
  width: number;
  height: number;
  animate: boolean;
  /** Names the group of tooltip bands for assistive technology. */
  label: string;
}

/** Horizontal bars, names on the left, each value written at the end of its bar. */
function BarRows({ rows, width, height, animate, label }: BarRowsProps) {
  // A zero-length bar keeps the row's label, which says "not reported" (never 0).
  const data = useMemo(() => rows.map((row) => ({ ...row, drawn: row.value ?? 0 })), [rows]);
  const ticks = useMemo(() => axisTicks(Math.max(...rows.map((r) => r.value ?? 0))), [rows]);
  const narrow = width < 480; // phones: less room for names and values, more for bars
  // Room for the longest name (about 7 px a character), within a third of the width; longer names are cut short.
  const longest = Math.max(...rows.map((r) => r.label.length));
  const axisWidth = Math.round(Math.max(narrow ? 76 : 96, Math.min(longest * 7 + 12, width / 3)));
  const maxChars = Math.floor((axisWidth - 12) / 7);
  const rightMargin = Math.round(
    Math.max(narrow ? 76 : 96, Math.min(Math.max(...rows.map((r) => r.valueText.length)) * 7 + 12, width / 3)),
  );
  const band = (height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT) / Math.max(1, rows.length);
  const barEnd = (row: BarRow) => axisWidth + ((row.value ?? 0) / ticks.at(-1)!) * (width - axisWidth - rightMargin);
  const withTooltips = rows.some((row) => row.tooltip);
  // The chart element is memoised apart from any hover state: re-rendering recharts with new
  // prop objects replays its animation and hides the value labels meanwhile.
  const chart = useMemo(
    () => (
      <BarChart
        accessibilityLayer={false}
        width={width}
        height={height}
        data={data}
        layout="vertical"
        margin={{ ...MARGIN, right: rightMargin, left: 0 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          height={X_AXIS_HEIGHT}
          domain={[0, ticks.at(-1)!]}
          ticks={ticks}
          tickFormatter={(v: number) => formatCompact(v)}
          tick={{ fill: 'var(--ink-muted)', fontSize: 12 }}
          stroke="var(--line)"
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tickFormatter={(label: string) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label)}
          tick={{ fill: 'var(--ink)', fontSize: narrow ? 12 : 13 }}
          stroke="var(--line)"
          interval={0}
        />
        <Bar dataKey="drawn" fill="var(--chart-bar)" radius={[0, 4, 4, 0]} isAnimationActive={animate} maxBarSize={24}>
          <LabelList dataKey="valueText" content={(props) => <BarValueLabel {...props} rows={rows} />} />
        </Bar>
      </BarChart>
    ),
    [data, rows, width, height, narrow, ticks, animate, axisWidth, rightMargin, maxChars],
  );
  return (
    <div className="relative">
      <div aria-hidden>{chart}</div>
      {withTooltips ? (
        <TooltipLayer>
          <TooltipBands rows={rows} top={MARGIN.top} band={band} label={label} barEnd={barEnd} />
        </TooltipLayer>
      ) : null}
    </div>
  );
}

// Memoised: recharts replays its animation whenever a chart re-renders with new prop objects.
export default memo(BarRows);
