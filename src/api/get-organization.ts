import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiAnswer, GetOptions } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { Organization } from '@/model/organization';
import type { Connection } from './connection';
import { parseOrganization } from './parse-organization';
import { API_PATHS } from './paths';
import { queryKeys } from './query-keys';
import { endpointPolicy, readEndpoint } from './read-endpoint';

const ORGANIZATION_PATH = API_PATHS.organization;

/** What one successful load gives: the validated organization and the body as received. */
export interface OrganizationSnapshot {
  organization: Organization;
  raw: unknown;
  sample: boolean;
}

function snapshotOf({ body }: ApiAnswer, sample: boolean): OrganizationSnapshot {
  const parsed = parseOrganization(body);
  if (!parsed.ok) {
    throw new ApiError('unreadable', 'Mixpeek answered HTTP 200, but not with an organization.', {
      status: 200,
      details: [parsed.reason],
    });
  }
  return { organization: parsed.organization, raw: body, sample };
}

/** GET /v1/organizations, validated field by field; throws ApiError on any failure. */
export async function fetchOrganization(connection: Connection, options: GetOptions = {}) {
  return snapshotOf(await readEndpoint(connection, ORGANIZATION_PATH, options), connection.kind === 'sample');
}

/** The organization query; `refreshSeconds` > 0 refetches on that interval. */
export function organizationQueryOptions(connection: Connection, refreshSeconds = 0) {
  return queryOptions({
    queryKey: queryKeys.organization(connection),
    queryFn: ({ signal }) => fetchOrganization(connection, { signal }),
    ...endpointPolicy(connection, refreshSeconds, (answer) => snapshotOf(answer, true), ORGANIZATION_PATH),
  });
}

export const useOrganization = (connection: Connection, refreshSeconds = 0) =>
  useQuery(organizationQueryOptions(connection, refreshSeconds));
