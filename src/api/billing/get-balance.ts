import { useQuery } from '@tanstack/react-query';
import type { GetOptions } from '@/lib/api-client';
import type { Connection } from '@/api/connection';
import { API_PATHS } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import { parseBalance } from './parse-balance';

/** GET /v1/organizations/billing/balance */
export const BALANCE_ENDPOINT = {
  path: API_PATHS.balance,
  parse: parseBalance,
  what: 'a credit balance',
};

export const fetchBalance = (connection: Connection, options?: GetOptions) =>
  readValidated(connection, BALANCE_ENDPOINT, options);

export const balanceQueryOptions = (connection: Connection, refreshSeconds = 0) =>
  validatedQueryOptions(connection, queryKeys.billing.balance(connection), BALANCE_ENDPOINT, refreshSeconds);

export const useBalance = (connection: Connection, refreshSeconds = 0) =>
  useQuery(balanceQueryOptions(connection, refreshSeconds));
