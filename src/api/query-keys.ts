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
};
