import { NotReported } from '@/components/not-reported';
import { Fact, FactList } from '@/components/ui/facts';
import { formatInteger } from '@/lib/format';
import type { CreditBalance } from '@/model/billing';
import {
  balancePresentation,
  balancePresentationText,
  nextTierModel,
  nextTierText,
  runwayModel,
  runwayText,
} from '@/model/runway';
import { BillingCard, type BillingQueryProps } from './billing-card';

interface RunwayCardProps extends BillingQueryProps<CreditBalance> {
  /** From usage/current or the organization; with auto-billing the balance figure is usage. */
  autoBillingEnabled: boolean | null;
  now: Date;
}

/** How long the credits last at the last 7 days' burn rate, and how far the next tier is. */
export function RunwayCard({ autoBillingEnabled, now, ...query }: RunwayCardProps) {
  return (
    <BillingCard name="runway" title="Runway" subtitle="At the last 7 days' burn rate" {...query}>
      {(balance) => {
        const runway = runwayModel({ balance, autoBillingEnabled, now });
        return (
          <>
            <p className="text-2xl font-semibold" data-testid="runway">
              {runwayText(runway, now)}
            </p>
            <FactList testId="runway-facts">
              <Fact label="Daily burn rate">
                {balance.dailyBurnRate === null ? (
                  <NotReported />
                ) : (
                  <span className="tabular">{formatInteger(Math.round(balance.dailyBurnRate))} credits a day</span>
                )}
              </Fact>
              <Fact label="Balance">
                {balancePresentationText(balancePresentation(balance.creditBalance, autoBillingEnabled))}
              </Fact>
              <Fact label="Next tier">{nextTierText(nextTierModel(balance))}</Fact>
            </FactList>
          </>
        );
      }}
    </BillingCard>
  );
}
