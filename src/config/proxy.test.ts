import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProxyRequest,
  downstreamResponseHeaders,
  errorResponseBody,
  PROXY_ALLOWED_PATHS,
  PROXY_MAX_RESPONSE_BYTES,
  PROXY_PATH,
  PROXY_UPSTREAM_TIMEOUT_MS,
  upstreamRequestHeaders,
} from './proxy';

const RUNS = { numRuns: 2_000 };
const ALLOWED: readonly string[] = PROXY_ALLOWED_PATHS;

describe('checkProxyRequest', () => {
  it('forwards each of the seven paths for GET and HEAD, target unchanged', () => {
    expect(PROXY_ALLOWED_PATHS).toHaveLength(7);
    for (const path of PROXY_ALLOWED_PATHS) {
      for (const method of ['GET', 'HEAD']) {
        expect(checkProxyRequest(method, path)).toEqual({ action: 'forward', upstreamTarget: path });
      }
    }
    expect(checkProxyRequest('GET', '/v1/organizations/billing/usage/breakdown?billing_month=2025-01')).toEqual({
      action: 'forward',
      upstreamTarget: '/v1/organizations/billing/usage/breakdown?billing_month=2025-01',
    });
    expect(checkProxyRequest('GET', '/v1/organizations/billing/invoices?limit=10&x=%2F%2e')).toEqual({
      action: 'forward',
      upstreamTarget: '/v1/organizations/billing/invoices?limit=10&x=%2F%2e',
    });
  });

  it.each([
    '',
    '/',
    '?x=1',
    '/v1',
    '/v1/organizations/',
    '/v1/organizations//',
    '//v1/organizations',
    '/v1//organizations',
    '/v1/organizations/.',
    '/v1/organizations/./billing/balance',
    '/v1/organizations/billing/../billing/balance',
    '/v1/organizations/billing/balance/..',
    '/v1/%6frganizations',
    '/v1/organizations%2Fbilling%2Fbalance',
    '/v1/organizations/billing%2fbalance',
    '/v1/organizations/%2e%2e/organizations',
    '/v1/organizations/%252e%252e/',
    '/v1/organizations\\billing\\balance',
    '\\v1\\organizations',
    '/V1/Organizations',
    '/v1/organizations;jsessionid=1',
    '/v1/organizations%00',
    '/v1/organizations%20',
    '/v1/organizations/billing',
    '/v1/organizations/billing/usage',
    '/v1/organizations/users',
    '//evil.example/v1/organizations',
    '/@evil.example/v1/organizations',
    '/v1/organizations@evil.example',
    'http://evil.example/v1/organizations',
    'https://api.mixpeek.com/v1/organizations',
    '/v1/organizations#frag',
    '/v2/organizations',
  ])('refuses %j with 404 for every method', (target) => {
    for (const method of ['GET', 'HEAD', 'POST', 'DELETE']) {
      const decision = checkProxyRequest(method, target);
      expect(decision).toMatchObject({ action: 'refuse', status: 404 });
    }
  });

  it('answers a known path with another method 405 and Allow: GET, HEAD', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'get']) {
      const decision = checkProxyRequest(method, '/v1/organizations?x=1');
      expect(decision).toEqual({
        action: 'refuse',
        status: 405,
        message: expect.stringContaining('not allowed'),
        headers: { allow: 'GET, HEAD' },
      });
    }
  });

  it.each(['#x', 'a=1#x', 'a=\x00', 'a=\n', 'a=\x7f', 'a= b', 'a=\u00e9', 'a=\u0085'])(
    'refuses a query %j with 400',
    (query) => {
      expect(checkProxyRequest('GET', `/v1/organizations?${query}`)).toMatchObject({ action: 'refuse', status: 400 });
    },
  );

  // Printable ASCII without '#': what a query may hold.
  const queryChar = fc.integer({ min: 0x21, max: 0x7e }).filter((c) => c !== 0x23);
  const query = fc.array(queryChar, { maxLength: 60 }).map((codes) => String.fromCharCode(...codes));
  const allowedPath = fc.constantFrom(...PROXY_ALLOWED_PATHS);
  const method = fc.constantFrom('GET', 'HEAD');

  it('property: every allowed path with any valid query string is forwarded unchanged', () => {
    fc.assert(
      fc.property(allowedPath, query, method, (path, q, m) => {
        const target = `${path}?${q}`;
        expect(checkProxyRequest(m, target)).toEqual({ action: 'forward', upstreamTarget: target });
      }),
      RUNS,
    );
  });

  // Tricks that lead elsewhere once a server decodes or normalises the path.
  const trick = fc.constantFrom(
    '%2e',
    '%2E',
    '%2e%2e',
    '%252e',
    '..',
    '.',
    '/',
    '//',
    '\\',
    '%5c',
    '%2f',
    '%2F',
    '@',
    '%40',
    ';',
    '%00',
    '%20',
    '?',
    'evil.example',
    '%',
  );

  it('property: an allowed path with an encoding, dot-segment or host trick spliced in is refused', () => {
    fc.assert(
      fc.property(allowedPath, trick, fc.nat(), fc.constantFrom('', '/'), query, method, (path, t, at, sep, q, m) => {
        const cut = at % (path.length + 1);
        const tricked = `${path.slice(0, cut)}${sep}${t}${path.slice(cut)}`;
        // A '?' trick only moves the query start; what remains must still be checked.
        const tampered = tricked.split('?')[0]!;
        fc.pre(!ALLOWED.includes(tampered));
        const decision = checkProxyRequest(m, `${tricked}?${q}`);
        expect(decision).toMatchObject({ action: 'refuse', status: 404 });
      }),
      RUNS,
    );
  });

  const pathChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789/._-~%@:;\\+'.split(''));
  const anyPath = fc.oneof(
    fc.array(pathChar, { maxLength: 50 }).map((chars) => `/${chars.join('')}`),
    fc.string({ maxLength: 50 }),
    fc.webPath(),
    allowedPath.chain((p) => fc.webPath().map((suffix) => p + suffix)),
  );
  const anyMethod = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE');

  it('property: a path that is not byte for byte one of the seven is refused with 404', () => {
    fc.assert(
      fc.property(anyPath, anyMethod, query, (path, m, q) => {
        const clean = path.split('?')[0]!;
        fc.pre(!ALLOWED.includes(clean));
        expect(checkProxyRequest(m, `${path}?${q}`)).toMatchObject({ action: 'refuse', status: 404 });
      }),
      RUNS,
    );
  });

  it('property: whatever the input, a forwarded target is one of the seven paths plus the query as sent', () => {
    const target = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.webPath().chain((p) => fc.webQueryParameters().map((q) => `${p}?${q}`)),
      allowedPath.chain((p) => fc.string({ maxLength: 40 }).map((s) => p + s)),
    );
    fc.assert(
      fc.property(anyMethod, target, (m, t) => {
        const decision = checkProxyRequest(m, t);
        if (decision.action === 'forward') {
          expect(decision.upstreamTarget).toBe(t);
          const [path] = t.split('?');
          expect(ALLOWED).toContain(path);
          expect(['GET', 'HEAD']).toContain(m);
          // Printable ASCII and no '#', wherever the query starts.
          expect([...t].every((c) => c >= '!' && c <= '~' && c !== '#')).toBe(true);
        } else {
          expect([400, 404, 405]).toContain(decision.status);
        }
      }),
      RUNS,
    );
  });
});

describe('header rules', () => {
  it('sends on only Authorization and Accept, never Cookie', () => {
    const headers = upstreamRequestHeaders({
      Authorization: 'Bearer sk_test_x',
      accept: 'application/json',
      cookie: 'session=1',
      host: 'evil.example',
      'x-forwarded-for': '10.0.0.1',
      origin: 'http://127.0.0.1',
      'accept-encoding': 'br',
      connection: 'keep-alive',
      'content-length': '0',
      undefinedHeader: undefined,
    });
    expect(headers).toEqual({ authorization: 'Bearer sk_test_x', accept: 'application/json' });
  });

  it('joins a repeated Accept', () => {
    expect(upstreamRequestHeaders({ accept: ['application/json', 'text/plain'] })).toEqual({
      accept: 'application/json, text/plain',
    });
  });

  it('passes back status-related headers and drops Set-Cookie and hop-by-hop ones', () => {
    const upstream = {
      'Content-Type': 'application/json',
      'retry-after': '2',
      'cache-control': 'private, max-age=0',
      'content-length': 42,
      'set-cookie': ['a=1', 'b=2'],
      connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      'proxy-authenticate': 'Basic',
      trailer: 'x',
      upgrade: 'h2c',
      'access-control-allow-origin': '*',
      server: 'upstream',
    };
    expect(downstreamResponseHeaders(upstream, { bodyUnchanged: true })).toEqual({
      'content-type': 'application/json',
      'retry-after': '2',
      'cache-control': 'private, max-age=0',
      'content-length': '42',
    });
    expect(downstreamResponseHeaders(upstream, { bodyUnchanged: false })).not.toHaveProperty('content-length');
  });
});

describe('constants and errors', () => {
  it('keeps the documented limits', () => {
    expect(PROXY_PATH).toBe('/mixpeek-api');
    expect(PROXY_UPSTREAM_TIMEOUT_MS).toBe(15_000);
    expect(PROXY_MAX_RESPONSE_BYTES).toBe(52_428_800);
  });

  it('writes errors in the ErrorResponse shape', () => {
    expect(errorResponseBody(404, 'nope')).toEqual({
      success: false,
      status: 404,
      error: { message: 'nope', type: 'NotFoundError' },
    });
    expect(errorResponseBody(504, 'slow').error.type).toBe('GatewayTimeoutError');
    expect(errorResponseBody(418, 'teapot').error.type).toBe('Error');
  });
});
