import { useId } from 'react';
import type { Connection } from '@/api/connection';
import {
  balanceEndpoint,
  invoicesEndpoint,
  organizationEndpoint,
  paymentMethodEndpoint,
  spendingCapsEndpoint,
  usageCurrentEndpoint,
} from '@/api/endpoints';
import { ErrorBoundary } from '@/components/error-boundary';
import { useAllowance } from '@/lib/custom-allowances';
import { allowanceAmount } from '@/model/allowance';
import { findTier } from '@/model/tiers';
import { useBillingClock } from '../hooks/use-billing-clock';
import { InvoicesCard } from './invoices-card';
import { PaymentMethodCard } from './payment-method-card';
import { RunwayCard } from './runway-card';
import { SpendingCapsCard } from './spending-caps-card';
import { ThisPeriodCard } from './this-period-card';
import { UsageBreakdownCard } from './usage-breakdown-card';
import { UsageHistoryCard } from './usage-history-card';

const GRID = 'grid grid-cols-1 gap-4 lg:grid-cols-2';

/**
 * Billing for billing staff: this period, runway, what used the credits, history, invoices,
 * caps, payment. Each card reads its endpoint's query and fails on its own.
 */
function BillingSection({ connection, hideIdentifiers }: { connection: Connection; hideIdentifiers: boolean }) {
  const headingId = useId();
  const now = useBillingClock();
  const org = organizationEndpoint.useQuery(connection).data?.value ?? null;
  const usage = usageCurrentEndpoint.useQuery(connection);
  const balance = balanceEndpoint.useQuery(connection);
  const invoices = invoicesEndpoint.useQuery(connection);
  const spendingCaps = spendingCapsEndpoint.useQuery(connection);
  const paymentMethod = paymentMethodEndpoint.useQuery(connection);
  const allowance = allowanceAmount(useAllowance(org).allowance);
  const tierLabel = org ? (findTier(org.accountType)?.label ?? null) : null;
  const organization = {
    autoBillingEnabled: org?.autoBillingEnabled ?? null,
    billingCycleStart: org?.billingCycleStart ?? null,
    currentMonthUsage: org?.currentMonthUsage ?? null,
  };
  const autoBilling = usage.data?.value.autoBillingEnabled ?? organization.autoBillingEnabled;
  return (
    <section aria-labelledby={headingId} className="space-y-4" data-testid="billing-section">
      <h2 id={headingId} className="text-lg font-semibold">
        Billing
      </h2>
      <div className={GRID}>
        <ErrorBoundary name="This billing period">
          <ThisPeriodCard
            connection={connection}
            query={usage}
            organization={organization}
            allowance={allowance}
            tierLabel={tierLabel}
            now={now}
          />
        </ErrorBoundary>
        <ErrorBoundary name="The runway">
          <RunwayCard connection={connection} query={balance} autoBillingEnabled={autoBilling} now={now} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="The usage breakdown">
        <UsageBreakdownCard connection={connection} now={now} />
      </ErrorBoundary>
      <ErrorBoundary name="The usage history">
        <UsageHistoryCard
          invoices={invoices.data?.value ?? null}
          usage={usage.data?.value ?? null}
          organizationUsage={organization.currentMonthUsage}
          allowance={allowance}
          tierLabel={tierLabel}
          createdAt={org?.createdAt ?? null}
          now={now}
        />
      </ErrorBoundary>
      <ErrorBoundary name="The invoices">
        <InvoicesCard connection={connection} query={invoices} hideIdentifiers={hideIdentifiers} />
      </ErrorBoundary>
      <div className={GRID}>
        <ErrorBoundary name="The spending caps">
          <SpendingCapsCard connection={connection} query={spendingCaps} />
        </ErrorBoundary>
        <ErrorBoundary name="The payment method">
          <PaymentMethodCard connection={connection} query={paymentMethod} hideIdentifiers={hideIdentifiers} />
        </ErrorBoundary>
      </div>
    </section>
  );
}

export default BillingSection;
