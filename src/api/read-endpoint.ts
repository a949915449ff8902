import { apiClient, type ApiAnswer, type GetOptions } from '@/lib/api-client';
import { ApiError, retryDelay, shouldRetry } from '@/lib/api-error';
import { sampleResponse } from '@/samples/sample-responses';
import type { Connection } from './connection';

function sampleAnswer(connection: Extract<Connection, { kind: 'sample' }>, path: string): ApiAnswer | undefined {
  const body = sampleResponse(connection.sampleId, path);
  return body === undefined ? undefined : { body, receivedAt: Date.now() };
}

/** One endpoint's answer for a connection: from the API, or from the built-in samples. */
export function readEndpoint(connection: Connection, path: string, options: GetOptions = {}): Promise<ApiAnswer> {
  if (connection.kind === 'api') return apiClient.get(connection, path, options);
  const answer = sampleAnswer(connection, path);
  return answer
    ? Promise.resolve(answer)
    : Promise.reject(new ApiError('unreadable', `There is no sample organization "${connection.sampleId}".`));
}

const notPaused = (connection: Connection) => () =>
  connection.kind === 'sample' || apiClient.rateLimitPause(connection) === null;

/**
 * What every endpoint's query shares: the classified retry policy, never sooner than a 429
 * of the key asked (on focus and reconnect too), the auto-refresh interval (React Query
 * pauses it while the tab is hidden), and for samples their data at once, never refetched.
 */
export function endpointPolicy<T>(
  connection: Connection,
  refreshSeconds: number,
  sampleData: (answer: ApiAnswer) => T,
  path: string,
) {
  const common = {
    retry: shouldRetry,
    retryDelay,
    refetchOnWindowFocus: notPaused(connection),
    refetchOnReconnect: notPaused(connection),
    staleTime: 30_000,
  };
  if (connection.kind === 'sample') {
    const initialData = () => {
      const answer = sampleAnswer(connection, path);
      return answer ? sampleData(answer) : undefined;
    };
    return { ...common, staleTime: Infinity, initialData };
  }
  return { ...common, refetchInterval: refreshSeconds > 0 ? refreshSeconds * 1000 : (false as const) };
}
