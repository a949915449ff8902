// The production server (`npm start`, the compiled server/main.ts) against the stub API: the
// dashboard through its proxy, what the proxy refuses and strips, headers, compression, the SPA
// fallback, a sub-path build, shutdown and logs. Pages here are on the server's own origin, which
// the guard of ./support/test does not know, so this spec watches its pages itself
// (./support/page-problems).
import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { send, startUpstream } from '../server/testing/fixtures';
import { runToExit, SERVER_ENTRY, startServer, type RunningServer } from '../server/testing/processes';
import { metaPolicy as pagePolicy } from '../src/config/csp-meta';
import { STUB_API } from './support/app';
import { watchPageProblems } from './support/page-problems';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEY = 'sk_test_demo_pro_f456';
const AUTH = { authorization: `Bearer ${KEY}` };
const ENV = { DIST_DIR: 'dist-e2e', MIXPEEK_PROXY_TARGET: STUB_API };

interface StubRecord {
  method: string;
  path: string;
  headerNames: string[];
  cookie: string | null;
}

/** What the stub API has received; other specs use it too, so tests look for their own probe. */
async function stubRecord(): Promise<StubRecord[]> {
  return JSON.parse((await send(STUB_API, '/__stub/requests')).text) as StubRecord[];
}

const probe = () => `probe=${randomUUID()}`;

/** The CSP of a page's <meta> tag, as the browser reads the attribute. */
function metaPolicy(html: string): string {
  const policy = pagePolicy(html);
  if (policy === null) throw new Error('no CSP meta tag');
  return policy;
}

/** Connects with default settings: the key screen's default base URL is this site's proxy. */
async function connectThroughProxy(page: Page, origin: string, base = '/') {
  await page.goto(`${origin}${base}`);
  await expect(page.getByTestId('key-destination')).toHaveText("through this site's proxy to 127.0.0.1:4010");
  await page.getByLabel('API key', { exact: true }).fill(KEY);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
}

// One server for the file, its tests in order in one worker.
test.describe.configure({ mode: 'default' });

let server: RunningServer;

test.beforeAll(async () => {
  if (!existsSync(join(ROOT, SERVER_ENTRY))) {
    throw new Error(`${SERVER_ENTRY} is missing: run npm run build:server (npm run test:e2e does) first`);
  }
  server = await startServer(ROOT, ENV);
});

test.afterAll(async () => {
  await server?.stop();
});

test('a key connects through the proxy and the dashboard shows', async ({ page }) => {
  const problems = await watchPageProblems(page, [server.origin]);
  const proxied: string[] = [];
  page.on('request', (request) => proxied.push(request.url()));
  await connectThroughProxy(page, server.origin);
  expect(proxied).toContain(`${server.origin}/mixpeek-api/v1/organizations`);
  expect(problems).toEqual([]);
});

test('the proxy refuses writes, other paths and traversal tricks without contacting the API', async () => {
  const token = probe();
  const attempts: [string, string, number][] = [
    ['POST', '/mixpeek-api/v1/organizations', 405],
    ['PUT', '/mixpeek-api/v1/organizations/billing/spending-caps', 405],
    ['DELETE', '/mixpeek-api/v1/organizations/billing/payment-method', 405],
    ['PATCH', '/mixpeek-api/v1/organizations', 405],
    ['GET', '/mixpeek-api/v1/namespaces', 404],
    ['GET', '/mixpeek-api/v1/organizations/', 404],
    ['GET', '/mixpeek-api/v1/organizations/users', 404],
    ['GET', '/mixpeek-api/v1/%6frganizations', 404],
    ['GET', '/mixpeek-api/v1/organizations/../organizations', 404],
    ['GET', '/mixpeek-api/v1/organizations/%2e%2e/organizations', 404],
    ['GET', '/mixpeek-api/v1/organizations%2f..%2f..%2f__stub%2frequests', 404],
    ['GET', '/mixpeek-api/v1/organizations/%252e%252e/x', 404],
    ['GET', '/mixpeek-api//v1/organizations', 404],
    ['GET', '/mixpeek-api/v1\\organizations', 404],
    ['GET', '/mixpeek-api/http://127.0.0.1:4010/v1/organizations', 404],
    ['GET', '/mixpeek-api/@127.0.0.1:4010/v1/organizations', 404],
  ];
  for (const [method, path, status] of attempts) {
    const response = await send(server.origin, `${path}?${token}`, {
      method,
      headers: { ...AUTH, 'content-type': 'application/json' },
    });
    expect(response.status, `${method} ${path}`).toBe(status);
    const body = JSON.parse(response.text) as { success: boolean; status: number; error: { message: string } };
    expect(body).toMatchObject({ success: false, status, error: { message: expect.any(String) } });
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
  }
  // The record works: an allowed request with a token of its own does show up.
  const control = probe();
  expect((await send(server.origin, `/mixpeek-api/v1/organizations?${control}`, { headers: AUTH })).status).toBe(200);
  const record = await stubRecord();
  expect(record.some((r) => r.path === `/v1/organizations?${control}`)).toBe(true);
  expect(record.filter((r) => r.path.includes(token))).toEqual([]);
});

test('Cookie does not reach the API and only Authorization and Accept do', async () => {
  const token = probe();
  const response = await send(server.origin, `/mixpeek-api/v1/organizations?${token}`, {
    headers: { ...AUTH, accept: 'application/json', cookie: 'session=browser', 'x-forwarded-for': '10.0.0.1' },
  });
  expect(response.status).toBe(200);
  const [received] = (await stubRecord()).filter((r) => r.path.includes(token));
  expect(received).toMatchObject({ method: 'GET', path: `/v1/organizations?${token}`, cookie: null });
  expect(
    received!.headerNames.filter((name) => !['accept', 'authorization', 'connection', 'host'].includes(name)),
  ).toEqual([]);
});

test('Set-Cookie and other headers of the API do not reach the browser', async () => {
  const upstream = await startUpstream((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'set-cookie': ['session=from-upstream; Path=/', 'second=1'],
      'access-control-allow-origin': '*',
      'strict-transport-security': 'max-age=1',
      'x-internal': 'yes',
    });
    res.end('{"organization_name":"Acme Corporation"}');
  });
  const viaStub = await startServer(ROOT, { ...ENV, MIXPEEK_PROXY_TARGET: upstream.origin });
  try {
    const response = await send(viaStub.origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.text).toContain('Acme Corporation');
    for (const name of ['set-cookie', 'access-control-allow-origin', 'strict-transport-security', 'x-internal']) {
      expect(response.headers, name).not.toHaveProperty(name);
    }
    expect(upstream.received).toHaveLength(1);
  } finally {
    await viaStub.stop();
    await upstream.close();
  }
});

for (const [key, status] of [
  ['sk_test_fault_429_always', 429],
  ['sk_test_fault_401', 401],
] as const) {
  test(`a ${status} from the API passes through unchanged`, async () => {
    const headers = { authorization: `Bearer ${key}` };
    const direct = await send(STUB_API, '/v1/organizations', { headers });
    const proxied = await send(server.origin, '/mixpeek-api/v1/organizations', { headers });
    expect(proxied.status).toBe(status);
    expect(proxied.status).toBe(direct.status);
    expect(proxied.text).toBe(direct.text);
    expect(proxied.headers['content-type']).toBe(direct.headers['content-type']);
    expect(proxied.headers['retry-after']).toBe(direct.headers['retry-after']);
    if (status === 429) expect(proxied.headers['retry-after']).toBe('2');
  });
}

test('security and caching headers on pages, assets, errors and proxied answers', async () => {
  const index = await send(server.origin, '/');
  const asset = /"(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
  expect(asset).toBeDefined();
  const sample = await send(server.origin, '/sample/pro-over/');
  const responses = {
    index,
    sample,
    asset: await send(server.origin, asset!),
    icon: await send(server.origin, '/favicon.svg'),
    missing: await send(server.origin, '/assets/missing-0000.js'),
    proxied: await send(server.origin, '/mixpeek-api/v1/organizations', { headers: AUTH }),
    refused: await send(server.origin, '/mixpeek-api/v1/organizations', { method: 'POST' }),
    health: await send(server.origin, '/healthz'),
  };
  for (const [name, response] of Object.entries(responses)) {
    expect(response.headers, name).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(response.headers['permissions-policy'], name).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    const expected = ['index', 'sample'].includes(name)
      ? `${metaPolicy(response.text)}; frame-ancestors 'none'`
      : "default-src 'none'; frame-ancestors 'none'";
    expect(response.headers['content-security-policy'], name).toBe(expected);
  }
  // Each page has its own policy (the sample page's admits its inline code by hash).
  expect(metaPolicy(sample.text)).not.toBe(metaPolicy(index.text));
  expect(sample.text).toContain('Acme Corporation');
  expect(responses.asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(responses.asset.headers['content-type']).toMatch(/javascript; charset=utf-8$/);
  for (const name of ['index', 'sample', 'icon'] as const) {
    expect(responses[name].headers['cache-control'], name).toBe('no-cache');
  }
  expect(responses.icon.headers['content-type']).toBe('image/svg+xml');
  expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
});

test('compressed answers for clients that accept brotli or gzip', async () => {
  const index = await send(server.origin, '/');
  const asset = /data-entry="(\/assets\/index-[^"]+\.js)"/.exec(index.text)![1]!;
  const plain = await send(server.origin, asset);
  const br = await send(server.origin, asset, { headers: { 'accept-encoding': 'br' } });
  const gzip = await send(server.origin, asset, { headers: { 'accept-encoding': 'gzip' } });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(br.headers['content-encoding']).toBe('br');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(br.body.length).toBeLessThan(plain.body.length / 2);
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  const page = await send(server.origin, '/sample/pro-over/', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(page.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(page.body).toString()).toContain('Acme Corporation');
});

test('a missing asset is a 404, an app route gets index.html, HEAD answers without a body', async () => {
  for (const path of ['/assets/missing-0000.js', '/assets/missing.css', '/missing.png', '/.build-info.json']) {
    const response = await send(server.origin, path);
    expect(response.status, path).toBe(404);
    expect(JSON.parse(response.text)).toMatchObject({ success: false, status: 404 });
  }
  const index = await send(server.origin, '/');
  for (const path of ['/organizations/org_1', '/settings/', '/sample/does-not-exist/']) {
    const response = await send(server.origin, path);
    expect(response.status, path).toBe(200);
    expect(response.text, path).toBe(index.text);
  }
  const head = await send(server.origin, '/', { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(head.headers['content-length']).toBe(String(Buffer.byteLength(index.text)));
  expect(head.body.length).toBe(0);
  expect((await send(server.origin, '/sample/pro-over', { method: 'HEAD' })).headers.location).toBe(
    '/sample/pro-over/',
  );
});

test('a build for a sub-path is served at its base, proxy included, and the app works there', async ({ page }) => {
  test.setTimeout(90_000);
  const out = mkdtempSync(join(tmpdir(), 'mixpeek-subpath-'));
  try {
    const build = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--mode',
        'e2e',
        '--base',
        '/tools/mixpeek/',
        '--outDir',
        out,
        '--emptyOutDir',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const log = `${build.stdout}\n${build.stderr}`;
    expect(build.status, log).toBe(0);
    const info = JSON.parse(readFileSync(join(out, '.build-info.json'), 'utf8')) as { base: string };
    expect(info.base).toBe('/tools/mixpeek/');

    const sub = await startServer(ROOT, { ...ENV, DIST_DIR: out });
    try {
      const index = await send(sub.origin, '/tools/mixpeek/');
      expect(index.status).toBe(200);
      const asset = /data-entry="(\/tools\/mixpeek\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
      expect(asset, 'the page loads its script from under the base').toBeDefined();
      const script = await send(sub.origin, asset!);
      expect(script.status).toBe(200);
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const sample = await send(sub.origin, '/tools/mixpeek/sample/pro-over/');
      expect(sample.status).toBe(200);
      expect(sample.text).toContain('Acme Corporation');
      expect(sample.headers['content-security-policy']).toBe(`${metaPolicy(sample.text)}; frame-ancestors 'none'`);
      expect((await send(sub.origin, '/tools/mixpeek/some/route')).text).toBe(index.text);
      expect((await send(sub.origin, '/')).headers.location).toBe('/tools/mixpeek/');
      expect((await send(sub.origin, asset!.replace('/tools/mixpeek', ''))).status).toBe(404);

      const token = probe();
      const proxied = await send(sub.origin, `/tools/mixpeek/mixpeek-api/v1/organizations?${token}`, { headers: AUTH });
      expect(proxied.status).toBe(200);
      expect(proxied.text).toContain('Acme Corporation');
      expect((await send(sub.origin, `/mixpeek-api/v1/organizations?${token}`, { headers: AUTH })).status).toBe(404);
      expect((await stubRecord()).filter((r) => r.path.includes(token)).map((r) => r.path)).toEqual([
        `/v1/organizations?${token}`,
      ]);

      // In a browser: every link, route and redirect stays under the base.
      const problems = await watchPageProblems(page, [sub.origin]);
      await connectThroughProxy(page, sub.origin, '/tools/mixpeek/');
      await expect(page).toHaveURL(`${sub.origin}/tools/mixpeek/dashboard`);
      await page.getByRole('button', { name: 'Add organization' }).click();
      await expect(page).toHaveURL(`${sub.origin}/tools/mixpeek/add`);
      await page.goBack();
      await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
      await page.goto(`${sub.origin}/tools/mixpeek/sample/team/`);
      await expect(page.getByTestId('organization-name')).toHaveText('Northwind Media');
      // The live app has taken the prerendered page over once its chart is drawn.
      await expect(page.getByTestId('rate-limit-chart').locator('.chart-value-label')).toHaveCount(5);
      await page.getByLabel('Sample organization').selectOption({ label: 'Tinker Labs · Free, low balance' });
      await expect(page).toHaveURL(`${sub.origin}/tools/mixpeek/sample/free-low/`);
      // The theme script is found under the base too: a chosen theme applies before the app runs.
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Theme').selectOption('dark');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(`${sub.origin}/tools/mixpeek/`);
      expect(problems).toEqual([]);
    } finally {
      await sub.stop();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

/** A GET on `agent` (so on its kept-alive connection), with whether that connection was reused. */
function getOn(agent: Agent, url: string): Promise<{ status: number; connection?: string; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, reused: req.reusedSocket }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal}: /healthz turns 503 at once, the request in flight finishes, kept-alive connections close, exit 0`, async () => {
    const instance = await startServer(ROOT, { ...ENV, SHUTDOWN_DELAY_MS: '1500' });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // A kept-alive connection, idle when the signal comes.
      expect((await getOn(agent, `${instance.origin}/healthz`)).status).toBe(200);
      const token = probe();
      // The stub answers this key after 2 s.
      const inFlight = send(instance.origin, `/mixpeek-api/v1/organizations?${token}`, {
        headers: { authorization: 'Bearer sk_test_fault_slow' },
      });
      await expect.poll(async () => (await stubRecord()).some((r) => r.path.includes(token))).toBe(true);
      const signalled = Date.now();
      process.kill(instance.pid, signal);
      // The listener is still open: a load balancer's readiness check sees 503 and stops sending.
      await expect
        .poll(() => send(instance.origin, '/healthz').then((r) => `${r.status} ${r.headers.connection}`), {
          timeout: 1_000,
        })
        .toBe('503 close');
      const onOpenConnection = await getOn(agent, `${instance.origin}/`);
      expect(onOpenConnection).toEqual({ status: 503, connection: 'close', reused: true });
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.headers.connection).toBe('close');
      expect(JSON.parse(response.text)).toMatchObject({ organization_name: 'Acme Corporation' });
      expect(await instance.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(instance.output()).toContain(`${signal}: finishing the requests in flight`);
    } finally {
      agent.destroy();
      await instance.stop();
    }
  });
}

test('a request that outlasts the 10 s shutdown limit does not keep the server', async () => {
  test.setTimeout(30_000);
  const instance = await startServer(ROOT, ENV);
  const token = probe();
  // The stub does not answer this key for 60 s (the proxy would give up after 15).
  const hanging = send(instance.origin, `/mixpeek-api/v1/organizations?${token}`, {
    headers: { authorization: 'Bearer sk_test_fault_hang' },
  }).catch((error: Error) => error);
  await expect.poll(async () => (await stubRecord()).some((r) => r.path.includes(token))).toBe(true);
  const signalled = Date.now();
  const exit = await instance.stop('SIGTERM');
  const waited = Date.now() - signalled;
  expect(exit.code).toBe(1);
  expect(waited).toBeGreaterThanOrEqual(9_500);
  expect(waited).toBeLessThan(11_500);
  expect(instance.output()).toContain('still in flight after 10 s');
  await hanging;
});

test('an invalid setting stops the server at start with one line naming it', async () => {
  for (const [env, variable] of [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ MIXPEEK_PROXY_TARGET: 'https://user:sk_live_hidden@api.mixpeek.com' }, 'MIXPEEK_PROXY_TARGET'],
    [{ DIST_DIR: 'no-such-build' }, 'DIST_DIR'],
  ] as const) {
    const result = await runToExit(ROOT, { ...ENV, HOST: '127.0.0.1', PORT: '0', ...env });
    expect(result.code, variable).toBe(1);
    const lines = result.output.trim().split('\n');
    expect(lines, variable).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(result.output).not.toContain('sk_live_hidden');
  }
});

test('no log line holds a key, whatever the outcome', async () => {
  const keys = [KEY, 'sk_test_fault_401', 'sk_test_fault_429_always'];
  for (const key of keys) {
    await send(server.origin, '/mixpeek-api/v1/organizations?x=1', { headers: { authorization: `Bearer ${key}` } });
    await send(server.origin, '/mixpeek-api/v1/organizations', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
    });
  }
  await send(server.origin, '/mixpeek-api/%zz', { headers: AUTH });
  // An API that cannot be reached: the error path writes a line of its own.
  const unreachable = await startServer(ROOT, {
    ...ENV,
    MIXPEEK_PROXY_TARGET: 'http://127.0.0.1:9',
    LOG_FORMAT: 'json',
  });
  const failed = await send(unreachable.origin, '/mixpeek-api/v1/organizations', { headers: AUTH });
  expect(failed.status).toBe(502);
  await unreachable.stop();

  const output = `${server.output()}\n${unreachable.output()}`;
  expect(server.output()).toMatch(/ GET \/mixpeek-api\/v1\/organizations 200 [\d.]+ms \d+B /);
  expect(server.output()).toMatch(/ POST \/mixpeek-api\/v1\/organizations 405 /);
  expect(unreachable.output()).toMatch(/"level":"error".*upstream unreachable/);
  expect(unreachable.output()).toMatch(/"method":"GET","path":"\/mixpeek-api\/v1\/organizations","status":502/);
  for (const key of keys) expect(output).not.toContain(key);
  expect(output).not.toMatch(/sk_(?:test|live)_[a-z]/);
  expect(output).not.toMatch(/Bearer (?!\[redacted\])/);
});
