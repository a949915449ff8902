import { Receipt } from 'lucide-react';
import type { Connection } from '@/api/connection';
import { balanceEndpoint, organizationEndpoint, usageCurrentEndpoint } from '@/api/endpoints';
import { billingHeadlineText } from '@/model/billing-headline';
import { useBillingClock } from '../hooks/use-billing-clock';

/**
 * One line about billing in the headline that is shared and printed: "This period: 62,300
 * credits · $62.30 estimated · about 18 days left". It holds its height from the start, so
 * nothing moves when billing arrives (or never does).
 */
export function BillingHeadline({ connection }: { connection: Connection }) {
  const usage = usageCurrentEndpoint.useQuery(connection);
  const balance = balanceEndpoint.useQuery(connection);
  const autoBillingEnabled = organizationEndpoint.useQuery(connection).data?.value.autoBillingEnabled ?? null;
  const now = useBillingClock();
  const text = billingHeadlineText({
    usage: usage.data?.value ?? null,
    balance: balance.data?.value ?? null,
    autoBillingEnabled,
    now,
  });
  const settled = !usage.isPending && !balance.isPending;
  return (
    <p className="flex min-h-6 items-center gap-2 text-sm" data-testid="billing-headline">
      <Receipt size={16} aria-hidden className="shrink-0 text-ink-muted" />
      {text ? (
        <span className="tabular font-medium break-words">{text}</span>
      ) : (
        <span className="text-ink-muted">
          {settled ? 'Billing: not available with this key (see Billing below)' : 'Loading this period’s billing…'}
        </span>
      )}
    </p>
  );
}
