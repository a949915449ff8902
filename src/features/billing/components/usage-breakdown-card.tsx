import { useId, useMemo, useState } from 'react';
import type { Connection } from '@/api/connection';
import { usageBreakdownEndpoint } from '@/api/endpoints';
import { HorizontalBars, type BarRow } from '@/components/charts/horizontal-bars';
import { Table } from '@/components/ui/table';
import { barChartHeight } from '@/lib/chart-scale';
import { formatInteger, formatPercent } from '@/lib/format';
import type { UsageBreakdown } from '@/model/billing';
import { billingMonthLabel, lastBillingMonths } from '@/model/billing-months';
import { breakdownShares, type BreakdownShare } from '@/model/breakdown-shares';
import { formatUsd } from '@/model/money';
import { BillingCard } from './billing-card';
import { ViewToggle } from '@/components/ui/view-toggle';

/** The chart shows this many of the largest entries; the table has them all. */
export const CHART_TOP = 10;

const shareText = (s: BreakdownShare) =>
  `${formatInteger(s.credits)} credits${s.percent === null ? '' : ` · ${formatPercent(s.percent)}`}`;

/** A breakdown as a table: on screen when chosen, and always in the statement (print, file). */
function BreakdownTable({ title, rows }: { title: string; rows: BreakdownShare[] }) {
  return (
    <Table
      caption={`${title}: credits and share of the month's total`}
      rows={rows}
      rowKey={(s) => s.name}
      columns={[
        { key: 'name', label: 'Name', rowHeader: true, className: 'break-all', cell: (s) => s.name },
        {
          key: 'credits',
          label: 'Credits',
          align: 'end',
          className: 'tabular',
          cell: (s) => formatInteger(s.credits),
        },
        {
          key: 'share',
          label: 'Share',
          align: 'end',
          className: 'tabular',
          cell: (s) => (s.percent === null ? '—' : formatPercent(s.percent)),
        },
      ]}
    />
  );
}

export function Breakdown({ title, rows, asTable }: { title: string; rows: BreakdownShare[]; asTable: boolean }) {
  const bars = useMemo(
    (): BarRow[] =>
      rows.slice(0, CHART_TOP).map((s) => ({ key: s.name, label: s.name, value: s.credits, valueText: shareText(s) })),
    [rows],
  );
  const height = barChartHeight(bars.length);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h3 id={headingId} className="mb-2 text-sm font-semibold">
        {title}
      </h3>
      {rows.every((s) => s.credits === 0) ? (
        <p className="text-sm text-ink-muted">Nothing used this month.</p>
      ) : asTable ? (
        <BreakdownTable title={title} rows={rows} />
      ) : (
        <figure className="chart-frame print:hidden" data-statement-omit>
          <figcaption className="sr-only">
            {title}: {rows.slice(0, CHART_TOP).map(shareText).join(', ')}
            {rows.length > CHART_TOP ? `, and ${formatInteger(rows.length - CHART_TOP)} more in the table` : ''}.
          </figcaption>
          <HorizontalBars rows={bars} height={height} label={title} />
        </figure>
      )}
      {!asTable && rows.some((s) => s.credits > 0) ? (
        <div className="hidden print:block" data-statement-only>
          <BreakdownTable title={title} rows={rows} />
        </div>
      ) : null}
      {!asTable && rows.length > CHART_TOP && rows[0]!.credits > 0 ? (
        <p className="mt-1 text-xs text-ink-muted print:hidden" data-statement-omit>
          The largest {CHART_TOP} of {formatInteger(rows.length)}; “Show as table” lists them all.
        </p>
      ) : null}
    </section>
  );
}

function Breakdowns({ breakdown, asTable }: { breakdown: UsageBreakdown; asTable: boolean }) {
  const byOperation = useMemo(() => breakdownShares(breakdown.byOperation, breakdown.totalCredits), [breakdown]);
  const byExtractor = useMemo(() => breakdownShares(breakdown.byExtractor, breakdown.totalCredits), [breakdown]);
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Breakdown title="By operation" rows={byOperation} asTable={asTable} />
      <Breakdown title="By extractor" rows={byExtractor} asTable={asTable} />
    </div>
  );
}

interface UsageBreakdownCardProps {
  connection: Connection;
  now: Date;
}

/** What used the credits in a billing month: by operation and by extractor, with the month's cost. */
export function UsageBreakdownCard({ connection, now }: UsageBreakdownCardProps) {
  const months = useMemo(() => lastBillingMonths(now), [now]);
  const [month, setMonth] = useState(months[0]!);
  const [asTable, setAsTable] = useState(false);
  const query = usageBreakdownEndpoint.useQuery(connection, month);
  const pickerId = useId();
  return (
    <BillingCard
      name="breakdown"
      title="Usage breakdown"
      subtitle="Credits by operation and by extractor"
      connection={connection}
      query={query}
      actions={<ViewToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} chartName="chart" />}
    >
      {(breakdown) => (
        <>
          {/* The statement has no picker: it names the month chosen, and its total. */}
          <p className="mb-3 hidden text-sm font-medium tabular print:block" data-statement-only>
            {billingMonthLabel(month)}
            {month === months[0] ? ' (current)' : ''}
            {breakdown.totalCredits === null ? '' : `: ${formatInteger(breakdown.totalCredits)} credits`}
            {breakdown.totalCostUsd === null ? '' : ` · ${formatUsd(breakdown.totalCostUsd)}`}
          </p>
          <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-export-exclude>
            <label htmlFor={pickerId} className="font-medium">
              Billing month
            </label>
            <select
              id={pickerId}
              value={month}
              onChange={(e) => setMonth(e.target.value)}
              className="min-h-9 rounded-md border border-line bg-surface px-2 py-1"
            >
              {months.map((m, i) => (
                <option key={m} value={m}>
                  {billingMonthLabel(m)}
                  {i === 0 ? ' (current)' : ''}
                </option>
              ))}
            </select>
            <p className="tabular text-ink-muted" data-testid="breakdown-total">
              {breakdown.totalCredits === null
                ? 'Total not reported'
                : `${formatInteger(breakdown.totalCredits)} credits`}
              {breakdown.totalCostUsd === null ? '' : ` · ${formatUsd(breakdown.totalCostUsd)}`}
            </p>
          </div>
          <Breakdowns breakdown={breakdown} asTable={asTable} />
        </>
      )}
    </BillingCard>
  );
}
