// deploy/nginx.conf, run by Debian's nginx in front of the e2e build and the stub API: the
// dashboard through nginx's proxy, what it refuses, and its headers. The config under test is
// the file itself with a few substitutions (listen, root, upstream and its Host, log and temp folders),
// each checked.
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exchange, send } from '../server/testing/fixtures';
import { freePort } from '../server/testing/processes';
import { watchPageProblems } from './support/page-problems';
import { STUB_API } from './support/app';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NGINX = '/usr/sbin/nginx';
const KEY = 'sk_test_demo_pro_f456';
const STUB = new URL(STUB_API);

/** The config from deploy/nginx.conf for this run; throws if a line it replaces has moved. */
function testConfig(
  template: string,
  values: { port: number; root: string; temp: string; upstream: string; oneWorker: boolean },
): string {
  const replace = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`);
    return text.replaceAll(from, to);
  };
  let conf = replace(template, 'listen 8080;', `listen 127.0.0.1:${values.port};`);
  // One worker: one upstream connection cache, so that what a test counts does not depend on
  // which worker accepted which connection.
  if (values.oneWorker) conf = replace(conf, 'worker_processes auto;', 'worker_processes 1;');
  conf = replace(conf, 'root /srv/mixpeek-dashboard;', `root ${values.root};`);
  conf = replace(conf, 'server api.mixpeek.com:443;', `server ${values.upstream};`);
  conf = replace(conf, 'proxy_pass https://mixpeek_api/', 'proxy_pass http://mixpeek_api/');
  conf = replace(conf, 'proxy_set_header Host api.mixpeek.com;', `proxy_set_header Host ${values.upstream};`);
  // A file, so that a test reads every line written before the answer it waited for.
  conf = replace(conf, 'error_log stderr', `error_log ${join(values.temp, 'error.log')}`);
  // /dev/stdout cannot be opened when it is a socket, as a child's stdout is under Node.
  conf = replace(conf, 'access_log /dev/stdout mixpeek;', `access_log ${join(values.temp, 'access.log')} mixpeek;`);
  // Debian's nginx writes request bodies and buffers under /var/lib/nginx; this run keeps them here.
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${join(values.temp, name)};\n`)
    .join('');
  return replace(conf, 'http {\n', `http {\n${temps}`);
}

interface StubRecord {
  method: string;
  path: string;
  headerNames: string[];
  cookie: string | null;
}
const stubRecord = async () => JSON.parse((await send(STUB_API, '/__stub/requests')).text) as StubRecord[];

test.describe.configure({ mode: 'default' });

interface Nginx {
  origin: string;
  temp: string;
  /** stdout, stderr and the error log so far. */
  output(): string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf run by Debian's nginx, forwarding to `upstream` (host:port). */
async function startNginx(upstream: string, oneWorker = false): Promise<Nginx> {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx); .ci/run does`);
  }
  const trusted = '/etc/ssl/certs/ca-certificates.crt';
  if (!existsSync(trusted))
    throw new Error(
      `${trusted} is missing: deploy/nginx.conf checks the API's certificate with it (apt-get install -y ca-certificates)`,
    );
  const temp = mkdtempSync(join(tmpdir(), 'mixpeek-nginx-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const conf = join(temp, 'nginx.conf');
  const template = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  writeFileSync(conf, testConfig(template, { port, root: join(ROOT, 'dist-e2e'), temp, upstream, oneWorker }));
  const args = ['-p', temp, '-c', conf, '-g', `daemon off; pid ${join(temp, 'nginx.pid')};`];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refuses the config:\n${check.stderr}`);
  let streams = '';
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (streams += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (streams += chunk.toString()));
  const errorLog = join(temp, 'error.log');
  const output = () => streams + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  await expect
    .poll(
      () =>
        send(origin, '/').then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 10_000, message: output() },
    )
    .toBe(200);
  return {
    origin,
    temp,
    output,
    stop: async () => {
      if (child.pid !== undefined && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

let nginx: Nginx;
let origin: string;

test.beforeAll(async () => {
  nginx = await startNginx(STUB.host);
  origin = nginx.origin;
});

test.afterAll(async () => {
  await nginx?.stop();
});

test('a key connects through nginx’s proxy and the dashboard shows', async ({ page }) => {
  const problems = await watchPageProblems(page, [origin]);
  await page.goto(`${origin}/`);
  await page.getByLabel('API key', { exact: true }).fill(KEY);
  await page.getByText('Advanced').click();
  await page.getByLabel('API base URL').fill(`${origin}/mixpeek-api`);
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  expect(problems).toEqual([]);
});

test('a prerendered sample page works under nginx’s header policy', async ({ page }) => {
  const problems = await watchPageProblems(page, [origin]);
  await page.goto(`${origin}/sample/pro-over/`);
  await expect(page.getByTestId('organization-name')).toHaveText('Acme Corporation');
  expect(problems).toEqual([]);
});

test('nginx refuses writes, other paths and encoded spellings itself', async () => {
  const token = `probe=${randomUUID()}`;
  const attempts: [string, string, number][] = [
    ['POST', '/mixpeek-api/v1/organizations', 405],
    ['DELETE', '/mixpeek-api/v1/organizations/billing/payment-method', 405],
    ['PUT', '/mixpeek-api/v1/organizations/billing/spending-caps', 405],
    ['GET', '/mixpeek-api/v1/namespaces', 404],
    ['GET', '/mixpeek-api/v1/organizations/', 404],
    ['GET', '/mixpeek-api/v1/%6frganizations', 404],
    ['GET', '/mixpeek-api/v1/organizations/../organizations', 404],
    ['GET', '/mixpeek-api//v1/organizations', 404],
    ['GET', '/mixpeek-api/v1/organizations/billing/%2e%2e/balance', 404],
    ['GET', '/mixpeek-api', 404],
  ];
  for (const [method, path, status] of attempts) {
    const response = await send(origin, `${path}?${token}`, {
      method,
      headers: { authorization: `Bearer ${KEY}`, 'content-length': '0' },
    });
    expect(response.status, `${method} ${path}`).toBe(status);
    expect(response.headers['content-type'], path).toBe('application/json');
    expect(JSON.parse(response.text)).toMatchObject({ success: false, status, error: { message: expect.any(String) } });
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD');
  }
  const control = `probe=${randomUUID()}`;
  const allowed = await send(origin, `/mixpeek-api/v1/organizations?${control}`, {
    headers: { authorization: `Bearer ${KEY}`, cookie: 'session=browser', 'x-forwarded-for': '10.0.0.1' },
  });
  expect(allowed.status).toBe(200);
  const record = await stubRecord();
  expect(record.filter((r) => r.path.includes(token))).toEqual([]);
  const [received] = record.filter((r) => r.path.includes(control));
  expect(received).toMatchObject({ method: 'GET', path: `/v1/organizations?${control}`, cookie: null });
  expect(received!.headerNames.filter((n) => !['accept', 'authorization', 'connection', 'host'].includes(n))).toEqual(
    [],
  );
});

test('nginx passes a 429 and its Retry-After, and hides the API’s other headers', async () => {
  const headers = { authorization: 'Bearer sk_test_fault_429_always' };
  const direct = await send(STUB_API, '/v1/organizations', { headers });
  const proxied = await send(origin, '/mixpeek-api/v1/organizations', { headers });
  expect(proxied.status).toBe(429);
  expect(proxied.headers['retry-after']).toBe('2');
  expect(proxied.text).toBe(direct.text);
  // The stub varies on Origin (its CORS answer); nginx hides Vary with the other CORS headers.
  expect(direct.headers.vary).toContain('Origin');
  expect(String(proxied.headers.vary ?? '')).not.toContain('Origin');
  expect(proxied.headers).not.toHaveProperty('cache-control');
});

test('security, caching and compression headers', async () => {
  const index = await send(origin, '/');
  const asset = /data-entry="(\/assets\/index-[^"]+\.js)"/.exec(index.text)![1]!;
  const responses = {
    index,
    route: await send(origin, '/organizations/org_1'),
    asset: await send(origin, asset, { headers: { 'accept-encoding': 'gzip' } }),
    icon: await send(origin, '/favicon.svg'),
    missing: await send(origin, '/assets/missing-0000.js'),
    refused: await send(origin, '/mixpeek-api/v1/organizations', {
      method: 'POST',
      headers: { 'content-length': '0' },
    }),
    proxied: await send(origin, '/mixpeek-api/v1/organizations', { headers: { authorization: `Bearer ${KEY}` } }),
  };
  for (const [name, response] of Object.entries(responses)) {
    expect(response.headers, name).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    expect(response.headers['permissions-policy'], name).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp, name).toContain("frame-ancestors 'none'");
    if (['index', 'route'].includes(name)) expect(csp).not.toContain('default-src');
    else expect(csp, name).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  expect(responses.route.text).toBe(index.text);
  expect(responses.asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(responses.asset.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(responses.asset.body).toString()).toBe((await send(origin, asset)).text);
  expect(index.headers['cache-control']).toBe('no-cache');
  expect(responses.icon.headers['cache-control']).toBe('no-cache');
  expect(responses.missing.status).toBe(404);
  expect(responses.missing.headers['content-type']).toBe('application/json');
  expect(responses.missing.headers).not.toHaveProperty('cache-control');
  expect(responses.proxied.headers).not.toHaveProperty('cache-control');
  expect((await send(origin, '/.build-info.json')).status).toBe(404);
});

test('nginx’s log lines hold no key', async () => {
  await send(origin, '/mixpeek-api/v1/organizations?x=1', { headers: { authorization: `Bearer ${KEY}` } });
  const log = () => readFileSync(join(nginx.temp, 'access.log'), 'utf8');
  await expect.poll(log).toMatch(/ GET \/mixpeek-api\/v1\/organizations 200 /);
  expect(log()).not.toContain(KEY);
  expect(log()).not.toContain('Bearer');
  expect(nginx.output()).not.toContain(KEY);
});

/** Writes `request` byte for byte on a new connection and reads until nginx closes it. */
const exchangeText = async (target: string, request: string) => (await exchange(target, request)).toString('latin1');

test.describe('against an upstream that misbehaves', () => {
  const BURST = 100;
  let hostile: Nginx;
  let upstream: Server;
  let connections = 0;
  const received: IncomingHttpHeaders[] = [];
  let held: ServerResponse[] = [];

  test.beforeAll(async () => {
    upstream = createServer((req, res) => {
      received.push(req.headers);
      const query = new URL(req.url ?? '/', 'http://upstream').searchParams;
      if (query.has('drop')) return req.socket.destroy();
      if (query.has('html')) {
        res.writeHead(200, {
          'content-type': 'text/html',
          'cache-control': 'public, max-age=600',
          refresh: '0;url=https://attacker.example/',
          'clear-site-data': '"*"',
          'www-authenticate': 'Basic realm="api"',
          'content-disposition': 'attachment; filename="x.html"',
          'x-xss-protection': '1',
          'x-dns-prefetch-control': 'on',
          'x-permitted-cross-domain-policies': 'all',
          'set-cookie': 'session=upstream',
        });
        return res.end('<script>document.title = localStorage.length</script>');
      }
      if (query.has('hold')) {
        held.push(res);
        if (held.length < BURST) return;
        for (const waiting of held) waiting.end('{"held":true}');
        held = [];
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      res.end('{"ok":true}');
    });
    // Longer than the test: an idle connection is closed by nginx, not by this upstream.
    upstream.keepAliveTimeout = 120_000;
    upstream.on('connection', () => connections++);
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    hostile = await startNginx(`127.0.0.1:${(upstream.address() as AddressInfo).port}`, true);
  });

  test.afterAll(async () => {
    await hostile?.stop();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  test('a GET with a body sends no body length upstream, so the next request on the connection is intact', async () => {
    const path = '/mixpeek-api/v1/organizations';
    const host = `Host: ${new URL(hostile.origin).host}\r\nConnection: close\r\n`;
    const body = 'A'.repeat(40);
    const sized = await exchangeText(
      hostile.origin,
      `GET ${path}?sized HTTP/1.1\r\n${host}Content-Length: 40\r\n\r\n${body}`,
    );
    const chunked = await exchangeText(
      hostile.origin,
      `GET ${path}?chunked HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\n28\r\n${body}\r\n0\r\n\r\n`,
    );
    expect(sized).toMatch(/^HTTP\/1\.1 200 /);
    expect(chunked).toMatch(/^HTTP\/1\.1 200 /);
    const last = received.slice(-2);
    expect(last).toHaveLength(2);
    for (const headers of last) {
      expect(headers).not.toHaveProperty('content-length');
      expect(headers).not.toHaveProperty('transfer-encoding');
    }
    expect((await send(hostile.origin, `${path}/billing/balance`)).status).toBe(200);
  });

  test('HTML from the API gets the strict policy and none of the headers that would act for this origin', async () => {
    const response = await send(hostile.origin, '/mixpeek-api/v1/organizations?html', {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    for (const name of [
      'refresh',
      'clear-site-data',
      'www-authenticate',
      'content-disposition',
      'x-xss-protection',
      'x-dns-prefetch-control',
      'x-permitted-cross-domain-policies',
      'set-cookie',
    ]) {
      expect(response.headers, name).not.toHaveProperty(name);
    }
    // An answer to a request with a key is never for a shared cache.
    expect(response.headers['cache-control']).toBe('private, no-store');
    const plain = await send(hostile.origin, '/mixpeek-api/v1/organizations', {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  test('HTTP/0.9 gets no answer: it could carry none of the headers', async () => {
    expect((await exchangeText(hostile.origin, 'GET /\r\n')).slice(0, 200)).toBe('');
  });

  test('an upstream failure is logged without the query', async () => {
    const secret = `sk_test_${randomUUID()}`;
    const response = await send(hostile.origin, `/mixpeek-api/v1/organizations?drop&key=${secret}`);
    expect(response.status).toBe(502);
    const log = () => readFileSync(join(hostile.temp, 'access.log'), 'utf8');
    // The access line is written after the error line would have been.
    await expect.poll(log).toMatch(/ GET \/mixpeek-api\/v1\/organizations 502 /);
    expect(hostile.output()).not.toContain(secret);
    expect(log()).not.toContain(secret);
  });

  test('upstream connections are kept and reused at a hundred requests at once', async () => {
    const burst = () =>
      Promise.all(Array.from({ length: BURST }, () => send(hostile.origin, '/mixpeek-api/v1/organizations?hold'))).then(
        (responses) => expect(responses.map((r) => r.status)).toEqual(Array(BURST).fill(200)),
      );
    await burst();
    const afterFirst = connections;
    await burst();
    // A worker keeping only a few idle connections would open most of the second burst's anew.
    expect(connections - afterFirst).toBeLessThan(BURST / 10);
  });
});
