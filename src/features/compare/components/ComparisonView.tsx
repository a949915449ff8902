import { useQueries } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { buttonClass } from '@/components/buttons';
import { Card } from '@/components/Card';
import { maskApiKey } from '@/features/session/model/api-key';
import type { Session } from '@/features/session/model/session';
import { formatInteger, formatPercent } from '@/lib/format';
import { organizationQueryOptions } from '@/api/get-organization';
import { balanceStatusText } from '@/model/balance-status';
import { gaugeModel, resolveAllowance } from '@/model/credit-gauge';
import { customAllowanceKey, useCustomAllowances } from '../model/custom-allowance';
import { rateLimitRows } from '@/model/rate-limit-rows';
import { findTier } from '@/model/tiers';
import { NotReported } from './FieldValue';

/** The connected organizations side by side: tier, balance against allowance, rate limits. */
export function ComparisonView({ sessions, onBack }: { sessions: Session[]; onBack: () => void }) {
  const results = useQueries({ queries: sessions.map((session) => organizationQueryOptions(session)) });
  const customAllowances = useCustomAllowances();
  const columns = results.map((result, i) => {
    const session = sessions[i]!;
    const org = result.data?.organization ?? null;
    const custom = org ? (customAllowances[customAllowanceKey(org)] ?? null) : null;
    const model = org ? gaugeModel(org.creditCount, resolveAllowance(org.accountType, custom)) : null;
    return {
      key: i,
      heading: org?.organizationName ?? (session.kind === 'api' ? maskApiKey(session.apiKey) : 'Sample'),
      sub: session.kind === 'api' ? maskApiKey(session.apiKey) : 'Sample data',
      state: result.isPending ? 'Loading…' : result.isError ? 'Could not load' : null,
      org,
      model,
    };
  });
  const categories = [
    ...new Map(
      columns.flatMap((c) => (c.org ? rateLimitRows(c.org.rateLimits) : [])).map((r) => [r.category, r] as const),
    ).values(),
  ];
  const rows: { label: string; cell: (c: (typeof columns)[number]) => React.ReactNode }[] = [
    {
      label: 'Tier',
      cell: (c) => (c.org ? (findTier(c.org.accountType)?.label ?? c.org.accountType ?? <NotReported />) : null),
    },
    {
      label: 'Credit balance',
      cell: (c) => (c.org?.creditCount == null ? <NotReported /> : formatInteger(c.org.creditCount)),
    },
    {
      label: 'Monthly allowance',
      cell: (c) => {
        const a = c.model?.allowance;
        return a && (a.kind === 'published' || a.kind === 'custom') ? formatInteger(a.amount) : 'custom or unknown';
      },
    },
    {
      label: 'Balance vs allowance',
      cell: (c) => (c.model?.percent == null ? '—' : formatPercent(c.model.percent)),
    },
    { label: 'Status', cell: (c) => (c.model ? balanceStatusText(c.model) : null) },
    // The five documented categories, then any other that any organization reports.
    ...categories.map(({ category, label }) => ({
      label: `${label} (requests / min)`,
      cell: (c: (typeof columns)[number]) => {
        const limit = c.org?.rateLimits.find((r) => r.category === category)?.perMinute ?? null;
        return c.org ? limit === null ? <NotReported /> : formatInteger(limit) : null;
      },
    })),
  ];

  return (
    <main className="mx-auto max-w-7xl space-y-4 px-4 py-5 sm:px-6">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass.secondary} onClick={onBack}>
          <ArrowLeft size={16} aria-hidden />
          Back to the dashboard
        </button>
        <h1 className="text-xl font-semibold">Compare organizations</h1>
      </div>
      <Card title="Side by side" subtitle="Tier, balance against the monthly allowance, and rate limits">
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="comparison-table">
            <caption className="sr-only">The connected organizations compared</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1.5 pr-4 font-medium">
                  <span className="sr-only">Fact</span>
                </th>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="py-1.5 pr-4 align-bottom font-semibold">
                    <span className="block break-words">{c.heading}</span>
                    <span className="block text-xs font-normal text-ink-muted">{c.state ?? c.sub}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label} className="border-b border-line last:border-0">
                  <th scope="row" className="py-1.5 pr-4 text-left font-medium">
                    {row.label}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className="tabular py-1.5 pr-4">
                      {row.cell(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </main>
  );
}
