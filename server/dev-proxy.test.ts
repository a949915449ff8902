// @vitest-environment node
import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { proxyMiddleware } from './dev-proxy.ts';
import { makeDist, send, startUpstream, type FixtureDist, type Upstream } from './testing/fixtures.ts';
import { freePort } from './testing/processes.ts';
import { lendWindowForCleanup } from './testing/vitest-window.ts';

lendWindowForCleanup();

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AUTH = { authorization: 'Bearer sk_test_dev_proxy' };

let upstream: Upstream;
beforeAll(async () => {
  upstream = await startUpstream((req, res) => {
    res.writeHead(req.headers.authorization === AUTH.authorization ? 200 : 401, {
      'content-type': 'application/json',
      'set-cookie': 'session=1',
      'retry-after': '3',
      'x-internal': 'yes',
    });
    res.end('{"organization_name":"Acme Corporation"}');
  });
});
afterEach(() => {
  upstream.received.length = 0;
});
afterAll(() => upstream.close());

describe('proxyMiddleware', () => {
  let server: Server;
  let origin: string;
  const warn = vi.fn();

  beforeAll(async () => {
    const middleware = proxyMiddleware('/base/', new URL(upstream.origin), { warn });
    server = createHttpServer((req, res) => middleware(req, res, () => res.writeHead(299).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('forwards an allowed path with the query as sent, Authorization and Accept only', async () => {
    const response = await send(
      origin,
      '/base/mixpeek-api/v1/organizations/billing/usage/breakdown?billing_month=2025-01',
      {
        headers: { ...AUTH, accept: 'application/json', cookie: 'a=1', 'x-forwarded-for': '1.2.3.4' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.text).toContain('Acme Corporation');
    expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'retry-after': '3' });
    expect(response.headers).not.toHaveProperty('set-cookie');
    expect(response.headers).not.toHaveProperty('x-internal');
    const [received] = upstream.received;
    expect(received?.url).toBe('/v1/organizations/billing/usage/breakdown?billing_month=2025-01');
    expect(Object.keys(received?.headers ?? {}).sort()).toEqual(['accept', 'authorization', 'connection', 'host']);
  });

  it('refuses what the production server refuses, without contacting the upstream', async () => {
    const post = await send(origin, '/base/mixpeek-api/v1/organizations', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(JSON.parse(post.text)).toMatchObject({
      success: false,
      status: 405,
      error: { type: 'MethodNotAllowedError' },
    });
    for (const path of [
      '/base/mixpeek-api/v1/%6frganizations',
      '/base/mixpeek-api/v1/organizations/../x',
      '/base/mixpeek-api',
    ]) {
      expect((await send(origin, path)).status, path).toBe(404);
    }
    expect(upstream.received).toEqual([]);
  });

  it('leaves every other path to the next middleware', async () => {
    for (const path of ['/base/', '/mixpeek-api/v1/organizations', '/base/mixpeek-apix/v1/organizations']) {
      expect((await send(origin, path)).status, path).toBe(299);
    }
  });

  it('answers 502 in the ErrorResponse shape when the upstream cannot be reached', async () => {
    const dead = await startUpstream(() => undefined);
    await dead.close();
    const middleware = proxyMiddleware('/', new URL(dead.origin), { warn });
    const lone = createHttpServer((req, res) => middleware(req, res, () => res.end()));
    await new Promise<void>((resolve) => lone.listen(0, '127.0.0.1', resolve));
    try {
      const response = await send(
        `http://127.0.0.1:${(lone.address() as AddressInfo).port}`,
        '/mixpeek-api/v1/organizations',
        {
          headers: AUTH,
        },
      );
      expect(response.status).toBe(502);
      expect(JSON.parse(response.text)).toMatchObject({ success: false, status: 502 });
      expect(warn).toHaveBeenCalledWith(expect.not.stringContaining('sk_test_dev_proxy'));
    } finally {
      await new Promise((resolve) => lone.close(resolve));
    }
  });
});

describe('vite.config.ts', () => {
  let dev: ViteDevServer;
  let previewServer: PreviewServer;
  let dist: FixtureDist;

  beforeAll(async () => {
    vi.stubEnv('MIXPEEK_PROXY_TARGET', upstream.origin);
    dev = await createServer({ root: ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, ws: false } });
    await dev.listen();
    dist = makeDist();
    previewServer = await preview({
      root: ROOT,
      logLevel: 'silent',
      build: { outDir: dist.root },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
  }, 30_000);
  afterAll(async () => {
    await dev?.close();
    await previewServer?.close();
    dist?.remove();
    vi.unstubAllEnvs();
  });

  const originOf = (server: ViteDevServer | PreviewServer) =>
    `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;

  it.each(['dev', 'preview'])('gives %s the same proxy rules', async (which) => {
    const origin = originOf(which === 'dev' ? dev : previewServer);
    const ok = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
    expect(ok.status).toBe(200);
    expect(ok.headers).not.toHaveProperty('set-cookie');
    expect(upstream.received.map((r) => r.url)).toEqual(['/v1/organizations']);
    expect((await send(origin, '/mixpeek-api/v1/organizations', { method: 'DELETE' })).status).toBe(405);
    expect((await send(origin, '/mixpeek-api/v1/organizations/..%2fx')).status).toBe(404);
    expect(upstream.received).toHaveLength(1);
  });
});

// `npm run dev -- --host … --port … --strictPort` must reach Vite: the script is Vite itself.
describe('npm run dev', () => {
  const npm = (args: string[], env: Record<string, string>) =>
    spawn('npm', ['run', 'dev', '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: npm, its shell and Vite stop together
    });

  it('passes Vite its flags (--host, --port, --strictPort) and carries the proxy', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const flags = ['--host', '127.0.0.1', '--port', String(port), '--strictPort'];
    const dev = npm(flags, { MIXPEEK_PROXY_TARGET: upstream.origin });
    let second: ReturnType<typeof npm> | undefined;
    try {
      await vi.waitFor(async () => expect((await send(origin, '/')).status).toBe(200), {
        timeout: 20_000,
        interval: 200,
      });
      const proxied = await send(origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
      expect(proxied.status).toBe(200);
      expect(upstream.received.map((r) => r.url)).toEqual(['/v1/organizations']);
      // --strictPort reached Vite: a second one on the same port stops instead of taking another.
      second = npm(flags, { MIXPEEK_PROXY_TARGET: upstream.origin });
      const exited = new Promise<number | null>((resolve) => second!.once('exit', resolve));
      const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('running'), 20_000))]);
      expect(code).not.toBe('running');
      expect(code).not.toBe(0);
    } finally {
      for (const child of [dev, second]) if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
  }, 60_000);
});
