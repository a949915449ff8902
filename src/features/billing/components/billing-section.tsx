import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import type { Connection } from '@/api/connection';
import type { Validated } from '@/api/read-endpoint';
import { ErrorBoundary } from '@/components/error-boundary';
import type { ErrorContext } from '@/lib/describe-error';
import type { CreditBalance, CurrentUsage, InvoiceList, PaymentMethod, SpendingCaps } from '@/model/billing';
import { InvoicesCard } from './invoices-card';
import { PaymentMethodCard } from './payment-method-card';
import { RunwayCard } from './runway-card';
import { SpendingCapsCard } from './spending-caps-card';
import { ThisPeriodCard, type OrganizationBilling } from './this-period-card';
import { UsageBreakdownCard } from './usage-breakdown-card';
import { UsageHistoryCard } from './usage-history-card';

type Query<T> = UseQueryResult<Validated<T>, unknown>;

export interface BillingQueries {
  balance: Query<CreditBalance>;
  usage: Query<CurrentUsage>;
  invoices: Query<InvoiceList>;
  spendingCaps: Query<SpendingCaps>;
  paymentMethod: Query<PaymentMethod>;
}

interface BillingSectionProps {
  connection: Connection;
  queries: BillingQueries;
  organization: OrganizationBilling & { createdAt: Date | null };
  /** The tier allowance (or the contracted one), and the tier's name. */
  allowance: number | null;
  tierLabel: string | null;
  hideIdentifiers: boolean;
  refreshSeconds: number;
  errorContext: ErrorContext;
  onRetry: () => void;
  blockedUntil: number | null;
  now: Date;
}

const GRID = 'grid grid-cols-1 gap-4 lg:grid-cols-2';

/** Billing for billing staff: this period, runway, what used the credits, history, invoices, caps, payment. */
export function BillingSection({
  connection,
  queries,
  organization,
  allowance,
  tierLabel,
  hideIdentifiers,
  refreshSeconds,
  now,
  ...failure
}: BillingSectionProps) {
  const headingId = useId();
  const autoBilling = queries.usage.data?.value.autoBillingEnabled ?? organization.autoBillingEnabled;
  return (
    <section aria-labelledby={headingId} className="space-y-4" data-testid="billing-section">
      <h2 id={headingId} className="text-lg font-semibold">
        Billing
      </h2>
      <div className={GRID}>
        <ErrorBoundary name="This billing period">
          <ThisPeriodCard
            query={queries.usage}
            organization={organization}
            allowance={allowance}
            tierLabel={tierLabel}
            now={now}
            {...failure}
          />
        </ErrorBoundary>
        <ErrorBoundary name="The runway">
          <RunwayCard query={queries.balance} autoBillingEnabled={autoBilling} now={now} {...failure} />
        </ErrorBoundary>
      </div>
      <ErrorBoundary name="The usage breakdown">
        <UsageBreakdownCard connection={connection} refreshSeconds={refreshSeconds} now={now} {...failure} />
      </ErrorBoundary>
      <ErrorBoundary name="The usage history">
        <UsageHistoryCard
          invoices={queries.invoices.data?.value ?? null}
          usage={queries.usage.data?.value ?? null}
          organizationUsage={organization.currentMonthUsage}
          allowance={allowance}
          tierLabel={tierLabel}
          createdAt={organization.createdAt}
          now={now}
        />
      </ErrorBoundary>
      <ErrorBoundary name="The invoices">
        <InvoicesCard query={queries.invoices} hideIdentifiers={hideIdentifiers} {...failure} />
      </ErrorBoundary>
      <div className={GRID}>
        <ErrorBoundary name="The spending caps">
          <SpendingCapsCard query={queries.spendingCaps} {...failure} />
        </ErrorBoundary>
        <ErrorBoundary name="The payment method">
          <PaymentMethodCard query={queries.paymentMethod} hideIdentifiers={hideIdentifiers} {...failure} />
        </ErrorBoundary>
      </div>
    </section>
  );
}

export default BillingSection;
