import { NotReported } from '@/components/not-reported';
import { Fact, FactList } from '@/components/ui/facts';
import { formatDate, formatInteger, formatPercent } from '@/lib/format';
import type { CurrentUsage } from '@/model/billing';
import {
  periodDayText,
  periodProgress,
  projectionText,
  projectUsage,
  resolveBillingPeriod,
  type BillingPeriod,
} from '@/model/billing-period';
import { formatCreditRate, formatUsd } from '@/model/money';
import { BillingCard, type BillingQueryProps } from './billing-card';

/** What the organization endpoint says about billing, used where usage/current is silent. */
interface OrganizationBilling {
  autoBillingEnabled: boolean | null;
  billingCycleStart: number | null;
  currentMonthUsage: number | null;
}

interface ThisPeriodCardProps extends BillingQueryProps<CurrentUsage> {
  organization: OrganizationBilling;
  /** The tier allowance the pace is compared with; null when there is none to compare. */
  allowance: number | null;
  /** Names the allowance: "Pro". */
  tierLabel: string | null;
  now: Date;
}

/** "Dec 1 – Dec 31, 2026 (UTC)": the end is exclusive, so the last day shown is the day before it. */
function periodText(period: BillingPeriod): string {
  const lastDay = new Date(period.end.getTime() - 1);
  return `${formatDate(period.start, undefined, 'UTC')} – ${formatDate(lastDay, undefined, 'UTC')} (UTC)`;
}

/** Two bars, one above the other: how much of the period has passed, and how much of the allowance is used. */
function Pace({ elapsed, used }: { elapsed: number; used: number | null }) {
  const bar = (share: number, className: string) => (
    <span className="block h-2 w-full overflow-hidden rounded-full bg-[var(--chart-track)]">
      <span
        className={`block h-full rounded-full ${className}`}
        style={{ width: `${Math.min(100, Math.max(0, share)).toFixed(1)}%` }}
      />
    </span>
  );
  return (
    <div className="mt-3 space-y-1.5 text-xs" data-testid="pace">
      <p className="flex justify-between text-ink-muted">
        <span>Period passed</span>
        <span className="tabular">{formatPercent(elapsed)}</span>
      </p>
      {bar(elapsed, 'bg-ink-muted')}
      {used !== null ? (
        <>
          <p className="flex justify-between text-ink-muted">
            <span>Allowance used</span>
            <span className="tabular">{formatPercent(used)}</span>
          </p>
          {bar(used, used > 100 ? 'bg-[var(--chart-over)]' : 'bg-[var(--chart-within)]')}
        </>
      ) : null}
    </div>
  );
}

/** This billing period: usage, estimated cost, the period in UTC, the pace and a projection. */
export function ThisPeriodCard({ organization, allowance, tierLabel, now, ...query }: ThisPeriodCardProps) {
  return (
    <BillingCard name="this-period" title="This billing period" subtitle="Billing periods are in UTC" {...query}>
      {(usage) => {
        const credits = usage.currentMonthUsage ?? organization.currentMonthUsage;
        const autoBilling = usage.autoBillingEnabled ?? organization.autoBillingEnabled;
        const period = resolveBillingPeriod({
          periodStart: usage.billingPeriodStart,
          periodEnd: usage.billingPeriodEnd,
          cycleStart: organization.billingCycleStart,
          now,
        });
        const progress = period ? periodProgress(period, now) : null;
        const projection = period ? projectUsage({ period, now, usage: credits, allowance }) : null;
        return (
          <>
            <p className="text-2xl font-semibold tabular" data-testid="period-usage">
              {credits === null ? (
                <NotReported>Usage not reported</NotReported>
              ) : (
                `${formatInteger(credits)} credits used`
              )}
            </p>
            <FactList testId="period-facts">
              <Fact label="Estimated cost">
                {usage.estimatedCostUsd === null ? (
                  <NotReported />
                ) : (
                  <span className="tabular">{formatUsd(usage.estimatedCostUsd)}</span>
                )}
                {usage.creditRate !== null ? (
                  <span className="text-ink-muted"> at {formatCreditRate(usage.creditRate)}</span>
                ) : null}
              </Fact>
              <Fact label="Period">
                {period ? (
                  <>
                    {periodText(period)}
                    {progress ? <span className="text-ink-muted"> · {periodDayText(progress)}</span> : null}
                  </>
                ) : (
                  <NotReported />
                )}
              </Fact>
              <Fact label="Next invoice">
                {usage.nextInvoiceDate ? formatDate(usage.nextInvoiceDate, undefined, 'UTC') : <NotReported />}
              </Fact>
              <Fact label="Auto-billing">
                {autoBilling === null ? <NotReported /> : autoBilling ? 'On: usage is billed monthly' : 'Off'}
              </Fact>
              {organization.billingCycleStart !== null ? (
                <Fact label="Billing cycle">Starts on day {organization.billingCycleStart} of each month</Fact>
              ) : null}
            </FactList>
            {progress && progress.state === 'in-progress' ? (
              <Pace elapsed={progress.elapsedFraction * 100} used={projection?.usedPercent ?? null} />
            ) : null}
            {projection ? (
              <p className="mt-3 text-sm" data-testid="projection">
                {projectionText(projection, tierLabel)}
              </p>
            ) : null}
          </>
        );
      }}
    </BillingCard>
  );
}
