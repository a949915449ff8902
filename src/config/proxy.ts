/**
 * The same-origin proxy to the Mixpeek API: where it lives and what it lets through. One set of
 * rules for `npm run dev` / `npm run preview` (vite.config.ts), the production server
 * (server/) and the app; deploy/nginx.conf spells out the same allowlist for nginx. Pure
 * TypeScript, no Node or DOM APIs, so every one of them can import it.
 */
import { API_PATHS } from '../api/routes.ts';

/** Where the Mixpeek API lives unless configured otherwise (the key screen, the proxy, the CSP). */
export const DEFAULT_API_URL = 'https://api.mixpeek.com';

/** Path on the app's own origin (below its base path) that the proxy forwards to the Mixpeek API. */
export const PROXY_PATH = '/mixpeek-api';

/** The only upstream paths the proxy forwards (the dashboard's endpoints), compared byte for byte with the path as sent. */
export const PROXY_ALLOWED_PATHS: readonly string[] = API_PATHS;

/** Every allowed path is read-only. */
const PROXY_ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** The value of `Allow` on a 405. */
const PROXY_ALLOW_HEADER = PROXY_ALLOWED_METHODS.join(', ');

/** How long the upstream may take for the whole exchange, headers and body. */
export const PROXY_UPSTREAM_TIMEOUT_MS = 15_000;

/** The largest upstream body the proxy passes on (the API's answers are a few KB). */
export const PROXY_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

/**
 * Upstream connections the Node proxy keeps open and reuses (MIXPEEK_PROXY_CONNECTIONS): at
 * ~50 ms per API answer, 256 connections carry about 5,000 requests a second.
 */
export const PROXY_UPSTREAM_CONNECTIONS = 256;

/**
 * Upstream requests under way at once (MIXPEEK_PROXY_MAX_IN_FLIGHT); above it the proxy answers
 * 503 with Retry-After at once rather than queueing behind a slow upstream.
 */
export const PROXY_MAX_IN_FLIGHT = 1024;

/** Request headers sent on to the upstream (lower case); everything else, Cookie included, stays here. */
const PROXY_REQUEST_HEADERS = ['authorization', 'accept'] as const;

/** Response headers passed back from the upstream (lower case); Set-Cookie and hop-by-hop ones never are. */
const PROXY_RESPONSE_HEADERS = [
  'content-type',
  'content-encoding',
  'retry-after',
  'cache-control',
  'content-length',
] as const;

export type ProxyDecision =
  | { action: 'forward'; /** Path and query for the upstream, exactly as received. */ upstreamTarget: string }
  | { action: 'refuse'; status: 400 | 404 | 405; message: string; headers: Record<string, string> };

const ALLOWED = new Set<string>(PROXY_ALLOWED_PATHS);
const METHODS = new Set<string>(PROXY_ALLOWED_METHODS);
// A request target is printable ASCII (RFC 9112 §3.2); '#' never belongs to one.
const PRINTABLE_WITHOUT_HASH = /^[\x21-\x22\x24-\x7e]*$/;

/**
 * Decides one proxy request. `target` is the raw request target after the proxy prefix (path
 * and query, still percent-encoded, as the client sent it). The path must be byte for byte one
 * of PROXY_ALLOWED_PATHS: no decoding, no normalisation, so no encoding, dot segment, doubled
 * slash or trailing slash can reach another upstream path. The query passes unchanged.
 */
export function checkProxyRequest(method: string, target: string): ProxyDecision {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  if (!ALLOWED.has(path)) {
    return refuse(404, 'Not found: the proxy forwards only the Mixpeek API paths this dashboard reads');
  }
  if (!METHODS.has(method)) {
    return refuse(405, `Method ${method} not allowed: the proxy is read-only`, { allow: PROXY_ALLOW_HEADER });
  }
  if (!PRINTABLE_WITHOUT_HASH.test(query)) {
    return refuse(400, 'Bad request: the query string holds characters a request target may not');
  }
  return { action: 'forward', upstreamTarget: target };
}

function refuse(status: 400 | 404 | 405, message: string, headers: Record<string, string> = {}): ProxyDecision {
  return { action: 'refuse', status, message, headers };
}

/**
 * The error type of the proxy's 502 for an answer above PROXY_MAX_RESPONSE_BYTES: the app
 * reads it as "too large" (not retried) rather than as a failing server.
 */
export const RESPONSE_TOO_LARGE_TYPE = 'ResponseTooLargeError';

/** The error types of the ErrorResponse bodies the proxy writes itself. */
const ERROR_TYPES: Record<number, string> = {
  400: 'BadRequestError',
  404: 'NotFoundError',
  405: 'MethodNotAllowedError',
  500: 'InternalServerError',
  502: 'BadGatewayError',
  503: 'ServiceUnavailableError',
  504: 'GatewayTimeoutError',
};

export interface ErrorResponseBody {
  success: false;
  status: number;
  error: { message: string; type: string };
}

/** An error in Mixpeek's own ErrorResponse shape, which the app reads (`error.message`). */
export function errorResponseBody(status: number, message: string, type?: string): ErrorResponseBody {
  return { success: false, status, error: { message, type: type ?? ERROR_TYPES[status] ?? 'Error' } };
}

type HeaderValue = string | readonly string[] | number | undefined;

const headerText = (value: HeaderValue): string | undefined =>
  value === undefined ? undefined : typeof value === 'object' ? value.join(', ') : String(value);

/** The request headers to send upstream: Authorization and Accept, and nothing else. */
export function upstreamRequestHeaders(incoming: Readonly<Record<string, HeaderValue>>): Record<string, string> {
  return pick(incoming, PROXY_REQUEST_HEADERS);
}

/**
 * The upstream response headers to pass back. Content-Length only when the body is passed on
 * unchanged; Set-Cookie, hop-by-hop and every other header are dropped.
 */
export function downstreamResponseHeaders(
  upstream: Readonly<Record<string, HeaderValue>>,
  options: { bodyUnchanged: boolean },
): Record<string, string> {
  const names = PROXY_RESPONSE_HEADERS.filter((name) => options.bodyUnchanged || name !== 'content-length');
  const picked = pick(upstream, names);
  // An answer to a request with a key is never for a shared cache.
  if (picked['cache-control'] !== undefined && SHARED_CACHE.test(picked['cache-control'])) {
    picked['cache-control'] = 'private, no-store';
  }
  return picked;
}

const SHARED_CACHE = /(?:^|[\s,])(?:public|s-maxage)\b/i;

function pick(headers: Readonly<Record<string, HeaderValue>>, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const text = headerText(value);
    if (names.includes(lower) && text !== undefined) picked[lower] = text;
  }
  return picked;
}
