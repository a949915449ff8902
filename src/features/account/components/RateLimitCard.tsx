import { useMemo, useState } from 'react';
import type { BarRow } from '@/components/charts/BarRows';
import { ChartSlot } from '@/components/charts/chart-slot';
import { NotReported } from '@/components/NotReported';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { barChartHeight } from '@/lib/chart-scale';
import { formatInteger } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { usePrefersReducedMotion, usePrinting } from '@/lib/use-media-query';
import type { RateLimit } from '@/model/organization';
import { chartRows, perMinuteText, rateLimitRows, type RateLimitRow } from '@/model/rate-limit-rows';
import { CARD_TEXT } from './layout';
import { ViewToggle } from '@/components/ui/view-toggle';

/**
 * The bars as plain HTML, until the chart's frame has been measured: that is, in a
 * prerendered page, where every figure is readable before (or without) any script. In the
 * running app the frame is measured before its first paint, so the chart takes this place.
 */
function PlainBars({ rows }: { rows: RateLimitRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.perMinute ?? 0));
  return (
    <ul className="space-y-2 pt-1 text-xs" data-testid="plain-bars">
      {rows.map((r) => (
        <li key={r.category} className="flex items-center gap-2">
          <span className="w-20 shrink-0 truncate text-right">{r.label}</span>
          {/* The bar's width is a share of this row's remaining width, leaving room for the value. */}
          <span className="flex min-w-0 flex-1 items-center gap-2">
            <span
              className="h-6 shrink-0 rounded-r bg-chart-bar"
              style={{ width: `${(((r.perMinute ?? 0) / max) * 65).toFixed(1)}%` }}
            />
            <span className="tabular whitespace-nowrap">{perMinuteText(r.perMinute)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function RateLimitTooltip({ row }: { row: RateLimitRow }) {
  return (
    <>
      <p className="font-semibold">
        {row.label}: {perMinuteText(row.perMinute)}
      </p>
      {row.info ? (
        <>
          <p className="mt-1 text-ink-muted">{row.info.meaning}.</p>
          <p className="mt-1">{row.info.creditCost}.</p>
        </>
      ) : (
        <p className="mt-1 text-ink-muted">A category the API reports beyond the five documented ones.</p>
      )}
    </>
  );
}

/** Requests per minute by category, cheapest to costliest, as bars or as a table. */
export function RateLimitCard({ rateLimits }: { rateLimits: RateLimit[] }) {
  // Stable rows: a new array on every render would make recharts replay its animation.
  const rows = useMemo(() => rateLimitRows(rateLimits), [rateLimits]);
  const drawn = useMemo(() => chartRows(rows), [rows]);
  const bars = useMemo(
    (): BarRow[] =>
      drawn.shown.map((row) => ({
        key: row.category,
        label: row.label,
        value: row.perMinute,
        valueText: perMinuteText(row.perMinute),
        tooltip: <RateLimitTooltip row={row} />,
      })),
    [drawn],
  );
  const [asTable, setAsTable] = useState(false);
  const [ref, width] = useElementWidth<HTMLElement>();
  const reducedMotion = usePrefersReducedMotion();
  const printing = usePrinting();
  const height = barChartHeight(drawn.shown.length);
  const missing = rows.filter((r) => r.perMinute === null).map((r) => r.label);
  const summary = rows
    .map((r) => `${r.label} ${r.perMinute === null ? 'not reported' : `${formatInteger(r.perMinute)} per minute`}`)
    .join(', ');

  return (
    <Card
      name="rate-limit"
      title={CARD_TEXT.rateLimits.title}
      subtitle={CARD_TEXT.rateLimits.subtitle}
      actions={<ViewToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} chartName="chart" />}
    >
      {rows.every((r) => r.perMinute === null) && !asTable ? (
        <p className="rounded-lg bg-surface-muted p-4 text-sm text-ink-muted" data-testid="rate-limits-missing">
          The API reported no rate limits for this organization (the documented categories are metadata, data, search,
          upload and compute).
        </p>
      ) : asTable ? (
        <Table
          caption="Rate limits in requests per minute"
          testId="rate-limit-table"
          rows={rows}
          rowKey={(row) => row.category}
          columns={[
            { key: 'category', label: 'Category', rowHeader: true, cell: (r) => r.label },
            {
              key: 'limit',
              label: 'Requests per minute',
              align: 'end',
              className: 'tabular',
              cell: (r) => (r.perMinute === null ? <NotReported /> : formatInteger(r.perMinute)),
            },
            {
              key: 'covers',
              label: 'Covers',
              wide: true,
              className: 'text-ink-muted',
              cell: (r) =>
                r.info ? `${r.info.meaning}. ${r.info.creditCost}.` : 'Not described by the API reference.',
            },
          ]}
        />
      ) : (
        <figure ref={ref} style={{ height }} className="chart-frame" data-testid="rate-limit-chart">
          <figcaption className="sr-only">Rate limits by category, in requests per minute: {summary}.</figcaption>
          {width > 0 ? (
            <ChartSlot
              chart={({ BarRows }) => (
                <BarRows
                  rows={bars}
                  width={width}
                  height={height}
                  animate={!reducedMotion && !printing}
                  label="Rate limits by category: each explains the category and its credit cost"
                />
              )}
            />
          ) : (
            <PlainBars rows={drawn.shown} />
          )}
        </figure>
      )}
      {!asTable && drawn.hidden > 0 ? (
        <p className="mt-2 text-sm text-ink-muted" data-testid="more-categories">
          The documented categories and the {drawn.shown.length - 5} largest others; {formatInteger(drawn.hidden)} more
          are in “Show as table”.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          Not reported by the API: {missing.join(', ')}. A missing limit is shown as missing, not as zero.
        </p>
      ) : null}
    </Card>
  );
}
