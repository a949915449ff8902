import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { dropEarlyRequests, sendEarlyRequests } from '@/first-paint/early-requests';
import { SESSION_STORAGE_KEY, WORKSPACE_VERSION } from '@/first-paint/page-markers';
import { recordRequests, server, TEST_API_URL } from '@/testing/msw';
import { createApiClient, MAX_BODY_BYTES } from './api-client';
import { ApiError } from './api-error';

const pro = { baseUrl: TEST_API_URL, apiKey: 'sk_test_demo_pro_f456' };
const ORGANIZATION = '/v1/organizations';
const BALANCE = '/v1/organizations/billing/balance';

const organizationCalls = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === ORGANIZATION).length;

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

describe('one request for all who ask at once', () => {
  it('shares one network request between callers that ask at the same time', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    const [a, b] = await Promise.all([client.get(pro, ORGANIZATION), client.get(pro, ORGANIZATION)]);
    expect(a.body).toEqual(b.body);
    expect(organizationCalls(requests)).toBe(1);
  });

  it('survives a StrictMode remount: abort then ask again at once sends one request', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    const first = new AbortController();
    const firstCall = settle(client.get(pro, ORGANIZATION, { signal: first.signal }));
    first.abort(); // the simulated unmount
    const second = await client.get(pro, ORGANIZATION, { signal: new AbortController().signal });
    expect((second.body as { organization_name: string }).organization_name).toBe('Acme Corporation');
    expect((await firstCall).ok).toBe(false);
    expect(organizationCalls(requests)).toBe(1);
  });

  it('aborts the network request once every caller has given up', async () => {
    const client = createApiClient();
    let aborted = false;
    let received = false;
    server.use(
      http.get(`${TEST_API_URL}${ORGANIZATION}`, async ({ request }) => {
        received = true;
        await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
        aborted = true;
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const call = settle(client.get(pro, ORGANIZATION, { signal: controller.signal }));
    await expect.poll(() => received).toBe(true); // in flight
    controller.abort();
    const outcome = await call;
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : outcome.error).not.toBeInstanceOf(ApiError);
    await expect.poll(() => aborted).toBe(true);
  });

  it('asks again once an answer has been delivered (a refresh is a new request)', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    await client.get(pro, ORGANIZATION);
    await client.get(pro, ORGANIZATION);
    expect(organizationCalls(requests)).toBe(2);
  });

  it('keeps requests of different keys and paths apart', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    const team = { ...pro, apiKey: 'sk_test_demo_team_c3d4' };
    const [a, b] = await Promise.all([client.get(pro, ORGANIZATION), client.get(team, ORGANIZATION)]);
    expect((a.body as { organization_name: string }).organization_name).toBe('Acme Corporation');
    expect((b.body as { organization_name: string }).organization_name).toBe('Northwind Media');
    expect(organizationCalls(requests)).toBe(2);
  });
});

/** A workspace as the app stores it, with `connection` active, for the page's first script to read. */
function storeKey(connection: { baseUrl: string; apiKey: string }) {
  sessionStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ version: WORKSPACE_VERSION, sessions: [{ kind: 'api', ...connection }], active: 0 }),
  );
}

describe('requests the page sent before the app was here', () => {
  afterEach(() => {
    dropEarlyRequests();
    sessionStorage.clear();
  });

  it('takes the early request instead of sending its own, once', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    storeKey(pro);
    sendEarlyRequests([ORGANIZATION, BALANCE]);
    await expect.poll(() => requests.length).toBe(2); // sent before anyone asked
    const answer = await client.get(pro, ORGANIZATION);
    expect((answer.body as { organization_id: string }).organization_id).toBe('org_demo123');
    await client.get(pro, BALANCE);
    expect(requests).toHaveLength(2);
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${pro.apiKey}`);
    // Taken once: the next get is a request of its own.
    await client.get(pro, ORGANIZATION);
    expect(organizationCalls(requests)).toBe(2);
  });

  it('takes only a request of the same key and base URL', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    storeKey(pro);
    sendEarlyRequests([ORGANIZATION]);
    await client.get({ ...pro, apiKey: 'sk_test_demo_team_c3d4' }, ORGANIZATION);
    expect(organizationCalls(requests)).toBe(2);
    await client.get(pro, ORGANIZATION);
    expect(organizationCalls(requests)).toBe(2);
  });

  it('reads an early 429 as its own: the key pauses, the error says when', async () => {
    server.use(
      http.get(`${TEST_API_URL}${BALANCE}`, () =>
        HttpResponse.json({ error: { message: 'slow down' } }, { status: 429, headers: { 'retry-after': '30' } }),
      ),
    );
    const client = createApiClient();
    storeKey(pro);
    sendEarlyRequests([BALANCE]);
    const failed = await settle(client.get(pro, BALANCE));
    expect(!failed.ok && failed.error instanceof ApiError && failed.error.kind).toBe('rate-limited');
    expect(client.rateLimitPause(pro)! - Date.now()).toBeGreaterThan(25_000);
  });

  it('passes the caller’s cancellation on to the early request', async () => {
    let aborted = false;
    server.use(
      http.get(
        `${TEST_API_URL}${ORGANIZATION}`,
        ({ request }) =>
          new Promise<never>(() => request.signal.addEventListener('abort', () => (aborted = true), { once: true })),
      ),
    );
    const client = createApiClient();
    storeKey(pro);
    sendEarlyRequests([ORGANIZATION]);
    const caller = new AbortController();
    const call = settle(client.get(pro, ORGANIZATION, { signal: caller.signal, timeoutMs: 60_000 }));
    caller.abort();
    expect((await call).ok).toBe(false);
    // The network request itself ends too (one task later, once no caller is left).
    await expect.poll(() => aborted).toBe(true);
  });

  it('drops what no one took at sign-out (clear), so nothing of the key is handed out later', async () => {
    const client = createApiClient();
    const requests = recordRequests();
    storeKey(pro);
    sendEarlyRequests([ORGANIZATION]);
    client.clear();
    await client.get(pro, ORGANIZATION);
    expect(organizationCalls(requests)).toBe(2);
  });
});

describe('one rate-limit state per key', () => {
  it('a 429 on one endpoint pauses every endpoint of that key until its Retry-After has passed', async () => {
    const client = createApiClient();
    server.use(
      http.get(`${TEST_API_URL}${BALANCE}`, () =>
        HttpResponse.json(
          { error: { message: 'Too many requests' } },
          { status: 429, headers: { 'retry-after': '1' } },
        ),
      ),
    );
    const failed = await settle(client.get(pro, BALANCE));
    expect(!failed.ok && failed.error instanceof ApiError && failed.error.kind).toBe('rate-limited');
    const until = client.rateLimitPause(pro);
    expect(until).not.toBeNull();
    expect(until! - Date.now()).toBeGreaterThan(800);
    expect(client.rateLimitPause({ ...pro, apiKey: 'sk_test_demo_team_c3d4' })).toBeNull();

    const requests = recordRequests();
    const asked = Date.now();
    await client.get(pro, ORGANIZATION);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(900);
    expect(organizationCalls(requests)).toBe(1);
    expect(client.rateLimitPause(pro)).toBeNull();
  });

  it('tells subscribers when a key is paused', async () => {
    const client = createApiClient();
    let notified = 0;
    client.subscribeToPauses(() => notified++);
    server.use(
      http.get(`${TEST_API_URL}${BALANCE}`, () =>
        HttpResponse.json({}, { status: 429, headers: { 'retry-after': '5' } }),
      ),
    );
    await settle(client.get(pro, BALANCE));
    expect(notified).toBe(1);
    client.clear();
    expect(client.rateLimitPause(pro)).toBeNull();
  });

  it('a caller that cancels during the pause is not kept waiting', async () => {
    const client = createApiClient();
    server.use(
      http.get(`${TEST_API_URL}${BALANCE}`, () =>
        HttpResponse.json({}, { status: 429, headers: { 'retry-after': '30' } }),
      ),
    );
    await settle(client.get(pro, BALANCE));
    const controller = new AbortController();
    const waiting = settle(client.get(pro, ORGANIZATION, { signal: controller.signal }));
    controller.abort();
    const outcome = await waiting;
    expect(outcome.ok).toBe(false);
  });
});

describe('a body above the size limit', () => {
  it('is refused from its declared length, before it is read', async () => {
    const client = createApiClient();
    server.use(
      http.get(
        `${TEST_API_URL}${ORGANIZATION}`,
        () => new HttpResponse('{}', { headers: { 'content-length': String(MAX_BODY_BYTES + 1) } }),
      ),
    );
    const outcome = await settle(client.get(pro, ORGANIZATION));
    const error = outcome.ok ? null : outcome.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('too-large');
    expect((error as ApiError).message).toBe('The answer is too large to show (50 MB): the limit is 50 MB.');
  });

  it('is refused while it streams in, as soon as it passes the limit', async () => {
    const client = createApiClient();
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    server.use(
      http.get(
        `${TEST_API_URL}${ORGANIZATION}`,
        () =>
          new HttpResponse(
            new ReadableStream({
              pull(controller) {
                sent++;
                if (sent > 60) controller.close();
                else controller.enqueue(chunk);
              },
            }),
          ),
      ),
    );
    const outcome = await settle(client.get(pro, ORGANIZATION));
    expect(!outcome.ok && outcome.error instanceof ApiError && outcome.error.kind).toBe('too-large');
    expect(sent).toBeLessThan(60); // it stopped reading
  });
});
