import { useDeferredValue } from 'react';
import type { Connection } from '@/api/connection';
import { organizationEndpoint } from '@/api/endpoints';
import { DASHBOARD_GRID } from '@/components/dashboard-layout';
import { ErrorBoundary } from '@/components/error-boundary';
import { useAllowance } from '@/lib/custom-allowances';
import { MetadataCard } from './metadata-card';
import { TierComparisonCard } from './tier-comparison-card';
import { UsersCard } from './users-card';

/**
 * Below the headline: the users, the metadata and the tiers. They follow the organization in a
 * deferred, interruptible pass, so 10,000 users or hundreds of metadata keys never hold up
 * the headline when an answer arrives.
 */
export function AccountDetails({ connection, hideIdentifiers }: { connection: Connection; hideIdentifiers: boolean }) {
  const org = useDeferredValue(organizationEndpoint.useQuery(connection).data?.value ?? null);
  const { allowance } = useAllowance(org);
  if (!org) return null;
  return (
    <>
      <ErrorBoundary name="The users table" resetKey={org}>
        <UsersCard users={org.users} hideIdentifiers={hideIdentifiers} />
      </ErrorBoundary>
      <div className={DASHBOARD_GRID}>
        <ErrorBoundary name="The metadata" resetKey={org}>
          <MetadataCard metadata={org.metadata} />
        </ErrorBoundary>
        <ErrorBoundary name="The tier comparison" resetKey={org}>
          <TierComparisonCard accountType={org.accountType} balance={org.creditCount} allowance={allowance} />
        </ErrorBoundary>
      </div>
    </>
  );
}
