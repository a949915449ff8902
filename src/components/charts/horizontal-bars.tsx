import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { Tooltip, TooltipLayer } from '@/components/ui/tooltip';
import { axisTicks } from '@/lib/chart-scale';
import { formatCompact } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';

/** One bar: its label on the left, its value (null: not reported, no bar) and the text at its end. */
export interface BarRow {
  key: string;
  label: string;
  value: number | null;
  valueText: string;
  /** What a tooltip on this bar explains; none: no tooltip. */
  tooltip?: ReactNode;
}

const PAD = 4;
const AXIS_HEIGHT = 24;
/** About the width of one character of the 12–13 px labels, to size the columns from the text alone. */
const CHAR = 7;
const MIN_COLUMN = 76;

/**
 * Bands over the bars, one per row, that show the row's tooltip on hover and on keyboard
 * focus (one Tab stop; the arrow keys move between rows). Only once the tooltip code is here.
 */
function TooltipBands({
  rows,
  band,
  label,
  barEnd,
}: {
  rows: readonly BarRow[];
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
    <div role="group" aria-label={label} className="absolute inset-x-0" style={{ top: PAD }}>
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

/**
 * Horizontal bars, names on the left, each value written at the end of its bar, on a round
 * axis. Plain HTML sized by CSS alone: it draws the same before any script runs (a
 * prerendered page) as in the app, at any width, with no chart library on the headline
 * path (see docs/performance.md for what that saved).
 */
export function HorizontalBars({
  rows,
  height,
  label,
  testId,
}: {
  rows: readonly BarRow[];
  height: number;
  /** Names the group of tooltip bands for assistive technology. */
  label: string;
  testId?: string;
}) {
  const ticks = useMemo(() => axisTicks(Math.max(...rows.map((r) => r.value ?? 0))), [rows]);
  const scaleTop = ticks.at(-1)!;
  const labelColumn = Math.max(MIN_COLUMN, Math.max(...rows.map((r) => r.label.length)) * CHAR + 12);
  const valueRoom = Math.max(MIN_COLUMN, Math.max(...rows.map((r) => r.valueText.length)) * CHAR + 12);
  const band = (height - PAD * 2 - AXIS_HEIGHT) / Math.max(1, rows.length);
  // A share of the plot's width that leaves room for the longest value text after the bar.
  const at = (share: number) => `calc((100% - ${valueRoom}px) * ${Number(share.toFixed(5))})`;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const barEnd = (row: BarRow) => {
    const left = Math.min(labelColumn, width / 3);
    return left + ((row.value ?? 0) / scaleTop) * (width - left - valueRoom);
  };
  const style = { height, '--label-column': `clamp(${MIN_COLUMN}px, ${labelColumn}px, 33%)` } as CSSProperties;
  return (
    <div ref={ref} className="horizontal-bars relative text-xs" style={style} data-testid={testId}>
      <div aria-hidden className="flex h-full">
        <div className="shrink-0" style={{ width: 'var(--label-column)', paddingTop: PAD }}>
          {rows.map((row) => (
            <div
              key={row.key}
              className="chart-category-label truncate pr-2 text-right text-[13px] text-ink"
              style={{ height: band, lineHeight: `${band}px` }}
              title={row.label}
            >
              {row.label}
            </div>
          ))}
        </div>
        <div className="relative min-w-0 flex-1">
          <div className="absolute inset-x-0 top-0 border-b border-l border-line" style={{ bottom: AXIS_HEIGHT }}>
            {ticks.map((tick) => (
              <span
                key={tick}
                className="absolute inset-y-0 w-px bg-[var(--chart-grid)]"
                style={{ left: at(tick / scaleTop) }}
              />
            ))}
          </div>
          <div className="relative" style={{ paddingTop: PAD }}>
            {rows.map((row) => (
              <div key={row.key} className="flex items-center" style={{ height: band }}>
                {row.value !== null && row.value > 0 ? (
                  <span
                    className="chart-bar shrink-0 rounded-r bg-chart-bar"
                    style={{ width: at(row.value / scaleTop), height: Math.min(24, band * 0.7) }}
                  />
                ) : null}
                <span
                  className={`chart-value-label tabular ml-1.5 whitespace-nowrap ${
                    row.value === null ? 'italic text-ink-muted' : 'text-ink'
                  }`}
                >
                  {row.valueText}
                </span>
              </div>
            ))}
          </div>
          <div className="absolute inset-x-0 bottom-0" style={{ height: AXIS_HEIGHT }}>
            {ticks.map((tick) => (
              <span
                key={tick}
                className="chart-axis-tick tabular absolute top-1 -translate-x-1/2 text-ink-muted"
                style={{ left: at(tick / scaleTop) }}
              >
                {formatCompact(tick)}
              </span>
            ))}
          </div>
        </div>
      </div>
      {rows.some((row) => row.tooltip) ? (
        <TooltipLayer>
          <TooltipBands rows={rows} band={band} label={label} barEnd={barEnd} />
        </TooltipLayer>
      ) : null}
    </div>
  );
}
