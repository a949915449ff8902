import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';

const API = 'https://slow.example.test';
const server = setupServer(...createHandlers({ apiUrl: API, latencyMs: 250 }));

describe('the stub with a latency', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers the API’s endpoints that much later, and its own /healthz at once', async () => {
    const timed = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${API}${path}`, { headers: { authorization: 'Bearer sk_test_demo_pro_f456' } });
      return { status: response.status, ms: performance.now() - started };
    };
    const organization = await timed('/v1/organizations');
    expect(organization.status).toBe(200);
    expect(organization.ms).toBeGreaterThanOrEqual(240);
    const health = await timed('/healthz');
    expect(health.ms).toBeLessThan(200);
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
