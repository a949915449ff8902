import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/api/connection';
import { API_PATHS } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import type { GetOptions } from '@/lib/api-client';
import { parseUsageBreakdown } from './parse-usage-breakdown';

/** GET /v1/organizations/billing/usage/breakdown?billing_month=YYYY-MM */
export const usageBreakdownEndpoint = (billingMonth: string) => ({
  path: API_PATHS.usageBreakdown(billingMonth),
  parse: parseUsageBreakdown,
  what: 'a usage breakdown',
});

export const fetchUsageBreakdown = (connection: Connection, billingMonth: string, options?: GetOptions) =>
  readValidated(connection, usageBreakdownEndpoint(billingMonth), options);

export const usageBreakdownQueryOptions = (connection: Connection, billingMonth: string, refreshSeconds = 0) =>
  validatedQueryOptions(
    connection,
    queryKeys.billing.usageBreakdown(connection, billingMonth),
    usageBreakdownEndpoint(billingMonth),
    refreshSeconds,
  );

export const useUsageBreakdown = (connection: Connection, billingMonth: string, refreshSeconds = 0) =>
  useQuery(usageBreakdownQueryOptions(connection, billingMonth, refreshSeconds));
