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
