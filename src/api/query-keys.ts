import { keyFingerprint } from '@/lib/fingerprint';
import type { Connection } from './connection';

/**
 * Every query key of the app, built only here, under one root. A connection's keys hold
 * its base URL and a fingerprint of the key, never the key itself, so everything read with
 * one key can be found (and forgotten) by its prefix.
 */
export const queryKeys = {
  all: ['mixpeek'] as const,
  connection: (connection: Connection) =>
    connection.kind === 'api'
      ? ([...queryKeys.all, 'api', connection.baseUrl, keyFingerprint(connection.apiKey)] as const)
      : ([...queryKeys.all, 'sample', connection.sampleId] as const),
  organization: (connection: Connection) => [...queryKeys.connection(connection), 'organization'] as const,
  billing: {
    balance: (connection: Connection) => [...queryKeys.connection(connection), 'billing', 'balance'] as const,
    usageCurrent: (connection: Connection) =>
      [...queryKeys.connection(connection), 'billing', 'usage-current'] as const,
    usageBreakdown: (connection: Connection, billingMonth: string) =>
      [...queryKeys.connection(connection), 'billing', 'usage-breakdown', billingMonth] as const,
    invoices: (connection: Connection, limit: number) =>
      [...queryKeys.connection(connection), 'billing', 'invoices', limit] as const,
    spendingCaps: (connection: Connection) =>
      [...queryKeys.connection(connection), 'billing', 'spending-caps'] as const,
    paymentMethod: (connection: Connection) =>
      [...queryKeys.connection(connection), 'billing', 'payment-method'] as const,
  },
};
