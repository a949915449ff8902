// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { basePath, parseBuildInfo } from './build-info.ts';
import { readServerConfig } from './config.ts';
import { createLog, describeError, redact } from './log.ts';
import { lendWindowForCleanup } from './testing/vitest-window.ts';

lendWindowForCleanup();

describe('readServerConfig', () => {
  it('has defaults for everything', () => {
    expect(readServerConfig({})).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '0.0.0.0',
        proxyTarget: 'https://api.mixpeek.com',
        trustProxy: false,
        proxyConnections: 256,
        proxyMaxInFlight: 1024,
        workers: 1,
        shutdownDelayMs: 2000,
        hsts: false,
        logFormat: 'text',
        distDir: 'dist',
      },
    });
    // Empty means unset, as a blank line in an env file does.
    expect(readServerConfig({ PORT: '', HOST: ' ', HSTS: '' })).toMatchObject({ ok: true, config: { port: 8080 } });
  });

  it('reads every variable', () => {
    const result = readServerConfig({
      PORT: '4180',
      HOST: '127.0.0.1',
      MIXPEEK_PROXY_TARGET: 'http://127.0.0.1:4010/',
      TRUST_PROXY: '10.0.0.0/8, 192.168.1.1, ::1, fd00::/8',
      HSTS: 'on',
      LOG_FORMAT: 'json',
      DIST_DIR: 'dist-e2e',
      MIXPEEK_PROXY_CONNECTIONS: '32',
      MIXPEEK_PROXY_MAX_IN_FLIGHT: '100',
      SHUTDOWN_DELAY_MS: '0',
      WORKERS: '2',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        port: 4180,
        host: '127.0.0.1',
        proxyTarget: 'http://127.0.0.1:4010',
        trustProxy: ['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8'],
        proxyConnections: 32,
        proxyMaxInFlight: 100,
        workers: 2,
        shutdownDelayMs: 0,
        hsts: true,
        logFormat: 'json',
        distDir: 'dist-e2e',
      },
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(readServerConfig({ TRUST_PROXY: value })).toMatchObject({ ok: true, config: { trustProxy: expected } });
  });

  it.each(['::', 'localhost', 'app.internal', '::1', '10.0.0.5'])('accepts HOST=%s', (host) => {
    expect(readServerConfig({ HOST: host })).toMatchObject({ ok: true, config: { host } });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['HOST', 'not a host'],
    ['HOST', 'http://0.0.0.0'],
    ['MIXPEEK_PROXY_TARGET', 'api.mixpeek.com'],
    ['MIXPEEK_PROXY_TARGET', 'ftp://api.mixpeek.com'],
    ['MIXPEEK_PROXY_TARGET', 'https://user:sk_live_secret@api.mixpeek.com'],
    ['MIXPEEK_PROXY_TARGET', 'https://@api.mixpeek.com'],
    ['MIXPEEK_PROXY_TARGET', 'https://api.mixpeek.com/v1'],
    ['MIXPEEK_PROXY_TARGET', 'https://api.mixpeek.com?x=1'],
    ['MIXPEEK_PROXY_TARGET', 'https://api.mixpeek.com/?'],
    ['MIXPEEK_PROXY_TARGET', 'https://api.mixpeek.com#x'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1,'],
    ['TRUST_PROXY', '1.2.3'],
    ['HSTS', 'true'],
    ['HSTS', 'ON!'],
    ['LOG_FORMAT', 'pretty'],
  ])('refuses %s=%s with one line naming it, without repeating the value', (name, value) => {
    const result = readServerConfig({ [name]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.startsWith(`${name} must be`)).toBe(true);
    expect(result.error).not.toContain('\n');
    expect(result.error).not.toContain('sk_live_secret');
  });
});

describe('build info', () => {
  it('turns Vite’s base into the path to serve at', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('./')).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/tools/mixpeek/')).toBe('/tools/mixpeek/');
    for (const bad of ['https://cdn.example/app/', '/tools', '//evil/', '/a/../b/', '/a/./', '/:id/', '/*/', '/a b/']) {
      expect(basePath(bad), bad).toBeNull();
    }
  });

  it('checks the file', () => {
    expect(parseBuildInfo({ base: '/x/', hashedFiles: ['assets/a.js'] })).toEqual({
      ok: true,
      info: { base: '/x/', hashedFiles: ['assets/a.js'] },
    });
    expect(parseBuildInfo({ base: '/x', hashedFiles: [] }).ok).toBe(false);
    expect(parseBuildInfo({ base: '/', hashedFiles: [1] }).ok).toBe(false);
    expect(parseBuildInfo(null).ok).toBe(false);
  });
});

describe('log', () => {
  const entry = { method: 'GET', path: '/x', status: 200, durationMs: 1.234, bytes: 5, ip: '127.0.0.1' };

  it('writes text lines', () => {
    const lines: string[] = [];
    const log = createLog('text', (l) => lines.push(l));
    log.request(entry);
    log.info('hello');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z GET \/x 200 1\.2ms 5B 127\.0\.0\.1$/);
    expect(lines[1]).toMatch(/Z hello$/);
  });

  it('writes JSON lines, errors to the error stream', () => {
    const out: string[] = [];
    const err: string[] = [];
    const log = createLog(
      'json',
      (l) => out.push(l),
      (l) => err.push(l),
    );
    log.request(entry);
    log.error('broke\nacross lines');
    expect(JSON.parse(out[0]!)).toEqual({ time: expect.any(String), level: 'info', ...entry, durationMs: 1.2 });
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain('\n');
    expect(JSON.parse(err[0]!)).toMatchObject({ level: 'error', message: 'broke\nacross lines' });
  });

  it('masks keys and Bearer credentials in anything it writes', () => {
    expect(redact('Authorization: Bearer sk_live_abc123 and sk_test_demo_pro_f456.')).toBe(
      'Authorization: Bearer [redacted] and sk_[redacted].',
    );
    expect(redact('bearer abc.def')).toBe('bearer [redacted]');
    const lines: string[] = [];
    createLog('json', (l) => lines.push(l)).info('key sk_live_0123456789abcdef');
    expect(lines[0]).not.toContain('0123456789abcdef');
  });

  it('masks keys however they are written: encoded, glued to other text, with dots', () => {
    const cases = [
      '/x/Bearer%20sk_live_0123456789abcdef',
      '/%zzsk_live_0123456789abcdef',
      '/a%0ask_live_0123456789abcdef',
      '/q?k=%73k_live_0123456789abcdef',
      '/q?k=%2573%256b%255flive_0123456789abcdef',
      '/q?k=SK_LIVE_0123456789abcdef',
      'key=xsk_live_0123456789abcdef&x=1',
      'sk_live_abc.0123456789abcdef',
      'sk_live_%30123456789abcdef',
    ];
    for (const text of cases) {
      expect(redact(text), text).not.toMatch(/0123456789abcdef|123456789abcdef/);
    }
    expect(redact('/x/Bearer%20sk_live_abc')).toBe('/x/Bearer [redacted]');
    expect(redact('ends with sk_live_abc.')).toBe('ends with sk_[redacted].');
  });

  it('writes a forged client address as one harmless field', () => {
    const lines: string[] = [];
    const log = createLog('text', (l) => lines.push(l));
    log.request({ ...entry, ip: '1.2.3.4 GET /admin 200 1ms 0B 10.0.0.1' });
    log.request({ ...entry, ip: '1.2.3.4\u0000\u001b[2J' });
    expect(lines[0]).toMatch(/ 5B invalid-address$/);
    expect(lines[1]).toMatch(/ 5B invalid-address$/);
    const json: string[] = [];
    createLog('json', (l) => json.push(l)).request({ ...entry, ip: 'a b' });
    expect(JSON.parse(json[0]!)).toMatchObject({ ip: 'invalid-address' });
  });

  it('describes an error by name, code and message only', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
      headers: { authorization: 'Bearer sk_live_x' },
    });
    expect(describeError(error)).toBe('Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1');
    expect(describeError('plain')).toBe('plain');
  });
});
