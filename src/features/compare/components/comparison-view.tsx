import { useQueries } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Connection } from '@/api/connection';
import { organizationEndpoint } from '@/api/endpoints';
import { NotReported } from '@/components/not-reported';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Table, type Column } from '@/components/ui/table';
import { useAllowances } from '@/lib/custom-allowances';
import { formatInteger, formatPercent } from '@/lib/format';
import { allowanceWords, type AllowanceSource } from '@/model/allowance';
import { balanceStatusText } from '@/model/balance-status';
import { gaugeModel } from '@/model/credit-gauge';
import type { Organization } from '@/model/organization';
import { rateLimitRows } from '@/model/rate-limit-rows';
import { findTier } from '@/model/tiers';

interface ComparisonViewProps {
  connections: readonly Connection[];
  /** How each connection is named under its organization ("sk_live_…f456", "Sample data"). */
  subtitles: readonly string[];
  onBack: () => void;
}

interface Side {
  key: number;
  heading: string;
  sub: string;
  org: Organization | null;
  allowance: AllowanceSource | null;
}

/** The connected organizations side by side: tier, balance against allowance, rate limits. */
export function ComparisonView({ connections, subtitles, onBack }: ComparisonViewProps) {
  const results = useQueries({
    queries: connections.map((connection) => organizationEndpoint.queryOptions(connection)),
  });
  const orgs = results.map((result) => result.data?.value ?? null);
  const allowances = useAllowances(orgs);
  const sides: Side[] = results.map((result, i) => {
    const org = orgs[i] ?? null;
    return {
      key: i,
      heading: org?.organizationName ?? subtitles[i] ?? '',
      sub: result.isPending ? 'Loading…' : result.isError ? 'Could not load' : (subtitles[i] ?? ''),
      org,
      allowance: org ? allowances[i]!.allowance : null,
    };
  });
  // The five documented categories, then any other that any organization reports.
  const categories = [
    ...new Map(
      sides.flatMap((s) => (s.org ? rateLimitRows(s.org.rateLimits) : [])).map((r) => [r.category, r] as const),
    ).values(),
  ];
  const facts: { label: string; cell: (side: Side) => ReactNode }[] = [
    {
      label: 'Tier',
      cell: (s) => (s.org ? (findTier(s.org.accountType)?.label ?? s.org.accountType ?? <NotReported />) : null),
    },
    {
      label: 'Credit balance',
      cell: (s) => (s.org ? s.org.creditCount === null ? <NotReported /> : formatInteger(s.org.creditCount) : null),
    },
    { label: 'Monthly allowance', cell: (s) => (s.allowance ? allowanceWords(s.allowance).cell : null) },
    {
      label: 'Balance vs allowance',
      cell: (s) => {
        if (!s.org || !s.allowance) return null;
        const percent = gaugeModel(s.org.creditCount, s.allowance).percent;
        return percent === null ? '—' : formatPercent(percent);
      },
    },
    {
      label: 'Status',
      cell: (s) => (s.org && s.allowance ? balanceStatusText(gaugeModel(s.org.creditCount, s.allowance)) : null),
    },
    ...categories.map(({ category, label }) => ({
      label: `${label} (requests / min)`,
      cell: (s: Side) => {
        if (!s.org) return null;
        const limit = s.org.rateLimits.find((r) => r.category === category)?.perMinute ?? null;
        return limit === null ? <NotReported /> : formatInteger(limit);
      },
    })),
  ];
  const columns: Column<(typeof facts)[number]>[] = [
    { key: 'fact', label: 'Fact', rowHeader: true, cell: (fact) => fact.label },
    ...sides.map((side): Column<(typeof facts)[number]> => ({
      key: String(side.key),
      label: side.heading,
      className: 'tabular',
      cell: (fact) => fact.cell(side),
    })),
  ];

  return (
    <main className="mx-auto max-w-7xl space-y-4 px-3 py-5 sm:px-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={onBack}>
          <ArrowLeft size={16} aria-hidden />
          Back to the dashboard
        </Button>
        <h1 className="text-xl font-semibold">Compare organizations</h1>
      </div>
      <Card
        name="comparison"
        title="Side by side"
        subtitle="Tier, balance against the monthly allowance, and rate limits"
        withExtras={false}
      >
        <ul className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="The organizations compared">
          {sides.map((side) => (
            <li key={side.key}>
              <span className="font-semibold break-words">{side.heading}</span>{' '}
              <span className="text-ink-muted">({side.sub})</span>
            </li>
          ))}
        </ul>
        <Table
          caption="The connected organizations compared"
          testId="comparison-table"
          columns={columns}
          rows={facts}
          rowKey={(fact) => fact.label}
        />
      </Card>
    </main>
  );
}
