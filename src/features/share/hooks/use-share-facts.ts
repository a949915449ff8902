import type { Connection } from '@/api/connection';
import {
  balanceEndpoint,
  invoicesEndpoint,
  organizationEndpoint,
  paymentMethodEndpoint,
  spendingCapsEndpoint,
  usageCurrentEndpoint,
} from '@/api/endpoints';
import { useAllowance } from '@/lib/custom-allowances';
import { useDisplayTimeZone } from '@/lib/preferences';
import { buildShareFacts, type ShareFacts } from '../model/share-facts';

/**
 * What every export is made from: the organization and whatever billing has answered, read
 * from their queries, as of a capture time. `factsAt` is null until there is an organization.
 */
export function useShareFacts(connection: Connection, hideIdentifiers: boolean) {
  const org = organizationEndpoint.useQuery(connection).data?.value ?? null;
  const usage = usageCurrentEndpoint.useQuery(connection).data?.value ?? null;
  const balance = balanceEndpoint.useQuery(connection).data?.value ?? null;
  const invoices = invoicesEndpoint.useQuery(connection).data?.value ?? null;
  const spendingCaps = spendingCapsEndpoint.useQuery(connection).data?.value ?? null;
  const paymentMethod = paymentMethodEndpoint.useQuery(connection).data?.value ?? null;
  const { allowance } = useAllowance(org);
  const [timeZone] = useDisplayTimeZone();
  const factsAt = org
    ? (capturedAt: Date): ShareFacts =>
        buildShareFacts({
          org,
          allowance,
          sample: connection.kind === 'sample',
          apiBaseUrl: connection.kind === 'api' ? connection.baseUrl : '',
          capturedAt,
          hideIdentifiers,
          timeZone,
          billing: { usage, balance, invoices, spendingCaps, paymentMethod },
        })
    : null;
  return { factsAt, organizationId: org?.organizationId ?? null };
}
