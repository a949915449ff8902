// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROXY_ALLOWED_PATHS } from '../src/config/proxy.ts';
import { buildServer, NON_HTML_POLICY } from './app.ts';
import { readServerConfig } from './config.ts';
import { loadDist } from './dist.ts';
import { createLog } from './log.ts';
import { makeDist, send, startUpstream, type FixtureDist, type Upstream } from './testing/fixtures.ts';
import { lendWindowForCleanup } from './testing/vitest-window.ts';

lendWindowForCleanup();

const KEY = 'sk_test_proxy_secret_0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };
const ORG = JSON.stringify({ organization_id: 'org_1', organization_name: 'Acme Corporation' });

/** Upstream requests whose connection has closed, by key: a cancelled request shows here. */
const closedUpstream: string[] = [];

/** What the test upstream does, by the Authorization it receives. */
function behaviour(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) {
  const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  switch (key) {
    case 'rate-limited':
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' });
      res.end('{"success":false,"status":429,"error":{"message":"slow down","type":"RateLimitError"}}');
      return;
    case 'unavailable':
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end('{}');
      return;
    case 'hang':
      req.socket.once('close', () => closedUpstream.push(key));
      return; // never answers
    case 'gzip':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(ORG));
      return;
    case 'public':
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=600' });
      res.end(ORG);
      return;
    case 'stream-5mb':
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 5; i++) res.write(Buffer.alloc(1024 * 1024, 0x30 + i));
      res.end();
      return;
    case 'trickle':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
      return; // the rest never comes
    case 'declared-large':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2048) });
      res.end('x'.repeat(2048));
      return;
    case 'chunked-large':
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 4; i++) res.write('y'.repeat(600));
      res.end();
      return;
    default:
      res.writeHead(200, {
        'content-type': 'application/json',
        'cache-control': 'private, max-age=5',
        'set-cookie': ['session=upstream; Path=/', 'tracker=1'],
        'x-upstream-secret': 'internal',
        'access-control-allow-origin': '*',
        'keep-alive': 'timeout=5',
        server: 'upstream/1.0',
        'content-length': Buffer.byteLength(ORG),
      });
      res.end(req.method === 'HEAD' ? undefined : ORG);
  }
}

async function proxyServer(
  dist: FixtureDist,
  target: string,
  limits: { upstreamTimeoutMs?: number; maxResponseBytes?: number } = {},
  env: Record<string, string> = {},
) {
  const config = readServerConfig({ MIXPEEK_PROXY_TARGET: target, ...env });
  if (!config.ok) throw new Error(config.error);
  const lines: string[] = [];
  const log = createLog('json', (line) => lines.push(line));
  const app = await buildServer({ config: config.config, dist: loadDist(dist.root), log, ...limits });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, origin, lines };
}

describe('the proxy', () => {
  let dist: FixtureDist;
  let upstream: Upstream;
  let app: FastifyInstance;
  let origin: string;
  let lines: string[];

  beforeAll(async () => {
    dist = makeDist('/');
    upstream = await startUpstream(behaviour);
    ({ app, origin, lines } = await proxyServer(dist, upstream.origin, {
      upstreamTimeoutMs: 400,
      maxResponseBytes: 1024,
    }));
  });
  afterEach(() => {
    upstream.received.length = 0;
  });
  afterAll(async () => {
    await app.close();
    await upstream.close();
    dist.remove();
  });

  it('forwards each allowed path with its query exactly as sent', async () => {
    for (const path of PROXY_ALLOWED_PATHS) {
      const query = "?billing_month=2025-01&limit=10&x=%2F%2e%2E&y='q'&z=a+b";
      const response = await send(origin, `/mixpeek-api${path}${query}`, { headers: AUTH });
      expect(response.status).toBe(200);
      expect(upstream.received.at(-1)).toMatchObject({ method: 'GET', url: `${path}${query}` });
    }
    expect(upstream.received).toHaveLength(7);
  });

  it('sends on only Authorization and Accept (and the upstream Host), never Cookie', async () => {
    await send(origin, '/mixpeek-api/v1/organizations', {
      headers: {
        ...AUTH,
        accept: 'application/json',
        cookie: 'session=browser',
        origin: 'http://evil.example',
        referer: 'http://evil.example/',
        'x-forwarded-for': '10.1.2.3',
        'x-forwarded-host': 'evil.example',
        'accept-encoding': 'br',
        'user-agent': 'test',
      },
    });
    const [received] = upstream.received;
    expect(received?.headers).toMatchObject({ authorization: `Bearer ${KEY}`, accept: 'application/json' });
    expect(received?.headers.host).toBe(new URL(upstream.origin).host);
    expect(Object.keys(received?.headers ?? {}).sort()).toEqual(
      expect.arrayContaining(['accept', 'authorization', 'host']),
    );
    const extra = Object.keys(received?.headers ?? {}).filter(
      (n) => !['accept', 'authorization', 'host', 'connection'].includes(n),
    );
    expect(extra).toEqual([]);
  });

  it('passes back status, body and the allowed headers; drops Set-Cookie and the rest', async () => {
    const response = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.text).toBe(ORG);
    expect(response.headers).toMatchObject({
      'content-type': 'application/json',
      'cache-control': 'private, max-age=5',
      'content-length': String(Buffer.byteLength(ORG)),
      'content-security-policy': NON_HTML_POLICY,
      'x-content-type-options': 'nosniff',
    });
    for (const name of ['set-cookie', 'x-upstream-secret', 'access-control-allow-origin', 'server', 'keep-alive']) {
      expect(response.headers).not.toHaveProperty(name);
    }
  });

  it('keeps an upstream Content-Encoding with its bytes unchanged', async () => {
    const response = await send(origin, '/mixpeek-api/v1/organizations', { headers: { authorization: 'Bearer gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe(ORG);
  });

  it('turns a Cache-Control for shared caches into private, no-store', async () => {
    const response = await send(origin, '/mixpeek-api/v1/organizations', {
      headers: { authorization: 'Bearer public' },
    });
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('passes a 429 with Retry-After through unchanged, and does not retry a 503', async () => {
    const limited = await send(origin, '/mixpeek-api/v1/organizations', {
      headers: { authorization: 'Bearer rate-limited' },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    expect(JSON.parse(limited.text)).toMatchObject({ error: { message: 'slow down' } });
    upstream.received.length = 0;
    const unavailable = await send(origin, '/mixpeek-api/v1/organizations', {
      headers: { authorization: 'Bearer unavailable' },
    });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('1');
    expect(upstream.received).toHaveLength(1);
  });

  it('forwards HEAD as HEAD with the upstream’s Content-Length', async () => {
    const response = await send(origin, '/mixpeek-api/v1/organizations', { method: 'HEAD', headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(ORG)));
    expect(upstream.received.map((r) => r.method)).toEqual(['HEAD']);
  });

  it.each([
    ['POST', '/mixpeek-api/v1/organizations', 405],
    ['PUT', '/mixpeek-api/v1/organizations/billing/spending-caps', 405],
    ['DELETE', '/mixpeek-api/v1/organizations/billing/payment-method', 405],
    ['PATCH', '/mixpeek-api/v1/organizations?x=1', 405],
    ['OPTIONS', '/mixpeek-api/v1/organizations', 405],
    ['PROPFIND', '/mixpeek-api/v1/organizations', 405],
    ['POST', '/mixpeek-api/v1/namespaces', 404],
    ['GET', '/mixpeek-api', 404],
    ['GET', '/mixpeek-api/', 404],
    ['GET', '/mixpeek-api?x=1', 404],
    ['GET', '/mixpeek-api/v1/organizations/', 404],
    ['GET', '/mixpeek-api/v1/organizations/users', 404],
    ['GET', '/mixpeek-api/v1/%6frganizations', 404],
    ['GET', '/mixpeek-api/v1/organizations%2Fbilling%2Fbalance', 404],
    ['GET', '/mixpeek-api/v1/organizations/billing/../billing/balance', 404],
    ['GET', '/mixpeek-api/v1/organizations/billing/%2e%2e/balance', 404],
    ['GET', '/mixpeek-api/v1/organizations/%252e%252e/x', 404],
    ['GET', '/mixpeek-api//v1/organizations', 404],
    ['GET', '/mixpeek-api/v1\\organizations', 404],
    ['GET', '/mixpeek-api/v1/organizations/..%5c..%5cadmin', 404],
    ['GET', '/mixpeek-api//evil.example/v1/organizations', 404],
    ['GET', '/mixpeek-api/@evil.example/v1/organizations', 404],
    ['GET', '/mixpeek-api/http://evil.example/v1/organizations', 404],
    ['GET', '/mixpeek-api/v1/organizations%zz', 404],
    ['GET', '/mixpeek-api/%zz', 404],
    ['GET', '/mixpeek-api/v1/organizations?a=%', 200],
  ])('%s %s is answered %i by the server itself', async (method, target, status) => {
    const response = await send(origin, target, { method, headers: { ...AUTH, 'content-type': 'text/plain' } });
    expect(response.status).toBe(status);
    if (status === 200) {
      expect(upstream.received.map((r) => r.url)).toEqual(['/v1/organizations?a=%']);
      return;
    }
    const body = JSON.parse(response.text) as {
      success: boolean;
      status: number;
      error: { message: string; type: string };
    };
    expect(body).toMatchObject({
      success: false,
      status,
      error: { message: expect.any(String), type: expect.any(String) },
    });
    expect(response.headers['content-security-policy']).toBe(NON_HTML_POLICY);
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
    expect(upstream.received).toEqual([]);
  });

  it('never takes the upstream host from the request', async () => {
    await send(origin, '/mixpeek-api/v1/organizations', { headers: { ...AUTH, host: 'evil.example' } });
    expect(upstream.received).toHaveLength(1);
    expect(upstream.received[0]?.headers.host).toBe(new URL(upstream.origin).host);
  });

  it('answers 504 when the upstream does not answer in time, headers or body', async () => {
    for (const key of ['hang', 'trickle']) {
      const started = Date.now();
      const response = await send(origin, '/mixpeek-api/v1/organizations', {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status, key).toBe(504);
      expect(JSON.parse(response.text)).toMatchObject({ status: 504, error: { type: 'GatewayTimeoutError' } });
      expect(Date.now() - started).toBeLessThan(3_000);
    }
  });

  it('answers 502 for a body over the cap, declared or not', async () => {
    for (const key of ['declared-large', 'chunked-large']) {
      const response = await send(origin, '/mixpeek-api/v1/organizations', {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status, key).toBe(502);
      // Its own type, so the app says "too large" instead of retrying a failing server.
      expect(JSON.parse(response.text)).toMatchObject({ status: 502, error: { type: 'ResponseTooLargeError' } });
      expect(JSON.parse(response.text).error.message).toMatch(
        /larger than \d+ (bytes|MB), the most this proxy passes on/,
      );
    }
  });

  it('keeps the key out of every log line, errors included', async () => {
    lines.length = 0;
    await send(origin, '/mixpeek-api/v1/organizations?key=' + KEY, { headers: AUTH });
    await send(origin, '/mixpeek-api/v1/organizations', { method: 'POST', headers: AUTH });
    await send(origin, '/mixpeek-api/%zz', { headers: AUTH });
    await send(origin, '/mixpeek-api/v1/organizations', { headers: { authorization: 'Bearer hang' } });
    await send(origin, `/${KEY}`, { headers: AUTH });
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      expect(line).not.toContain(KEY);
      expect(line).not.toMatch(/Bearer (?!\[redacted\])/);
      expect(JSON.parse(line)).toHaveProperty('time');
    }
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => 'status' in r);
    expect(requests.map((r) => [r.method, r.status])).toEqual([
      ['GET', 200],
      ['POST', 405],
      ['GET', 404],
      ['GET', 504],
      ['GET', 200], // an app route: index.html
    ]);
    expect(requests[0]).toMatchObject({ path: '/mixpeek-api/v1/organizations', bytes: Buffer.byteLength(ORG) });
    expect(typeof requests[0]?.durationMs).toBe('number');
  });
});

describe('the proxy under a base path', () => {
  it('lives at <base>mixpeek-api/ and nowhere else', async () => {
    const dist = makeDist('/tools/mixpeek/');
    const upstream = await startUpstream(behaviour);
    const { app, origin } = await proxyServer(dist, upstream.origin);
    try {
      const response = await send(origin, '/tools/mixpeek/mixpeek-api/v1/organizations/billing/invoices?limit=5', {
        headers: AUTH,
      });
      expect(response.status).toBe(200);
      expect(upstream.received.map((r) => r.url)).toEqual(['/v1/organizations/billing/invoices?limit=5']);
      expect((await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH })).status).toBe(404);
      expect((await send(origin, '/tools/mixpeek/mixpeek-api/v1/x', { headers: AUTH })).status).toBe(404);
      expect((await send(origin, '/tools/mixpeek/mixpeek-api/v1/organizations', { method: 'POST' })).status).toBe(405);
      expect(upstream.received).toHaveLength(1);
    } finally {
      await app.close();
      await upstream.close();
      dist.remove();
    }
  });
});

describe('upstream failures', () => {
  it('answers 502 when the upstream cannot be reached', async () => {
    const dist = makeDist();
    const closed = await startUpstream(behaviour);
    await closed.close(); // nothing listens on its port any more
    const { app, origin, lines } = await proxyServer(dist, closed.origin);
    try {
      const response = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
      expect(response.status).toBe(502);
      expect(JSON.parse(response.text)).toMatchObject({
        success: false,
        status: 502,
        error: { type: 'BadGatewayError' },
      });
      expect(lines.some((l) => l.includes('ECONNREFUSED'))).toBe(true);
      expect(lines.join('\n')).not.toContain(KEY);
    } finally {
      await app.close();
      dist.remove();
    }
  });

  it('cuts the connection of an undeclared body that passes the real 50 MB cap while streaming', async () => {
    const dist = makeDist();
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const upstream = await startUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 50; i++) res.write(chunk);
      res.end('x');
    });
    const { app, origin } = await proxyServer(dist, upstream.origin);
    try {
      // The headers went out with the first chunk: the answer can only end incomplete.
      const response = await fetch(`${origin}/mixpeek-api/v1/organizations`, { headers: AUTH });
      expect(response.status).toBe(200);
      await expect(response.arrayBuffer()).rejects.toThrow();
    } finally {
      await app.close();
      await upstream.close();
      dist.remove();
    }
  });

  it('checks the upstream’s TLS certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mixpeek-tls-'));
    // A self-signed certificate for 127.0.0.1: a man in the middle's, as far as the proxy can tell.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    let reached = 0;
    const tls = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => {
        reached++;
        res.end(ORG);
      },
    );
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const dist = makeDist();
    const { app, origin } = await proxyServer(dist, `https://127.0.0.1:${(tls.address() as AddressInfo).port}`);
    try {
      const response = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
      expect(response.status).toBe(502);
      expect(reached).toBe(0);
    } finally {
      await app.close();
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
      dist.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('capacity', () => {
  /** Opens a request on a raw socket and leaves it open; the caller destroys it. */
  const openRequest = (origin: string, key: string) => {
    const { hostname, port } = new URL(origin);
    const socket = connect(Number(port), hostname);
    socket.on('error', () => {});
    socket.write(`GET /mixpeek-api/v1/organizations HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${key}\r\n\r\n`);
    return socket;
  };

  it('streams a large answer whole and intact', async () => {
    const dist = makeDist();
    const upstream = await startUpstream(behaviour);
    const { app, origin } = await proxyServer(dist, upstream.origin);
    try {
      const response = await fetch(`${origin}/mixpeek-api/v1/organizations`, {
        headers: { authorization: 'Bearer stream-5mb' },
      });
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length).toBe(5 * 1024 * 1024);
      for (let i = 0; i < 5; i++) expect(body[i * 1024 * 1024 + 7]).toBe(0x30 + i);
    } finally {
      await app.close();
      await upstream.close();
      dist.remove();
    }
  });

  it('cancels the upstream request as soon as the client goes away', async () => {
    const dist = makeDist();
    const upstream = await startUpstream(behaviour);
    // A deadline far beyond the wait below: only the cancellation can close the upstream request.
    const { app, origin } = await proxyServer(dist, upstream.origin, { upstreamTimeoutMs: 60_000 });
    closedUpstream.length = 0;
    try {
      const client = openRequest(origin, 'hang');
      await expect.poll(() => upstream.received.length).toBe(1);
      client.destroy();
      await expect.poll(() => closedUpstream, { timeout: 3_000 }).toEqual(['hang']);
    } finally {
      await app.close();
      await upstream.close();
      dist.remove();
    }
  });

  it('answers 503 with Retry-After at once when the upstream requests under way reach the limit', async () => {
    const dist = makeDist();
    const upstream = await startUpstream(behaviour);
    const { app, origin, lines } = await proxyServer(
      dist,
      upstream.origin,
      { upstreamTimeoutMs: 60_000 },
      { MIXPEEK_PROXY_MAX_IN_FLIGHT: '2' },
    );
    const clients = [openRequest(origin, 'hang'), openRequest(origin, 'hang')];
    try {
      await expect.poll(() => upstream.received.length).toBe(2);
      const refused = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(JSON.parse(refused.text)).toMatchObject({ status: 503, error: { type: 'ServiceUnavailableError' } });
      expect(upstream.received).toHaveLength(2);
      expect(lines.some((line) => line.includes('the most allowed'))).toBe(true);
      // A request that ends frees its place.
      clients.pop()?.destroy();
      await expect
        .poll(async () => (await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH })).status)
        .toBe(200);
    } finally {
      for (const client of clients) client.destroy();
      await app.close();
      await upstream.close();
      dist.remove();
    }
  });
});
