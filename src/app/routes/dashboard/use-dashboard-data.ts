import { useQueries } from '@tanstack/react-query';
import type { Connection } from '@/api/connection';
import {
  balanceEndpoint,
  invoicesEndpoint,
  organizationEndpoint,
  paymentMethodEndpoint,
  spendingCapsEndpoint,
  usageCurrentEndpoint,
} from '@/api/endpoints';
import { useAutoRefresh } from '@/api/refresh';

/**
 * Starts the dashboard's six requests in its first render, together (billing never waits for the
 * organization, nor for its cards, which render after the headline), and keeps them refreshed.
 * The cards read their own queries; the route needs only the organization's state, whether the
 * headline is complete, and every failure (for a rejected key).
 */
export function useDashboardData(connection: Connection) {
  useAutoRefresh(connection);
  const organization = organizationEndpoint.useQuery(connection);
  const billing = useQueries({
    queries: [
      usageCurrentEndpoint.queryOptions(connection),
      balanceEndpoint.queryOptions(connection),
      invoicesEndpoint.queryOptions(connection),
      spendingCapsEndpoint.queryOptions(connection),
      paymentMethodEndpoint.queryOptions(connection),
    ],
    combine: (results) => ({
      // The headline's billing line reads usage/current and the balance.
      headlineBillingSettled: !results[0].isPending && !results[1].isPending,
      errors: results.map((result) => result.error),
    }),
  });
  return {
    organization,
    headlineDone: !organization.isPending && billing.headlineBillingSettled,
    errors: [organization.error, ...billing.errors],
  };
}
