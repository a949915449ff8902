// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, IMMUTABLE, isAppRoute, NON_HTML_POLICY } from './app.ts';
import { readServerConfig, type ServerConfig } from './config.ts';
import { loadDist } from './dist.ts';
import { createLog } from './log.ts';
import {
  APP_JS,
  INDEX_POLICY,
  makeDist,
  SAMPLE_POLICY,
  SECRET,
  send,
  sendRaw,
  type FixtureDist,
  type RawResponse,
} from './testing/fixtures.ts';
import { lendWindowForCleanup } from './testing/vitest-window.ts';

lendWindowForCleanup();

const config = (env: Record<string, string> = {}): ServerConfig => {
  const result = readServerConfig({ HOST: '127.0.0.1', PORT: '0', ...env });
  if (!result.ok) throw new Error(result.error);
  return result.config;
};

async function listen(dist: FixtureDist, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const app = await buildServer({
    config: config(env),
    dist: loadDist(dist.root),
    log: createLog('text', (l) => lines.push(l)),
  });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, origin, lines };
}

const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

function expectSecurityHeaders(response: RawResponse, policy = NON_HTML_POLICY) {
  expect(response.headers).toMatchObject({ ...SECURITY, 'content-security-policy': policy });
  const permissions = String(response.headers['permissions-policy']);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions).toContain(`${feature}=()`);
  }
  expect(response.headers).not.toHaveProperty('strict-transport-security');
}

function expectErrorBody(response: RawResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  const body = JSON.parse(response.text) as {
    success: boolean;
    status: number;
    error: { message: string; type: string };
  };
  expect(body).toEqual({ success: false, status, error: { message: expect.any(String), type: expect.any(String) } });
  expect(body.error.message.length).toBeGreaterThan(0);
}

describe('static files at the root', () => {
  let dist: FixtureDist;
  let app: FastifyInstance;
  let origin: string;
  let lines: string[];

  beforeAll(async () => {
    dist = makeDist('/');
    ({ app, origin, lines } = await listen(dist));
  });
  afterAll(async () => {
    await app.close();
    dist.remove();
  });

  it('serves index.html with its own CSP plus frame-ancestors, not cached', async () => {
    const response = await send(origin, '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response, `${INDEX_POLICY}; frame-ancestors 'none'`);
    expect(response.text).toContain('<div id="root"></div>');
  });

  it('serves a prerendered sample page with that page’s CSP', async () => {
    const response = await send(origin, '/sample/pro-over/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Acme Corporation');
    expectSecurityHeaders(response, `${SAMPLE_POLICY}; frame-ancestors 'none'`);
    const redirect = await send(origin, '/sample/pro-over');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/sample/pro-over/');
  });

  it('caches hashed assets for good and everything else with revalidation', async () => {
    const hashed = await send(origin, '/assets/index-Ab12Cd34.js');
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe(IMMUTABLE);
    expect(hashed.headers['content-type']).toMatch(/^(?:application|text)\/javascript; charset=utf-8$/);
    expect(hashed.text).toBe(APP_JS);
    expectSecurityHeaders(hashed);
    const css = await send(origin, '/assets/index-Ef56Gh78.css');
    expect(css.headers).toMatchObject({ 'cache-control': IMMUTABLE, 'content-type': 'text/css; charset=utf-8' });
    const theme = await send(origin, '/first-paint.js');
    expect(theme.headers['cache-control']).toBe('no-cache');
    const icon = await send(origin, '/favicon.svg');
    expect(icon.headers).toMatchObject({ 'cache-control': 'no-cache', 'content-type': 'image/svg+xml' });
  });

  it('serves the precompressed variants the client accepts', async () => {
    const br = await send(origin, '/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    const gz = await send(origin, '/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS);
    const plain = await send(origin, '/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers).not.toHaveProperty('content-encoding');
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await send(origin, '/assets/index-Ab12Cd34.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
    expect(head.body.length).toBe(0);
    const page = await send(origin, '/some/route', { method: 'HEAD' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('falls back to index.html for app routes, and never for files', async () => {
    for (const path of ['/some/route', '/sample/unknown/', '/organizations/org_1?tab=users']) {
      const response = await send(origin, path);
      expect(response.status, path).toBe(200);
      expect(response.text).toContain('<div id="root"></div>');
      expect(response.headers['content-security-policy']).toBe(`${INDEX_POLICY}; frame-ancestors 'none'`);
    }
    for (const path of ['/assets/missing.js', '/assets/route', '/missing.png', '/a/b.json', '/index.htm']) {
      const response = await send(origin, path);
      expectErrorBody(response, 404);
      expectSecurityHeaders(response);
    }
    expectErrorBody(await send(origin, '/', { method: 'POST' }), 404);
    expectErrorBody(await send(origin, '/some/route', { method: 'DELETE' }), 404);
  });

  it('keeps the build’s own files and dot files private', async () => {
    for (const path of ['/.build-info.json', '/.vite/manifest.json', '/.vite/']) {
      const response = await send(origin, path);
      expect(response.text).not.toContain('hashedFiles');
      expect(response.text).not.toBe('{}\n');
    }
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e/secret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets\\..\\..\\secret.txt',
    '/%5c..%5csecret.txt',
    '//..//secret.txt',
    '/./../secret.txt',
    '/..%00/secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/../dist-other/secret.txt',
    '/%2e%2e%2fdist-other%2fsecret.txt',
    '/sample/../../secret.txt',
  ])('never serves a file outside the build: %s', async (path) => {
    const response = await send(origin, path);
    expect(response.text).not.toContain(SECRET);
    expectErrorBody(response, path.includes('%c0') ? 400 : 404);
    expectSecurityHeaders(response);
  });

  it('answers a malformed URL with a JSON 400 and the security headers', async () => {
    const response = await send(origin, '/%zz');
    expectErrorBody(response, 400);
    expectSecurityHeaders(response);
  });

  it('answers a request that is not valid HTTP in the same shape', async () => {
    const garbled = await send(origin, '/a b');
    expectErrorBody(garbled, 400);
    expectSecurityHeaders(garbled);
    const huge = await send(origin, '/', { headers: { 'x-big': 'x'.repeat(20_000) } });
    expectErrorBody(huge, 431);
  });

  it('answers a request without Host, and CONNECT, in the same shape with the security headers', async () => {
    const hostless = await sendRaw(origin, 'GET / HTTP/1.1\r\nconnection: close\r\n\r\n');
    expectErrorBody(hostless, 400);
    expectSecurityHeaders(hostless);
    const tunnel = await sendRaw(origin, 'CONNECT api.mixpeek.com:443 HTTP/1.1\r\nhost: api.mixpeek.com:443\r\n\r\n');
    expectErrorBody(tunnel, 405);
    expectSecurityHeaders(tunnel);
    expect(tunnel.headers.allow).toBe('GET, HEAD');
  });

  it('answers /healthz with JSON', async () => {
    const response = await send(origin, '/healthz');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response);
  });

  it('logs one line per request: method, path without the query, status, duration, bytes', async () => {
    lines.length = 0;
    await send(origin, '/first-paint.js?v=1');
    await send(origin, '/%zz');
    await send(origin, '/assets/missing.js', { method: 'HEAD' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+Z GET \/first-paint\.js 200 [\d.]+ms 48B 127\.0\.0\.1$/);
    expect(lines[1]).toMatch(/ GET \/%zz 400 [\d.]+ms \d+B /);
    expect(lines[2]).toMatch(/ HEAD \/assets\/missing\.js 404 [\d.]+ms 0B /);
  });
});

describe('a build for a sub-path', () => {
  let dist: FixtureDist;
  let app: FastifyInstance;
  let origin: string;

  beforeAll(async () => {
    dist = makeDist('/tools/mixpeek/');
    ({ app, origin } = await listen(dist));
  });
  afterAll(async () => {
    await app.close();
    dist.remove();
  });

  it('serves the build at the base it was made for', async () => {
    const index = await send(origin, '/tools/mixpeek/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<div id="root"></div>');
    const asset = await send(origin, '/tools/mixpeek/assets/index-Ab12Cd34.js');
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    const sample = await send(origin, '/tools/mixpeek/sample/pro-over/');
    expect(sample.text).toContain('Acme Corporation');
    const fallback = await send(origin, '/tools/mixpeek/some/route');
    expect(fallback.text).toContain('<div id="root"></div>');
  });

  it('redirects to the base and serves nothing outside it', async () => {
    const root = await send(origin, '/?sample=pro-over');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/tools/mixpeek/?sample=pro-over');
    const bare = await send(origin, '/tools/mixpeek');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/tools/mixpeek/');
    for (const path of ['/assets/index-Ab12Cd34.js', '/some/route', '/tools/other/', '/sample/pro-over/']) {
      expectErrorBody(await send(origin, path), 404);
    }
  });

  it('keeps /healthz at the root', async () => {
    expect((await send(origin, '/healthz')).status).toBe(200);
  });
});

describe('HSTS', () => {
  it('is sent on every response when HSTS=on', async () => {
    const dist = makeDist();
    const { app, origin } = await listen(dist, { HSTS: 'on' });
    try {
      for (const path of ['/', '/assets/x.js', '/healthz', '/%zz', '/mixpeek-api/v1/nope']) {
        const response = await send(origin, path);
        expect(response.headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      await app.close();
      dist.remove();
    }
  });
});

describe('isAppRoute', () => {
  it('is a navigation under the base without a file extension, outside assets/', () => {
    expect(isAppRoute('/', '/')).toBe(true);
    expect(isAppRoute('/', '/org/settings')).toBe(true);
    expect(isAppRoute('/', '/sample/x/')).toBe(true);
    expect(isAppRoute('/', '/assets/route')).toBe(false);
    expect(isAppRoute('/', '/a/b.js')).toBe(false);
    expect(isAppRoute('/x/', '/y/')).toBe(false);
    expect(isAppRoute('/x/', '/x/a')).toBe(true);
  });
});
