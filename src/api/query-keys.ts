import { keyFingerprint } from '@/lib/fingerprint';
import type { Connection } from './connection';

/**
 * The root of every query key, and each connection's prefix under it. A connection's keys hold
 * its base URL and a fingerprint of the key, never the key itself, so everything read with one
 * key can be found (and forgotten) by its prefix. Each endpoint's key continues it
 * (./define-endpoint.ts).
 */
export const queryKeys = {
  all: ['mixpeek'] as const,
  connection: (connection: Connection) =>
    connection.kind === 'api'
      ? ([...queryKeys.all, 'api', connection.baseUrl, keyFingerprint(connection.apiKey)] as const)
      : ([...queryKeys.all, 'sample', connection.sampleId] as const),
};
