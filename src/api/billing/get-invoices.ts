import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/api/connection';
import { API_PATHS, INVOICES_SHOWN } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import type { GetOptions } from '@/lib/api-client';
import { parseInvoices } from './parse-invoices';

/** GET /v1/organizations/billing/invoices?limit=N (1–100) */
export const invoicesEndpoint = (limit: number) => ({
  path: API_PATHS.invoices(limit),
  parse: parseInvoices,
  what: 'a list of invoices',
});

export const fetchInvoices = (connection: Connection, limit = INVOICES_SHOWN, options?: GetOptions) =>
  readValidated(connection, invoicesEndpoint(limit), options);

export const invoicesQueryOptions = (connection: Connection, refreshSeconds = 0, limit = INVOICES_SHOWN) =>
  validatedQueryOptions(
    connection,
    queryKeys.billing.invoices(connection, limit),
    invoicesEndpoint(limit),
    refreshSeconds,
  );

export const useInvoices = (connection: Connection, refreshSeconds = 0) =>
  useQuery(invoicesQueryOptions(connection, refreshSeconds));
