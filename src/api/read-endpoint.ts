import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { apiClient, type ApiAnswer, type GetOptions } from '@/lib/api-client';
import type { Parsed } from '@/lib/field-reader';
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
    // Answers are replaced whole: comparing old and new deeply is slow for a 20 MB body and
    // recursive (a value nested 10,000 levels deep would overflow the stack).
    structuralSharing: false,
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

/** A validated answer and the body it came from (for "Show the raw response"). */
export interface Validated<T> {
  value: T;
  raw: unknown;
}

function validated<T>({ body }: ApiAnswer, parse: (body: unknown) => Parsed<T>, what: string): Validated<T> {
  const parsed = parse(body);
  if (!parsed.ok) {
    throw new ApiError('unreadable', `Mixpeek answered HTTP 200, but not with ${what}.`, {
      status: 200,
      details: [parsed.reason],
    });
  }
  return { value: parsed.value, raw: body };
}

interface Endpoint<T> {
  path: string;
  parse: (body: unknown) => Parsed<T>;
  /** What the answer should have been, for the message when it is not: "a credit balance". */
  what: string;
}

/** Reads and validates one endpoint; throws ApiError on any failure. */
export async function readValidated<T>(connection: Connection, endpoint: Endpoint<T>, options: GetOptions = {}) {
  return validated(await readEndpoint(connection, endpoint.path, options), endpoint.parse, endpoint.what);
}

/** The query of one validated endpoint, with the policy every endpoint shares. */
export function validatedQueryOptions<T, K extends QueryKey>(
  connection: Connection,
  queryKey: K,
  endpoint: Endpoint<T>,
  refreshSeconds: number,
) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => readValidated(connection, endpoint, { signal }),
    ...endpointPolicy(
      connection,
      refreshSeconds,
      (answer) => validated(answer, endpoint.parse, endpoint.what),
      endpoint.path,
    ),
  });
}
