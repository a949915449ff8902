import type { Connection } from '@/api/connection';
import { organizationEndpoint } from '@/api/endpoints';
import { DASHBOARD_GRID } from '@/components/dashboard-layout';
import { ErrorBoundary } from '@/components/error-boundary';
import { setCustomAllowance, useAllowance } from '@/lib/custom-allowances';
import { formatTime } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/preferences';
import { useRefreshChanges } from '../hooks/use-refresh-changes';
import { AccountCard } from './account-card';
import { ChangesNotice } from './changes-notice';
import { CreditGaugeCard } from './credit-gauge-card';
import { ProblemsNotice } from './problems-notice';
import { RateLimitCard } from './rate-limit-card';

/** What the last refresh changed, and the fields of the answer that did not match the reference. */
export function AccountNotices({ connection }: { connection: Connection }) {
  const query = organizationEndpoint.useQuery(connection);
  const [timeZone] = useDisplayTimeZone();
  const changes = useRefreshChanges(query.data?.value, connection.kind === 'sample');
  if (!query.data) return null;
  return (
    <>
      <ChangesNotice changes={changes} since={formatTime(new Date(query.dataUpdatedAt), undefined, timeZone)} />
      <ProblemsNotice problems={query.data.value.problems} raw={query.data.raw} />
    </>
  );
}

/** The account's part of the headline that is shared and printed: the account, its credits, its rate limits. */
export function AccountHeadline({ connection, hideIdentifiers }: { connection: Connection; hideIdentifiers: boolean }) {
  const org = organizationEndpoint.useQuery(connection).data?.value ?? null;
  const { custom, allowance } = useAllowance(org);
  if (!org) return null;
  return (
    <div className={DASHBOARD_GRID}>
      <ErrorBoundary name="The account card" resetKey={org}>
        <AccountCard org={org} hideIdentifiers={hideIdentifiers} />
      </ErrorBoundary>
      <ErrorBoundary name="The credit gauge" resetKey={org}>
        <CreditGaugeCard
          balance={org.creditCount}
          allowance={allowance}
          customAllowance={custom}
          onCustomAllowanceChange={(amount) => setCustomAllowance(org, amount)}
        />
      </ErrorBoundary>
      <div className="min-w-0 lg:col-span-2 print:col-span-2">
        <ErrorBoundary name="The rate-limit chart" resetKey={org}>
          <RateLimitCard rateLimits={org.rateLimits} />
        </ErrorBoundary>
      </div>
    </div>
  );
}
