import { useMemo, useState } from 'react';
import type { MonthBar } from '@/components/charts/monthly-bars';
import { ChartSlot } from '@/components/charts/chart-slot';
import { NotReported } from '@/components/not-reported';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { ViewToggle } from '@/components/ui/view-toggle';
import { formatInteger } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { usePrefersReducedMotion, usePrinting } from '@/lib/use-media-query';
import type { CurrentUsage, InvoiceList } from '@/model/billing';
import { billingMonthLabel, parseBillingMonth } from '@/model/billing-months';
import { usageHistory, type HistoryMonth } from '@/model/usage-history';

const HEIGHT = 220;

interface UsageHistoryCardProps {
  /** The invoices (their total_credits) and this period's usage; either may be missing. */
  invoices: InvoiceList | null;
  usage: CurrentUsage | null;
  /** The current month's usage from the organization, when usage/current has none. */
  organizationUsage: number | null;
  allowance: number | null;
  tierLabel: string | null;
  createdAt: Date | null;
  now: Date;
}

const shortMonth = (month: string) => {
  const parsed = parseBillingMonth(month);
  return parsed
    ? new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(parsed.year, parsed.month - 1, 1),
      )
    : month;
};

function monthCell(m: HistoryMonth) {
  if (m.credits !== null) return formatInteger(m.credits);
  return <NotReported>{m.source === 'before-account' ? 'before the account' : 'no figure'}</NotReported>;
}

/** The months as a table: on screen when chosen, and always in the statement (print, file). */
function HistoryTable({ months }: { months: HistoryMonth[] }) {
  return (
    <Table
      caption="Credits used each month, oldest first"
      testId="history-table"
      rows={months}
      rowKey={(m) => m.month}
      columns={[
        { key: 'month', label: 'Month', rowHeader: true, cell: (m) => billingMonthLabel(m.month) },
        { key: 'credits', label: 'Credits', align: 'end', className: 'tabular', cell: monthCell },
        {
          key: 'source',
          label: 'From',
          className: 'text-ink-muted',
          cell: (m) =>
            m.source === 'current'
              ? 'this period, so far'
              : m.source === 'invoice'
                ? `invoice (${m.invoiceStatus ?? 'status unknown'})`
                : '—',
        },
      ]}
    />
  );
}

/** Monthly credits for the last 12 months (invoices plus this month) against the tier allowance. */
export function UsageHistoryCard({
  invoices,
  usage,
  organizationUsage,
  allowance,
  tierLabel,
  createdAt,
  now,
}: UsageHistoryCardProps) {
  const [asTable, setAsTable] = useState(false);
  const [ref, width] = useElementWidth<HTMLElement>();
  const reducedMotion = usePrefersReducedMotion();
  const printing = usePrinting();
  const history = useMemo(
    () =>
      usageHistory({
        invoices: invoices?.invoices ?? [],
        current: { billingMonth: usage?.billingMonth ?? null, usage: usage?.currentMonthUsage ?? organizationUsage },
        now,
        allowance,
        createdAt,
      }),
    [invoices, usage, organizationUsage, allowance, createdAt, now],
  );
  const bars = useMemo(
    (): MonthBar[] => history.months.map((m) => ({ key: m.month, label: shortMonth(m.month), value: m.credits })),
    [history],
  );
  const referenceLabel = tierLabel ? `${tierLabel} allowance` : 'Allowance';
  return (
    <Card
      name="history"
      title="Usage history"
      subtitle="Credits a month, the last 12 months"
      withExtras={false}
      actions={<ViewToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} chartName="chart" />}
    >
      {asTable ? (
        <HistoryTable months={history.months} />
      ) : (
        <figure ref={ref} style={{ height: HEIGHT }} className="chart-frame" data-testid="history-chart">
          <figcaption className="sr-only">
            Credits a month:{' '}
            {history.months
              .map(
                (m) => `${billingMonthLabel(m.month)} ${m.credits === null ? 'no figure' : formatInteger(m.credits)}`,
              )
              .join(', ')}
            {history.reference !== null ? `. ${referenceLabel}: ${formatInteger(history.reference)} credits.` : '.'}
          </figcaption>
          {width > 0 ? (
            <div aria-hidden>
              <ChartSlot
                chart={({ MonthlyBars }) => (
                  <MonthlyBars
                    months={bars}
                    reference={history.reference}
                    referenceLabel={referenceLabel}
                    width={width}
                    height={HEIGHT}
                    animate={!reducedMotion && !printing}
                  />
                )}
              />
            </div>
          ) : null}
        </figure>
      )}
      {history.reference !== null ? (
        <p className="mt-2 text-xs text-ink-muted">
          Dashed line: the {referenceLabel.toLowerCase()}, {formatInteger(history.reference)} credits a month.
        </p>
      ) : null}
      {asTable ? null : (
        <div className="mt-3 hidden print:block" data-statement-only>
          <HistoryTable months={history.months} />
        </div>
      )}
    </Card>
  );
}
