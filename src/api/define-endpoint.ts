import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, type ApiAnswer, type GetOptions } from '@/lib/api-client';
import { ApiError, retryDelay as classifiedDelay, shouldRetry } from '@/lib/api-error';
import type { Parsed } from '@/lib/field-reader';
import { sampleResponse } from '@/samples/sample-responses';
import type { Connection } from './connection';
import { queryKeys } from './query-keys';
import type { ApiRoute, RouteParams as Params } from './routes';

/** A validated answer and the body it came from (for "Show the raw response"). */
export interface Validated<T> {
  value: T;
  raw: unknown;
}

export interface EndpointSpec<T, P> {
  route: ApiRoute<P>;
  /** The query key under the connection's: ['billing', 'balance']; the parameter follows. */
  key: readonly (string | number)[];
  parse: (body: unknown) => Parsed<T>;
  /** What the answer should have been, for the message when it is not: "a credit balance". */
  what: string;
}

function sampleAnswer(connection: Extract<Connection, { kind: 'sample' }>, target: string): ApiAnswer | undefined {
  const body = sampleResponse(connection.sampleId, target);
  return body === undefined ? undefined : { body, receivedAt: Date.now() };
}

/** One request target's answer for a connection: from the API, or from the built-in samples. */
function readTarget(connection: Connection, target: string, options: GetOptions): Promise<ApiAnswer> {
  if (connection.kind === 'api') return apiClient.get(connection, target, options);
  const answer = sampleAnswer(connection, target);
  return answer
    ? Promise.resolve(answer)
    : Promise.reject(new ApiError('unreadable', `There is no sample organization "${connection.sampleId}".`));
}

// Typed with Error, React Query's default error type, so every endpoint's options fit useQueries.
const retry: (failureCount: number, error: Error) => boolean = shouldRetry;
const retryDelay: (failureCount: number, error: Error) => number = classifiedDelay;

const notPaused = (connection: Connection) => () =>
  connection.kind === 'sample' || apiClient.rateLimitPause(connection) === null;

/**
 * One endpoint, defined once: its fetcher, its query options and its hook all come from here,
 * with the policy every endpoint shares. Auto-refresh is not part of it: one timer refreshes
 * a connection's queries together (./use-auto-refresh.ts).
 */
export function defineEndpoint<T, P = never>(spec: EndpointSpec<T, P>) {
  const validated = ({ body }: ApiAnswer): Validated<T> => {
    const parsed = spec.parse(body);
    if (!parsed.ok) {
      throw new ApiError('unreadable', `Mixpeek answered HTTP 200, but not with ${spec.what}.`, {
        status: 200,
        details: [parsed.reason],
      });
    }
    return { value: parsed.value, raw: body };
  };
  const target = (params: Params<P>) => spec.route.target(...params);
  const key = (connection: Connection, ...params: Params<P>) =>
    [...queryKeys.connection(connection), ...spec.key, ...params] as const;

  /** Reads and validates the endpoint; throws ApiError on any failure. */
  const fetch = async (connection: Connection, options: GetOptions = {}, ...params: Params<P>) =>
    validated(await readTarget(connection, target(params), options));

  const options = (connection: Connection, ...params: Params<P>) => {
    const sample =
      connection.kind === 'sample'
        ? {
            // A sample's data is there at once and never changes.
            staleTime: Infinity,
            initialData: () => {
              const answer = sampleAnswer(connection, target(params));
              return answer ? validated(answer) : undefined;
            },
          }
        : { staleTime: 30_000 };
    return queryOptions({
      queryKey: key(connection, ...params),
      queryFn: ({ signal }) => fetch(connection, { signal }, ...params),
      // Answers are replaced whole: comparing old and new deeply is slow for a 20 MB body and
      // recursive (a value nested 10,000 levels deep would overflow the stack).
      structuralSharing: false,
      retry,
      retryDelay,
      // A card that mounts after its query failed shows that failure instead of asking again at
      // once (the failure was already retried as its kind allows; Try again asks anew).
      retryOnMount: false,
      // Never sooner than a 429 of the key asked, on focus and reconnect too.
      refetchOnWindowFocus: notPaused(connection),
      refetchOnReconnect: notPaused(connection),
      ...sample,
    });
  };

  return {
    route: spec.route,
    key,
    fetch,
    queryOptions: options,
    useQuery: (connection: Connection, ...params: Params<P>) => useQuery(options(connection, ...params)),
  };
}
