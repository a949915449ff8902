import { useId, useMemo, useState } from 'react';
import { Card } from '@/components/Card';
import { formatInteger } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { usePrefersReducedMotion, usePrinting } from '@/lib/use-media-query';
import type { Organization } from '@/model/organization';
import { perMinuteText, rateLimitChartHeight, rateLimitRows, type RateLimitRow } from '@/model/rate-limit-rows';
import { ChartCardActions } from './ChartCardActions';
import { NotReported } from './FieldValue';
import { CARD_TEXT } from './layout';
import { ChartSlot, RateLimitChart } from './lazy-charts';
import { ExportFooter } from '@/features/share/components/ExportFooter';

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

export function RateLimitCard({ org }: { org: Organization }) {
  // Stable rows: a new array on every render would make recharts replay its animation.
  const rows = useMemo(() => rateLimitRows(org.rateLimits), [org.rateLimits]);
  const [asTable, setAsTable] = useState(false);
  const descriptionId = useId();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const reducedMotion = usePrefersReducedMotion();
  const printing = usePrinting();
  const height = rateLimitChartHeight(rows.length);
  const missing = rows.filter((r) => r.perMinute === null).map((r) => r.label);
  const summary = rows
    .map((r) => `${r.label} ${r.perMinute === null ? 'not reported' : `${formatInteger(r.perMinute)} per minute`}`)
    .join(', ');

  return (
    <Card
      id="rate-limit-card"
      title={CARD_TEXT.rateLimits.title}
      subtitle={CARD_TEXT.rateLimits.subtitle}
      actions={
        <ChartCardActions
          cardId="rate-limit-card"
          cardTitle={CARD_TEXT.rateLimits.title}
          asTable={asTable}
          onToggle={() => setAsTable((v) => !v)}
          chartName="chart"
        />
      }
      footer={<ExportFooter scope="card" />}
    >
      {rows.every((r) => r.perMinute === null) && !asTable ? (
        <p className="rounded-lg bg-surface-muted p-4 text-sm text-ink-muted" data-testid="rate-limits-missing">
          The API reported no rate limits for this organization (the documented categories are metadata, data, search,
          upload and compute).
        </p>
      ) : asTable ? (
        <table className="w-full text-sm" data-testid="rate-limit-table">
          <caption className="sr-only">Rate limits in requests per minute</caption>
          <thead>
            <tr className="border-b border-line text-left text-ink-muted">
              <th scope="col" className="py-1.5 font-medium">
                Category
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Requests per minute
              </th>
              <th scope="col" className="hidden py-1.5 pl-4 font-medium md:table-cell">
                Covers
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.category} className="border-b border-line last:border-0">
                <th scope="row" className="py-1.5 text-left font-medium">
                  {r.label}
                </th>
                <td className="tabular py-1.5 text-right">
                  {r.perMinute === null ? <NotReported /> : formatInteger(r.perMinute)}
                </td>
                <td className="hidden py-1.5 pl-4 text-ink-muted md:table-cell">
                  {r.info ? `${r.info.meaning}. ${r.info.creditCost}.` : 'Not described by the API reference.'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div
          ref={ref}
          style={{ height }}
          className="chart-frame"
          role="img"
          aria-label="Rate limits by category, in requests per minute"
          aria-describedby={descriptionId}
          data-testid="rate-limit-chart"
        >
          {width > 0 ? (
            <ChartSlot>
              <RateLimitChart rows={rows} width={width} height={height} animate={!reducedMotion && !printing} />
            </ChartSlot>
          ) : (
            <PlainBars rows={rows} />
          )}
        </div>
      )}
      <p id={descriptionId} className="sr-only">
        {summary}.
      </p>
      {missing.length > 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          Not reported by the API: {missing.join(', ')}. A missing limit is shown as missing, not as zero.
        </p>
      ) : null}
    </Card>
  );
}
