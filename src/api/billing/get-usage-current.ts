import { useQuery } from '@tanstack/react-query';
import type { GetOptions } from '@/lib/api-client';
import type { Connection } from '@/api/connection';
import { API_PATHS } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import { parseUsageCurrent } from './parse-usage-current';

/** GET /v1/organizations/billing/usage/current */
export const USAGE_CURRENT_ENDPOINT = {
  path: API_PATHS.usageCurrent,
  parse: parseUsageCurrent,
  what: "this period's usage",
};

export const fetchUsageCurrent = (connection: Connection, options?: GetOptions) =>
  readValidated(connection, USAGE_CURRENT_ENDPOINT, options);

export const usageCurrentQueryOptions = (connection: Connection, refreshSeconds = 0) =>
  validatedQueryOptions(connection, queryKeys.billing.usageCurrent(connection), USAGE_CURRENT_ENDPOINT, refreshSeconds);

export const useUsageCurrent = (connection: Connection, refreshSeconds = 0) =>
  useQuery(usageCurrentQueryOptions(connection, refreshSeconds));
