import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { API_PATHS, API_ROUTES } from '@/api/routes';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { sampleResponse } from '@/samples/sample-responses';
import { errorBody, findFault, json, type StubResponse } from './fault-keys';

/**
 * The stub Mixpeek API as MSW request handlers: the one mock layer, used by the unit tests
 * (msw/node), by `npm run mock-api` (an HTTP server on these handlers) and so by the
 * end-to-end tests. It answers the organization and billing read endpoints for the demo
 * keys (the sample organizations) and the fault keys, checks the Bearer key as Mixpeek
 * does, and, like Mixpeek, sends CORS headers only to Mixpeek's own origins unless told
 * to allow any.
 */

/** Origins Mixpeek's API lets browsers call it from (its CORS allowlist is Mixpeek's own domains). */
const MIXPEEK_ORIGINS: readonly string[] = [
  'https://mixpeek.com',
  'https://www.mixpeek.com',
  'https://app.mixpeek.com',
];

export interface StubOptions {
  /** Base URL the handlers answer under ("https://api.example.test", "http://127.0.0.1:4010"). */
  apiUrl: string;
  /** 'mixpeek' (default): CORS headers for Mixpeek's origins only; 'any': for every origin. */
  cors?: 'mixpeek' | 'any';
  /** The time the samples' billing is made for (tests fix it); the clock's by default. */
  now?: () => Date;
  /** Added before every answer of the API's endpoints, as a distant API takes (the benchmark). */
  latencyMs?: number;
}

/** A request as the stub received it, for tests of what a proxy lets through. */
interface ReceivedRequest {
  method: string;
  path: string;
  headerNames: string[];
  cookie: string | null;
}

function corsHeaders(origin: string | null, cors: 'mixpeek' | 'any'): Record<string, string> {
  if (!origin || (cors === 'mixpeek' && !MIXPEEK_ORIGINS.includes(origin))) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': 'Authorization, Accept, Content-Type',
    'access-control-expose-headers': 'Retry-After',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

const bearerKey = (request: Request) =>
  /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '')?.[1];

const unauthorized = (message: string) => json(401, errorBody(401, 'AuthenticationError', message));

/** Creates the handlers with their own call counters (the 429 and flaky keys change with calls). */
export function createHandlers({
  apiUrl,
  cors = 'mixpeek',
  now = () => new Date(),
  latencyMs = 0,
}: StubOptions): HttpHandler[] {
  const base = apiUrl.replace(/\/+$/, '');
  const calls = new Map<string, number>();
  const received: ReceivedRequest[] = [];
  const count = (key: string, path: string) => {
    const id = `${key} ${path}`;
    const n = (calls.get(id) ?? 0) + 1;
    calls.set(id, n);
    return n;
  };

  const send = async (request: Request, stub: StubResponse) => {
    if (stub.delayMs) await delay(stub.delayMs);
    const headers = { ...stub.headers, ...corsHeaders(request.headers.get('origin'), cors) };
    // An empty body is sent as none: a string, even empty, would get a text/plain type.
    const noBody = stub.status === 204 || stub.status === 304 || stub.body === '';
    return new HttpResponse(noBody ? null : stub.body, { status: stub.status, headers });
  };

  /** The stub's answer to GET `path` (with its query) for the key the request carries. */
  const answer = (request: Request, path: string): StubResponse => {
    const key = bearerKey(request);
    if (!key) return unauthorized('Missing or malformed Authorization header');
    const n = count(key, path);
    const pathWithQuery = path + new URL(request.url).search;
    const sample = SAMPLE_ORGANIZATIONS.find((s) => s.demoKey === key);
    const fault = sample ? undefined : findFault(key);
    if (!sample && !fault) return unauthorized('Invalid API key');
    if (fault && path === API_ROUTES.organization.path) return fault.respond(n);
    if (fault?.billing) return fault.billing(n, pathWithQuery, now());
    const body = sampleResponse(sample?.id ?? SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now());
    return body === undefined
      ? json(404, errorBody(404, 'NotFoundError', `No route for GET ${path}`))
      : json(200, JSON.stringify(body));
  };

  return [
    http.get(`${base}/healthz`, () => HttpResponse.text('ok')),
    http.get(`${base}/__stub/requests`, () => HttpResponse.json(received)),
    http.delete(`${base}/__stub/requests`, () => {
      received.length = 0;
      return HttpResponse.json(received);
    }),
    // Records every other request, then lets the handlers below answer it.
    http.all(`${base}/*`, ({ request }) => {
      const url = new URL(request.url);
      received.push({
        method: request.method,
        path: url.pathname.slice(new URL(base).pathname.replace(/\/$/, '').length) + url.search,
        headerNames: [...request.headers.keys()].sort(),
        cookie: request.headers.get('cookie'),
      });
    }),
    http.options(`${base}/*`, ({ request }) => send(request, { status: 204, headers: {}, body: '' })),
    ...API_PATHS.map((path) =>
      http.get(`${base}${path}`, async ({ request }) => {
        if (latencyMs > 0) await delay(latencyMs);
        return send(request, answer(request, path));
      }),
    ),
    ...API_PATHS.map((path) =>
      http.all(`${base}${path}`, ({ request }) =>
        send(
          request,
          json(405, errorBody(405, 'MethodNotAllowed', 'Only GET is supported here'), { allow: 'GET, OPTIONS' }),
        ),
      ),
    ),
    http.all(`${base}/*`, ({ request }) => {
      const path = new URL(request.url).pathname.slice(new URL(base).pathname.replace(/\/$/, '').length);
      return send(request, json(404, errorBody(404, 'NotFoundError', `No route for ${request.method} ${path || '/'}`)));
    }),
  ];
}
