import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { formatInteger, formatPercent } from '@/lib/format';
import { allowanceAmount, type AllowanceSource } from '@/model/allowance';
import { TIER_SOURCE, TIERS, type Tier } from '@/model/tiers';
import { TierBadge } from './tier-badge';

interface TierComparisonCardProps {
  accountType: string | null;
  balance: number | null;
  /** The allowance that applies to this organization (a contracted one stands in for enterprise). */
  allowance: AllowanceSource;
}

/** The four tiers side by side, this organization's highlighted, and its balance against each. */
export function TierComparisonCard({ accountType, balance, allowance }: TierComparisonCardProps) {
  const current =
    allowance.kind === 'published' || allowance.kind === 'custom' || allowance.kind === 'custom-needed'
      ? allowance.tier
      : null;
  const allowanceOf = (tier: Tier) =>
    tier.monthlyAllowance ?? (tier.id === current?.id ? allowanceAmount(allowance) : null);
  return (
    <Card name="tiers" title="Tiers" subtitle={`${TIER_SOURCE}, credits a month`} withExtras={false}>
      <Table
        caption="Mixpeek tiers and this organization's balance against each"
        testId="tier-table"
        rows={TIERS}
        rowKey={(tier) => tier.id}
        rowProps={(tier) => (tier.id === current?.id ? { 'aria-current': 'true', className: 'bg-surface-muted' } : {})}
        columns={[
          {
            key: 'tier',
            label: 'Tier',
            rowHeader: true,
            cell: (tier) => (
              <span className="inline-flex flex-wrap items-center gap-2">
                <TierBadge accountType={tier.id} />
                {tier.id === current?.id ? <Badge>Current tier</Badge> : null}
              </span>
            ),
          },
          {
            key: 'allowance',
            label: 'Monthly allowance',
            align: 'end',
            className: 'tabular',
            cell: (tier) => {
              if (tier.monthlyAllowance !== null) return formatInteger(tier.monthlyAllowance);
              const contracted = allowanceOf(tier);
              return contracted === null ? 'Custom' : `${formatInteger(contracted)} (contracted)`;
            },
          },
          { key: 'includes', label: 'Includes', className: 'text-ink-muted', cell: (tier) => tier.includes },
          {
            key: 'balance',
            label: 'This balance',
            align: 'end',
            className: 'tabular',
            cell: (tier) => {
              const amount = allowanceOf(tier);
              return amount !== null && balance !== null ? formatPercent((balance / amount) * 100) : '—';
            },
          },
        ]}
      />
      {!current && accountType ? (
        <p className="mt-2 text-sm text-ink-muted">
          This organization&apos;s tier, &ldquo;{accountType}&rdquo;, is not one of the documented tiers.
        </p>
      ) : null}
    </Card>
  );
}
