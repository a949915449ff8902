import { RESPONSE_TOO_LARGE_TYPE } from '@/config/proxy';
import { isRecord } from './guards';
import { mapStrings } from './walk';

export type ApiErrorKind =
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'request' // 400, 404, 422 and other 4xx: the API's own message
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'network' // offline, CORS, DNS, wrong URL
  | 'timeout'
  | 'unexpected-response' // not JSON
  | 'too-large' // a body above the client's limit
  | 'unreadable'; // JSON without an organization

/**
 * A failed organization request, classified so the screen can say what happened and the
 * query can decide whether to retry. Messages never contain the API key.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  /** The API's own messages (ErrorResponse.error.message, or each validation loc: msg). */
  readonly details: string[];
  readonly contentType: string | null;
  /** From Retry-After on 429; null when absent or unreadable. */
  readonly retryAfterMs: number | null;
  readonly receivedAt: number;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: {
      status?: number | null;
      details?: string[];
      contentType?: string | null;
      retryAfterMs?: number | null;
      receivedAt?: number;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.details = options.details ?? [];
    this.contentType = options.contentType ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.receivedAt = options.receivedAt ?? Date.now();
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Otherwise only an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"): Date.parse would also
  // read "1.5" or "-5" as dates, turning a malformed header into "retry now".
  if (!/^[A-Za-z]{3},? /.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Pulls human-readable messages out of an ErrorResponse or HTTPValidationError body. */
export function apiMessages(body: unknown): string[] {
  if (!isRecord(body)) return [];
  if (isRecord(body.error) && typeof body.error.message === 'string' && body.error.message.trim()) {
    return [body.error.message.trim()];
  }
  if (Array.isArray(body.detail)) {
    return body.detail.flatMap((item: unknown) => {
      if (!isRecord(item) || typeof item.msg !== 'string') return [];
      const loc = Array.isArray(item.loc)
        ? item.loc.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
        : '';
      return [loc ? `${loc}: ${item.msg}` : item.msg];
    });
  }
  // FastAPI's plain HTTPException form.
  if (typeof body.detail === 'string' && body.detail.trim()) return [body.detail.trim()];
  return [];
}

/**
 * Classifies a response whose status is not 2xx. The status decides the kind; the body only
 * adds the API's own words. A 5xx that is not the API's JSON (a gateway's HTML page) is an
 * unexpected response, retried like any 5xx.
 */
export function errorFromResponse(
  response: Pick<Response, 'status' | 'headers'>,
  isJson: boolean,
  body: unknown,
  now = Date.now(),
): ApiError {
  const { status, headers } = response;
  const details = isJson ? apiMessages(body) : [];
  const contentType = headers.get('content-type');
  const options = { status, details, contentType };
  if (status === 401) return new ApiError('unauthorized', `Mixpeek answered HTTP ${status} (unauthorized).`, options);
  if (status === 403) return new ApiError('forbidden', `Mixpeek answered HTTP ${status} (forbidden).`, options);
  if (status === 429) {
    return new ApiError('rate-limited', `Mixpeek answered HTTP ${status} (too many requests).`, {
      ...options,
      retryAfterMs: parseRetryAfter(headers.get('retry-after'), now),
    });
  }
  // This app's proxy refuses to pass on an answer above its limit, and says so in kind.
  if (isRecord(body) && isRecord(body.error) && body.error.type === RESPONSE_TOO_LARGE_TYPE) {
    return new ApiError('too-large', `The answer is too large to show: ${details[0] ?? 'above the limit'}.`, options);
  }
  if (status >= 500 && details.length === 0 && !isJson) {
    return new ApiError(
      'unexpected-response',
      `Unexpected response: HTTP ${status} (${contentType || 'no content type'}).`,
      options,
    );
  }
  if (status >= 500) return new ApiError('server', `Mixpeek answered HTTP ${status}.`, options);
  return new ApiError('request', `Mixpeek answered HTTP ${status}.`, options);
}

/** Most retries for each kind; kinds not listed are never retried (the answer would not change). */
const MAX_RETRIES: Partial<Record<ApiErrorKind, number>> = { server: 3, 'rate-limited': 3, network: 1 };

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  // A gateway's HTML error page in front of the API is as transient as the API's own 5xx.
  const kind = error.kind === 'unexpected-response' && (error.status ?? 0) >= 500 ? 'server' : error.kind;
  return failureCount < (MAX_RETRIES[kind] ?? 0);
}

/** Default wait when a 429 carries no readable Retry-After (CORS can hide the header). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/** How long a 429 asks to wait: its Retry-After, or a cautious default when it gave none. */
export function rateLimitWaitMs(error: ApiError): number {
  return error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
}

/**
 * Until when a 429 forbids asking again (epoch ms); null for any other failure. Manual
 * retries, refresh and refetch-on-focus all respect it, not only the automatic retries.
 */
export function rateLimitedUntil(error: unknown): number | null {
  return error instanceof ApiError && error.kind === 'rate-limited' ? error.receivedAt + rateLimitWaitMs(error) : null;
}

/**
 * Waits before retry `attempt` (0-based): what the server asked on 429, never less;
 * otherwise exponential backoff from 1 s, with jitter over the upper half of each step, capped at 30 s.
 */
export function retryDelay(attempt: number, error: unknown, random: () => number = Math.random): number {
  if (error instanceof ApiError && error.kind === 'rate-limited') return rateLimitWaitMs(error);
  const ceiling = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Replaces every occurrence of the key in text coming back from the server. */
export function redactKey(text: string, apiKey: string): string {
  return apiKey ? text.split(apiKey).join('[API key]') : text;
}

/**
 * A decoded JSON value with the key replaced in every string (keys included), so nothing
 * derived from a response (messages, problems, the raw view) can show it. Iterative and
 * copy-on-write (lib/walk): a 20 MB body without the key is returned as is, a value nested
 * 10,000 levels deep does not overflow the stack.
 */
export function redactKeyDeep(value: unknown, apiKey: string): unknown {
  return apiKey ? mapStrings(value, (text) => (text.includes(apiKey) ? redactKey(text, apiKey) : text)) : value;
}
