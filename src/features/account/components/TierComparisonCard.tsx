import { Badge } from '@/components/Badge';
import { Card } from '@/components/Card';
import { formatInteger, formatPercent } from '@/lib/format';
import { customAllowanceKey, useCustomAllowance } from '../model/custom-allowance';
import type { Organization } from '@/model/organization';
import { findTier, TIER_SOURCE, TIERS } from '@/model/tiers';

/** The four tiers side by side, this organization's highlighted, and its balance against each. */
export function TierComparisonCard({ org }: { org: Organization }) {
  const current = findTier(org.accountType);
  // Enterprise has no published allowance: the contracted one typed on the gauge stands in.
  const [customAllowance] = useCustomAllowance(customAllowanceKey(org));
  return (
    <Card id="tiers-card" title="Tiers" subtitle={`${TIER_SOURCE}, credits a month`}>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="tier-table">
          <caption className="sr-only">Mixpeek tiers and this organization&apos;s balance against each</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Tier
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                Monthly allowance
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Includes
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                This balance
              </th>
            </tr>
          </thead>
          <tbody>
            {TIERS.map((tier) => {
              const isCurrent = tier.id === current?.id;
              const allowance = tier.monthlyAllowance ?? (isCurrent ? customAllowance : null);
              const percent =
                allowance !== null && org.creditCount !== null
                  ? formatPercent((org.creditCount / allowance) * 100)
                  : null;
              return (
                <tr
                  key={tier.id}
                  aria-current={isCurrent ? 'true' : undefined}
                  className={`border-b border-line last:border-0 ${isCurrent ? 'bg-surface-muted font-semibold' : ''}`}
                >
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                    <span className="inline-flex items-center gap-2">
                      {tier.label}
                      {isCurrent ? <Badge>Current tier</Badge> : null}
                    </span>
                  </th>
                  <td className="tabular py-1.5 pr-3 text-right">
                    {tier.monthlyAllowance !== null
                      ? formatInteger(tier.monthlyAllowance)
                      : allowance !== null
                        ? `${formatInteger(allowance)} (contracted)`
                        : 'Custom'}
                  </td>
                  <td className="py-1.5 pr-3 text-ink-muted">{tier.includes}</td>
                  <td className="tabular py-1.5 text-right">{percent ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!current && org.accountType ? (
        <p className="mt-2 text-sm text-ink-muted">
          This organization&apos;s tier, &ldquo;{org.accountType}&rdquo;, is not one of the documented tiers.
        </p>
      ) : null}
    </Card>
  );
}
