import { useQuery } from '@tanstack/react-query';
import type { GetOptions } from '@/lib/api-client';
import type { Connection } from '@/api/connection';
import { API_PATHS } from '@/api/paths';
import { queryKeys } from '@/api/query-keys';
import { readValidated, validatedQueryOptions } from '@/api/read-endpoint';
import { parsePaymentMethod } from './parse-payment-method';

/** GET /v1/organizations/billing/payment-method */
export const PAYMENT_METHOD_ENDPOINT = {
  path: API_PATHS.paymentMethod,
  parse: parsePaymentMethod,
  what: 'a payment method',
};

export const fetchPaymentMethod = (connection: Connection, options?: GetOptions) =>
  readValidated(connection, PAYMENT_METHOD_ENDPOINT, options);

export const paymentMethodQueryOptions = (connection: Connection, refreshSeconds = 0) =>
  validatedQueryOptions(
    connection,
    queryKeys.billing.paymentMethod(connection),
    PAYMENT_METHOD_ENDPOINT,
    refreshSeconds,
  );

export const usePaymentMethod = (connection: Connection, refreshSeconds = 0) =>
  useQuery(paymentMethodQueryOptions(connection, refreshSeconds));
