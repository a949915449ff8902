import { useQuery } from '@tanstack/react-query';
import type { GetOptions } from '@/lib/api-client';
import type { Connection } from '@/api/connection';
import { API_PATHS } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import { parseSpendingCaps } from './parse-spending-caps';

/** GET /v1/organizations/billing/spending-caps */
export const SPENDING_CAPS_ENDPOINT = {
  path: API_PATHS.spendingCaps,
  parse: parseSpendingCaps,
  what: 'spending caps',
};

export const fetchSpendingCaps = (connection: Connection, options?: GetOptions) =>
  readValidated(connection, SPENDING_CAPS_ENDPOINT, options);

export const spendingCapsQueryOptions = (connection: Connection, refreshSeconds = 0) =>
  validatedQueryOptions(connection, queryKeys.billing.spendingCaps(connection), SPENDING_CAPS_ENDPOINT, refreshSeconds);

export const useSpendingCaps = (connection: Connection, refreshSeconds = 0) =>
  useQuery(spendingCapsQueryOptions(connection, refreshSeconds));
