import { config } from '@/config/env';
import type { ErrorContext } from '@/lib/describe-error';

/**
 * What one dashboard reads from: the Mixpeek API with a key (through a base URL), or a
 * built-in sample organization (no network at all).
 */
export type Connection = { kind: 'api'; apiKey: string; baseUrl: string } | { kind: 'sample'; sampleId: string };

/** What an error message names about where a connection's requests went. */
export const errorContextOf = (connection: Connection): ErrorContext => ({
  baseUrl: connection.kind === 'api' ? connection.baseUrl : 'sample data',
  proxyUrl: config.proxyUrl,
});
