import { useMemo, useState } from 'react';
import { HorizontalBars, type BarRow } from '@/components/charts/horizontal-bars';
import { NotReported } from '@/components/not-reported';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { barChartHeight } from '@/lib/chart-scale';
import { formatInteger } from '@/lib/format';
import type { RateLimit } from '@/model/organization';
import { chartRows, perMinuteText, rateLimitRows, type RateLimitRow } from '@/model/rate-limit-rows';
import { CARD_TEXT } from '@/components/dashboard-layout';
import { ViewToggle } from '@/components/ui/view-toggle';

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
        <figure className="chart-frame" data-testid="rate-limit-chart">
          <figcaption className="sr-only">Rate limits by category, in requests per minute: {summary}.</figcaption>
          <HorizontalBars
            rows={bars}
            height={height}
            label="Rate limits by category: each explains the category and its credit cost"
          />
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
