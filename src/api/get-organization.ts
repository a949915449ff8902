import { queryOptions, useQuery } from '@tanstack/react-query';
import { config } from '@/config/env';
import { formatSeconds } from '@/lib/format';
import type { Session } from '@/features/session/model/session';
import { findSample } from '@/samples/sample-organizations';
import { parseOrganization } from './parse-organization';
import type { Organization } from '@/model/organization';
import { organizationKeys } from './query-keys';
import { ApiError, errorFromResponse, rateLimitedUntil, redactKeyDeep, retryDelay, shouldRetry } from '@/lib/api-error';

/** What one successful load gives: the validated organization and the body as received. */
export interface OrganizationSnapshot {
  organization: Organization;
  raw: unknown;
  sample: boolean;
}

export interface FetchOrganizationInput {
  baseUrl: string;
  apiKey: string;
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/** Links the caller's signal (query cancellation) with a timeout; tells which one fired. */
function withTimeout(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

function snapshotFromBody(body: unknown, sample: boolean): OrganizationSnapshot {
  const parsed = parseOrganization(body);
  if (!parsed.ok) {
    throw new ApiError('unreadable', 'Mixpeek answered HTTP 200, but not with an organization.', {
      status: 200,
      details: [parsed.reason],
    });
  }
  return { organization: parsed.organization, raw: body, sample };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * GET {baseUrl}/v1/organizations with the key as a Bearer token; throws ApiError on any
 * failure. The key is removed from the decoded body before anything reads or shows it.
 */
export async function fetchOrganization({
  baseUrl,
  apiKey,
  signal,
  timeoutMs = config.requestTimeoutMs,
  fetchImpl = fetch,
}: FetchOrganizationInput): Promise<OrganizationSnapshot> {
  const abort = withTimeout(signal, timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(`${baseUrl}/v1/organizations`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
      signal: abort.signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by the query: not a failure to report
    if (abort.timedOut()) {
      throw new ApiError('timeout', `Mixpeek did not answer within ${formatSeconds(timeoutMs)}.`);
    }
    throw new ApiError('network', 'The browser could not reach the API.');
  } finally {
    abort.done();
  }

  const json = parseJson(text);
  const body = json.ok ? redactKeyDeep(json.value, apiKey) : undefined;
  if (!response.ok) throw errorFromResponse(response, json.ok, body);
  if (!json.ok) {
    const contentType = response.headers.get('content-type') || 'no content type';
    const what = text.trim() === '' ? 'an empty body' : 'a body that is not JSON';
    throw new ApiError(
      'unexpected-response',
      `Unexpected response: HTTP ${response.status} with ${what} (${contentType}).`,
      {
        status: response.status,
        contentType,
      },
    );
  }
  return snapshotFromBody(body, false);
}

const sampleSnapshot = (sampleId: string): OrganizationSnapshot | undefined => {
  const sample = findSample(sampleId);
  return sample ? snapshotFromBody(sample.body, true) : undefined;
};

const notRateLimited = (error: unknown) => (rateLimitedUntil(error) ?? 0) <= Date.now();

/**
 * The organization query. `refreshSeconds` > 0 refetches on that interval; React Query
 * pauses it while the tab is hidden (refetchIntervalInBackground stays false).
 */
export { organizationKeys };

export function organizationQueryOptions(session: Session, refreshSeconds = 0) {
  return queryOptions({
    queryKey: organizationKeys.forSession(session),
    queryFn: ({ signal }): Promise<OrganizationSnapshot> => {
      if (session.kind === 'sample') {
        const snapshot = sampleSnapshot(session.sampleId);
        if (!snapshot)
          return Promise.reject(new ApiError('unreadable', `There is no sample organization "${session.sampleId}".`));
        return Promise.resolve(snapshot);
      }
      return fetchOrganization({ baseUrl: session.baseUrl, apiKey: session.apiKey, signal });
    },
    retry: shouldRetry,
    retryDelay,
    // Never sooner than a 429 asked, even when the window regains focus or the network returns.
    refetchOnWindowFocus: (query) => notRateLimited(query.state.error ?? query.state.fetchFailureReason),
    refetchOnReconnect: (query) => notRateLimited(query.state.error ?? query.state.fetchFailureReason),
    staleTime: 30_000,
    // Sample data never changes; real data refreshes on demand, on focus and on the interval.
    ...(session.kind === 'sample'
      ? // Sample data is at hand: the first render already shows the dashboard, not a skeleton.
        { staleTime: Infinity, initialData: () => sampleSnapshot(session.sampleId) }
      : { refetchInterval: refreshSeconds > 0 ? refreshSeconds * 1000 : false }),
  });
}

export const useOrganization = (session: Session, refreshSeconds = 0) =>
  useQuery(organizationQueryOptions(session, refreshSeconds));
