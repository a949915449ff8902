import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from '@/lib/fingerprint';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { sampleOrganizationBody } from '@/samples/sample-responses';
import { DOCS_EXAMPLE_BODY, FAULT_KEYS } from '@/testing/mocks/fault-keys';
import { recordRequests, resetStub, server, TEST_API_URL } from '@/testing/msw';
import { ApiError, retryDelay, shouldRetry } from '@/lib/api-error';
import type { Connection } from './connection';
import { organizationEndpoint } from './endpoints';
import { queryKeys } from './query-keys';

const BASE_URL = TEST_API_URL;

const api = (apiKey: string, baseUrl = BASE_URL): Connection => ({ kind: 'api', apiKey, baseUrl });

function fetchWithStub(apiKey: string, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  const requests = recordRequests();
  return { requests, result: organizationEndpoint.fetch(api(apiKey), extra) };
}

/** Runs the request and returns the ApiError it fails with (failing the test if it succeeds or throws something else). */
async function apiErrorFor(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    () => new Error('expected the request to fail'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(outcome)}`);
  return outcome;
}

const errorFor = (apiKey: string, extra: { timeoutMs?: number } = {}) =>
  apiErrorFor(fetchWithStub(apiKey, extra).result);

/** The organizations endpoint answers every request with the given response from now on; the requests are recorded. */
function answering(make: () => Response) {
  server.use(http.get(`${BASE_URL}/v1/organizations`, () => make()));
  return recordRequests();
}

describe('fetchOrganization against the stub API', () => {
  it.each(SAMPLE_ORGANIZATIONS.map((s) => [s.demoKey, s] as const))(
    'reads the sample organization for the demo key %s',
    async (demoKey, sample) => {
      const snapshot = await fetchWithStub(demoKey).result;
      expect(snapshot.value.organizationName).toBe(sample.body.organization_name);
      expect(snapshot.value.organizationId).toBe(sample.body.organization_id);
      expect(snapshot.value.creditCount).toBe(sample.body.credit_count);
      expect(snapshot.value.problems).toEqual([]);
      expect(snapshot.raw).toEqual(sampleOrganizationBody(sample.id));
    },
  );

  it('sends GET {baseUrl}/v1/organizations with the key as a Bearer token', async () => {
    const { requests, result } = fetchWithStub('sk_test_demo_pro_f456');
    await result;
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.url).toBe(`${BASE_URL}/v1/organizations`);
    expect(request!.method).toBe('GET');
    expect(request!.headers.get('authorization')).toBe('Bearer sk_test_demo_pro_f456');
    expect(request!.headers.get('accept')).toBe('application/json');
  });

  it('keeps a base URL path (the same-origin proxy)', async () => {
    resetStub('http://localhost:5173/mixpeek-api');
    const requests = recordRequests();
    const snapshot = await organizationEndpoint.fetch(
      api('sk_test_demo_team_c3d4', 'http://localhost:5173/mixpeek-api'),
    );
    expect(requests[0]!.url).toBe('http://localhost:5173/mixpeek-api/v1/organizations');
    expect(snapshot.value.organizationName).toBe('Northwind Media');
  });

  it('asks fetch not to send cookies, cache or a referrer', async () => {
    const sample = SAMPLE_ORGANIZATIONS[0]!;
    const calls = answering(() => HttpResponse.json(sample.body));
    await organizationEndpoint.fetch(api('sk_live_k'));
    expect(calls[0]!.url).toBe(`${BASE_URL}/v1/organizations`);
    expect(calls[0]).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  });

  it('gives unauthorized for an unknown key', async () => {
    const error = await errorFor('sk_live_not_a_known_key');
    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.details).toEqual(['Invalid API key']);
  });

  it('gives unauthorized for the 401 fault key', async () => {
    expect((await errorFor('sk_test_fault_401')).kind).toBe('unauthorized');
  });

  it('gives forbidden for sk_test_fault_403', async () => {
    const error = await errorFor('sk_test_fault_403');
    expect(error.kind).toBe('forbidden');
    expect(error.status).toBe(403);
    expect(error.details).toEqual(['This API key may not read organization details']);
  });

  it('gives a request error with the API message for sk_test_fault_404', async () => {
    const error = await errorFor('sk_test_fault_404');
    expect(error.kind).toBe('request');
    expect(error.status).toBe(404);
    expect(error.details).toEqual(['Organization not found']);
  });

  it('gives a request error with the validation message for sk_test_fault_422', async () => {
    const error = await errorFor('sk_test_fault_422');
    expect(error.kind).toBe('request');
    expect(error.status).toBe(422);
    expect(error.details).toEqual(['header.Authorization: Authorization header is malformed']);
  });

  it('gives rate-limited with Retry-After for sk_test_fault_429, then the organization', async () => {
    const input = api('sk_test_fault_429_unit');
    const error = await apiErrorFor(organizationEndpoint.fetch(input));
    expect(error.kind).toBe('rate-limited');
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(2_000);
    expect(error.details).toEqual(['Too many requests']);
    // The next request of this key waits out the Retry-After before it is sent.
    const asked = Date.now();
    const snapshot = await organizationEndpoint.fetch(input);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(1_900);
    expect(snapshot.value.organizationName).toBe('Acme Corporation');
  });

  it('gives a server error for sk_test_fault_500', async () => {
    const error = await errorFor('sk_test_fault_500');
    expect(error.kind).toBe('server');
    expect(error.status).toBe(500);
    expect(error.details).toEqual(['Something went wrong on our side']);
    expect(shouldRetry(0, error)).toBe(true);
  });

  it('recovers from the flaky key on the third request', async () => {
    const input = api('sk_test_fault_flaky');
    expect((await apiErrorFor(organizationEndpoint.fetch(input))).kind).toBe('server');
    expect((await apiErrorFor(organizationEndpoint.fetch(input))).kind).toBe('server');
    expect((await organizationEndpoint.fetch(input)).value.organizationId).toBe('org_demo123');
  });

  it('gives an unexpected response for the HTML gateway page, naming status and content type', async () => {
    const error = await errorFor('sk_test_fault_html');
    expect(error.kind).toBe('unexpected-response');
    expect(error.status).toBe(502);
    expect(error.contentType).toBe('text/html');
    expect(error.message).toContain('502');
    expect(error.message).toContain('text/html');
    expect(error.details).toEqual([]);
    expect(shouldRetry(0, error)).toBe(true);
  });

  it('gives an unexpected response for truncated JSON', async () => {
    const error = await errorFor('sk_test_fault_malformed');
    expect(error.kind).toBe('unexpected-response');
    expect(error.status).toBe(200);
    expect(error.message).toBe('Unexpected response: HTTP 200 with a body that is not JSON (application/json).');
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('gives an unexpected response for an empty body', async () => {
    const error = await errorFor('sk_test_fault_empty');
    expect(error.kind).toBe('unexpected-response');
    expect(error.status).toBe(200);
    // The content type is named (a Response built from a string reports text/plain here).
    expect(error.message).toMatch(/^Unexpected response: HTTP 200 with an empty body \(.+\)\.$/);
  });

  it('gives unreadable for JSON that holds no organization', async () => {
    const error = await errorFor('sk_test_fault_unreadable');
    expect(error.kind).toBe('unreadable');
    expect(error.status).toBe(200);
    expect(error.details).toEqual(['The response has neither an organization_id nor an organization_name.']);
  });

  it('reads the docs example with its problems', async () => {
    const snapshot = await fetchWithStub('sk_test_fault_docs_example').result;
    expect(snapshot.raw).toEqual(DOCS_EXAMPLE_BODY);
    expect(snapshot.value.organizationName).toBe('Acme Corporation');
    expect(snapshot.value.problems.map((p) => p.field).sort()).toEqual(['rate_limits', 'updated_at']);
  });

  it('reads the drift body with its problems', async () => {
    const snapshot = await fetchWithStub('sk_test_fault_drift').result;
    expect(snapshot.value.accountType).toBe('platinum');
    expect(snapshot.value.problems.length).toBeGreaterThan(0);
  });

  it('gives a timeout when the API does not answer within timeoutMs', async () => {
    const started = Date.now();
    const error = await errorFor('sk_test_fault_hang', { timeoutMs: 50 });
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('names the timeout in seconds', async () => {
    server.use(
      http.get(`${BASE_URL}/v1/organizations`, async () => {
        await delay(60_000);
        return HttpResponse.json({});
      }),
    );
    const error = await apiErrorFor(organizationEndpoint.fetch(api('sk_test_timeout_key'), { timeoutMs: 1_000 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('Mixpeek did not answer within 1 second.');
  });

  it('gives a network error when fetch rejects', async () => {
    answering(() => HttpResponse.error());
    const error = await apiErrorFor(organizationEndpoint.fetch(api('sk_live_x')));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('The browser could not reach the API.');
    expect(shouldRetry(0, error)).toBe(true);
  });

  it('gives a network error when reading the body fails', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.error(new TypeError('connection reset'));
      },
    });
    answering(() => new HttpResponse(body, { status: 200 }));
    const error = await apiErrorFor(organizationEndpoint.fetch(api('sk_live_x')));
    expect(error.kind).toBe('network');
  });

  it('rejects, but not with an ApiError, when the caller aborts', async () => {
    const controller = new AbortController();
    const { result } = fetchWithStub('sk_test_fault_slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const outcome = await result.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(outcome).not.toBe('resolved');
    expect(outcome).not.toBeInstanceOf(ApiError);
    expect((outcome as { name?: unknown }).name).toBe('AbortError');
  });

  it('rejects, but not with an ApiError, when the signal was aborted before the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await fetchWithStub('sk_test_demo_pro_f456', { signal: controller.signal }).result.then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(outcome).not.toBe('resolved');
    expect(outcome).not.toBeInstanceOf(ApiError);
  });

  it('does not let a caller abort after the answer affect the result', async () => {
    const controller = new AbortController();
    const snapshot = await fetchWithStub('sk_test_demo_free_a1b2', { signal: controller.signal }).result;
    controller.abort();
    expect(snapshot.value.organizationName).toBe('Tinker Labs');
  });
});

describe('fetchOrganization never reveals the key', () => {
  const everyStubKey = [
    ...FAULT_KEYS.map((f) => f.key).filter((k) => k !== 'sk_test_fault_hang' && k !== 'sk_test_fault_slow'),
    'sk_live_unknown_key_123456',
  ];

  const leaks = (error: ApiError, key: string) =>
    [error.message, ...error.details, error.contentType ?? ''].some((text) => text.includes(key));

  it.each(everyStubKey)('no message or detail contains %s', async (key) => {
    const outcome = await fetchWithStub(key).result.then(
      () => null,
      (error: unknown) => error,
    );
    if (outcome === null) return; // answered with an organization (the docs example and drift keys)
    expect(outcome).toBeInstanceOf(ApiError);
    expect(leaks(outcome as ApiError, key)).toBe(false);
  });

  const KEY = 'sk_live_secret_abcdef123456';

  it.each([
    [
      401,
      JSON.stringify({ success: false, status: 401, error: { message: `Invalid API key ${KEY}`, type: 'AuthError' } }),
      'unauthorized',
      ['Invalid API key [API key]'],
    ],
    [
      403,
      JSON.stringify({ error: { message: `${KEY} may not read ${KEY}` } }),
      'forbidden',
      ['[API key] may not read [API key]'],
    ],
    [400, JSON.stringify({ detail: `Bad token: Bearer ${KEY}` }), 'request', ['Bad token: Bearer [API key]']],
    [
      422,
      JSON.stringify({ detail: [{ loc: ['header', KEY], msg: `malformed: ${KEY}` }] }),
      'request',
      ['header.[API key]: malformed: [API key]'],
    ],
    [
      500,
      JSON.stringify({ error: { message: `crash while checking ${KEY}` } }),
      'server',
      ['crash while checking [API key]'],
    ],
    [429, JSON.stringify({ error: { message: `slow down, ${KEY}` } }), 'rate-limited', ['slow down, [API key]']],
  ])('redacts the key a %i error echoes back', async (status, body, kind, details) => {
    answering(() => new HttpResponse(body, { status, headers: { 'content-type': 'application/json' } }));
    const error = await apiErrorFor(organizationEndpoint.fetch(api(KEY)));
    expect(error.kind).toBe(kind);
    expect(error.details).toEqual(details);
    expect(leaks(error, KEY)).toBe(false);
  });

  it('does not repeat an HTML error page that echoes the key', async () => {
    answering(
      () => new HttpResponse(`<h1>Bad key ${KEY}</h1>`, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = await apiErrorFor(organizationEndpoint.fetch(api(KEY)));
    expect(error.kind).toBe('unexpected-response');
    expect(leaks(error, KEY)).toBe(false);
  });

  it('does not repeat a 200 non-JSON body that echoes the key', async () => {
    answering(() => new HttpResponse(`token=${KEY}`, { status: 200 }));
    const error = await apiErrorFor(organizationEndpoint.fetch(api(KEY)));
    expect(error.kind).toBe('unexpected-response');
    expect(leaks(error, KEY)).toBe(false);
  });
});

describe('organizationEndpoint.key', () => {
  const keyOf = (apiKey: string, baseUrl = BASE_URL) => organizationEndpoint.key(api(apiKey, baseUrl));

  it('keys an API session by base URL and key fingerprint', () => {
    expect(keyOf('sk_live_abc123def456')).toEqual([
      'mixpeek',
      'api',
      BASE_URL,
      keyFingerprint('sk_live_abc123def456'),
      'organization',
    ]);
  });

  it('never contains the raw key', () => {
    for (const key of ['sk_live_abc123def456', 'sk_test_demo_pro_f456', 'sk_live_0123456789abcdef']) {
      expect(JSON.stringify(keyOf(key))).not.toContain(key);
      expect(JSON.stringify(keyOf(key))).not.toContain(key.slice(-8));
    }
  });

  it('differs for different keys and for different base URLs', () => {
    expect(keyOf('sk_live_a')).not.toEqual(keyOf('sk_live_b'));
    expect(keyOf('sk_live_a', 'https://one.example')).not.toEqual(keyOf('sk_live_a', 'https://two.example'));
  });

  it('is the same for the same session', () => {
    expect(keyOf('sk_live_a')).toEqual(keyOf('sk_live_a'));
  });

  it('keys a sample session by its id, under the common prefix', () => {
    const key = organizationEndpoint.key({ kind: 'sample', sampleId: 'team' });
    expect(key).toEqual(['mixpeek', 'sample', 'team', 'organization']);
    expect(keyOf('x')[0]).toBe('mixpeek');
    // Everything of one connection sits under its prefix, so it can be forgotten at once.
    expect(keyOf('x').slice(0, 4)).toEqual(queryKeys.connection(api('x')));
  });
});

describe('organizationQueryOptions', () => {
  it('uses the classified retry policy', () => {
    const options = organizationEndpoint.queryOptions(api('sk_live_a'));
    expect(options.retry).toBe(shouldRetry);
    expect(options.retryDelay).toBe(retryDelay);
  });

  it('loads a sample organization without the network', async () => {
    const client = new QueryClient();
    const snapshot = await client.fetchQuery(organizationEndpoint.queryOptions({ kind: 'sample', sampleId: 'team' }));
    expect(snapshot.value.organizationName).toBe('Northwind Media');
    client.clear();
  });

  it('fails as unreadable for an unknown sample, without retrying', async () => {
    const client = new QueryClient();
    const error = await apiErrorFor(
      client.fetchQuery(organizationEndpoint.queryOptions({ kind: 'sample', sampleId: 'no-such-sample' })),
    );
    expect(error.kind).toBe('unreadable');
    expect(error.message).toContain('no-such-sample');
    client.clear();
  });
});

describe('fetchOrganization redacts the key from decoded server text', () => {
  const leaks = (error: ApiError, key: string) => [error.message, ...error.details].filter((t) => t.includes(key));

  it('in a 200 body that is a bare JSON string echoing the key', async () => {
    const key = 'sk_live_short_key_9';
    answering(
      () => new HttpResponse(JSON.stringify(`Invalid key ${key}`), { headers: { 'content-type': 'application/json' } }),
    );
    const error = await apiErrorFor(organizationEndpoint.fetch(api(key)));
    expect(error.kind).toBe('unreadable');
    expect(leaks(error, key)).toEqual([]);
    expect(error.details.join(' ')).toContain('[API key]');
  });

  it.each([['sk_live_ab"cd\\ef_123'], ['sk_live_abc/def123']])('when the key is escaped in JSON (%s)', async (key) => {
    const body = JSON.stringify({ error: { message: `Invalid key ${key}`, type: 'AuthenticationError' } }).replace(
      /\//g,
      '\\/',
    );
    expect(body.includes(key)).toBe(false); // the raw text does not contain the key as typed
    answering(() => new HttpResponse(body, { status: 401, headers: { 'content-type': 'application/json' } }));
    const error = await apiErrorFor(organizationEndpoint.fetch(api(key)));
    expect(error.kind).toBe('unauthorized');
    expect(error.details).toEqual(['Invalid key [API key]']);
  });
});

describe('fetchOrganization removes the key from a successful body too', () => {
  it('from problems, fields and the raw view, even where a message would cut it short', async () => {
    const key = 'sk_live_0123456789abcdef0123456789abcdef';
    const body = { organization_id: 'o', organization_name: `Org of ${key}`, credit_count: key, [key]: 1 };
    answering(() => new HttpResponse(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
    const snapshot = await organizationEndpoint.fetch(api(key));
    const everything = JSON.stringify(snapshot);
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(key.slice(0, 30));
    expect(snapshot.value.organizationName).toBe('Org of [API key]');
    expect(snapshot.value.problems.map((p) => p.received)).toContain('"[API key]"');
  });
});
