// @vitest-environment node
// (Node: only this file's stub servers intercept fetch, not the app tests' one of src/testing/setup.ts.)
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from './handlers';

const API = 'https://slow.example.test';
const server = setupServer(...createHandlers({ apiUrl: API, latencyMs: 250 }));

describe('the stub with a latency', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  // A controlled clock: what is measured is the stub's delay, not how busy the machine is.
  afterEach(() => vi.useRealTimers());

  /** Fetches `path`; `settled` says whether the answer has arrived yet. */
  const request = (path: string) => {
    const state = { settled: false };
    const response = fetch(`${API}${path}`, { headers: { authorization: 'Bearer sk_test_demo_pro_f456' } }).finally(
      () => (state.settled = true),
    );
    return { state, response };
  };

  /**
   * Until the stub has set its timer: the request reaches it through a few turns of the event
   * loop, yielded here with Node's setImmediate (not faked; this file's types are the browser's).
   */
  const latencyTimerSet = async () => {
    const { setImmediate: nextTurn } = globalThis as unknown as { setImmediate: (next: () => void) => void };
    while (vi.getTimerCount() === 0) await new Promise<void>((resolve) => nextTurn(resolve));
  };

  it('answers the API’s endpoints only once its latency has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const organization = request('/v1/organizations');
    await latencyTimerSet();
    await vi.advanceTimersByTimeAsync(249);
    expect(organization.state.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await organization.response).status).toBe(200);
  });

  it('answers its own /healthz without waiting for any timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const health = await request('/healthz').response;
    expect(await health.text()).toBe('ok');
  });
});

describe('the stub’s CORS, like Mixpeek’s', () => {
  const MIXPEEK_LIKE = 'https://cors-mixpeek.example.test';
  const ANY = 'https://cors-any.example.test';
  const corsServer = setupServer(
    ...createHandlers({ apiUrl: MIXPEEK_LIKE }),
    ...createHandlers({ apiUrl: ANY, cors: 'any' }),
  );
  beforeAll(() => corsServer.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => corsServer.close());
  const allowed = async (url: string, origin: string, method = 'GET') =>
    (
      await fetch(url, {
        method,
        headers: { origin, authorization: 'Bearer sk_test_demo_pro_f456' },
      })
    ).headers.get('access-control-allow-origin');

  it('admits only Mixpeek’s own origins by default, for the answer and for the preflight', async () => {
    expect(await allowed(`${MIXPEEK_LIKE}/v1/organizations`, 'http://localhost:5173')).toBeNull();
    expect(await allowed(`${MIXPEEK_LIKE}/v1/organizations`, 'http://localhost:5173', 'OPTIONS')).toBeNull();
    expect(await allowed(`${MIXPEEK_LIKE}/v1/organizations`, 'https://mixpeek.com')).toBe('https://mixpeek.com');
  });

  it('with cors "any" (--cors=any, STUB_CORS=any), admits every origin: the direct-URL path works from localhost', async () => {
    expect(await allowed(`${ANY}/v1/organizations`, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(await allowed(`${ANY}/v1/organizations`, 'http://localhost:5173', 'OPTIONS')).toBe('http://localhost:5173');
  });
});
