import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL, readConfig } from './env';
import { PROXY_PATH } from './proxy';

const ORIGIN = 'https://dash.example.com';

describe('readConfig', () => {
  it('uses the defaults when nothing is configured: the same-origin proxy, the direct URL beside it', () => {
    expect(readConfig({}, ORIGIN)).toMatchObject({
      defaultApiUrl: 'https://dash.example.com/mixpeek-api',
      directApiUrl: DEFAULT_API_URL,
      proxyTarget: DEFAULT_API_URL,
      proxyUrl: 'https://dash.example.com/mixpeek-api',
      requestTimeoutMs: 15_000,
      warnings: [],
    });
    expect(DEFAULT_API_URL).toBe('https://api.mixpeek.com');
    expect(PROXY_PATH).toBe('/mixpeek-api');
  });

  it('treats empty and blank values as not configured', () => {
    const config = readConfig({ VITE_MIXPEEK_API_URL: '  ', VITE_REQUEST_TIMEOUT_MS: '' }, ORIGIN);
    expect(config.defaultApiUrl).toBe(`${ORIGIN}${PROXY_PATH}`);
    expect(config.requestTimeoutMs).toBe(15_000);
    expect(config.warnings).toEqual([]);
  });

  it('builds the proxy URL on the given origin, under the base path the app was built for', () => {
    expect(readConfig({}, 'http://localhost:5173').proxyUrl).toBe('http://localhost:5173/mixpeek-api');
    expect(readConfig({ BASE_URL: '/' }, ORIGIN).proxyUrl).toBe('https://dash.example.com/mixpeek-api');
    const subPath = readConfig({ BASE_URL: '/tools/mixpeek/' }, ORIGIN);
    expect(subPath.proxyUrl).toBe('https://dash.example.com/tools/mixpeek/mixpeek-api');
    expect(subPath.defaultApiUrl).toBe(subPath.proxyUrl);
  });

  it('writes the default proxy as a path of this site, the same text on every origin (the key screen is prerendered)', () => {
    expect(readConfig({}, ORIGIN).defaultApiText).toBe('/mixpeek-api');
    expect(readConfig({}, 'http://localhost').defaultApiText).toBe('/mixpeek-api');
    expect(readConfig({ BASE_URL: '/tools/mixpeek/' }, ORIGIN).defaultApiText).toBe('/tools/mixpeek/mixpeek-api');
    // Configured as the proxy itself: still the path; configured elsewhere: that URL.
    expect(readConfig({ VITE_MIXPEEK_API_URL: '/mixpeek-api' }, ORIGIN).defaultApiText).toBe('/mixpeek-api');
    expect(readConfig({ VITE_MIXPEEK_API_URL: '/api/' }, ORIGIN).defaultApiText).toBe('/api');
    expect(readConfig({ VITE_MIXPEEK_API_URL: '/api/' }, ORIGIN).defaultApiUrl).toBe(`${ORIGIN}/api`);
    const staging = readConfig({ VITE_MIXPEEK_API_URL: 'https://staging.mixpeek.example' }, ORIGIN);
    expect(staging.defaultApiText).toBe('https://staging.mixpeek.example');
    expect(staging.warnings).toEqual([]);
  });

  it('names the proxy target the build was given', () => {
    expect(readConfig({ MIXPEEK_PROXY_TARGET: 'http://127.0.0.1:4010' }, ORIGIN).proxyTarget).toBe(
      'http://127.0.0.1:4010',
    );
  });

  it('uses a valid API URL, normalized', () => {
    const config = readConfig({ VITE_MIXPEEK_API_URL: ' https://staging.mixpeek.example/ ' }, ORIGIN);
    expect(config.defaultApiUrl).toBe('https://staging.mixpeek.example');
    expect(config.warnings).toEqual([]);
  });

  it('resolves a path (the same-origin proxy) against the origin', () => {
    const config = readConfig({ VITE_MIXPEEK_API_URL: '/mixpeek-api' }, ORIGIN);
    expect(config.defaultApiUrl).toBe('https://dash.example.com/mixpeek-api');
    expect(config.warnings).toEqual([]);
  });

  it.each(['ftp://api.example.com', 'not a url', 'https://u:p@api.example.com', 'https://api.example.com/?a=1'])(
    'ignores the invalid API URL %j with a warning',
    (value) => {
      const config = readConfig({ VITE_MIXPEEK_API_URL: value }, ORIGIN);
      expect(config.defaultApiUrl).toBe(`${ORIGIN}${PROXY_PATH}`);
      expect(config.warnings).toHaveLength(1);
      expect(config.warnings[0]).toMatch(/^VITE_MIXPEEK_API_URL is ignored: /);
    },
  );

  it('says why the API URL was ignored', () => {
    const [warning] = readConfig({ VITE_MIXPEEK_API_URL: 'ftp://api.example.com' }, ORIGIN).warnings;
    expect(warning).toBe(
      'VITE_MIXPEEK_API_URL is ignored: The API base URL must start with http:// or https:// (got ftp:).',
    );
  });

  it.each([
    ['1000', 1_000],
    ['30000', 30_000],
    [' 5000 ', 5_000],
    ['300000', 300_000],
  ])('reads the timeout %j as %i ms', (value, ms) => {
    const config = readConfig({ VITE_REQUEST_TIMEOUT_MS: value }, ORIGIN);
    expect(config.requestTimeoutMs).toBe(ms);
    expect(config.warnings).toEqual([]);
  });

  it.each(['999', '0', '-5000', '300001', '1500.5', 'abc', '15s', 'Infinity', 'NaN'])(
    'ignores the timeout %j with a warning',
    (value) => {
      const config = readConfig({ VITE_REQUEST_TIMEOUT_MS: value }, ORIGIN);
      expect(config.requestTimeoutMs).toBe(15_000);
      expect(config.warnings).toEqual([
        'VITE_REQUEST_TIMEOUT_MS is ignored: expected whole milliseconds between 1000 and 300000.',
      ]);
    },
  );

  it('collects a warning for each invalid value and keeps the valid ones apart', () => {
    const both = readConfig({ VITE_MIXPEEK_API_URL: 'nope', VITE_REQUEST_TIMEOUT_MS: 'nope' }, ORIGIN);
    expect(both.warnings).toHaveLength(2);
    expect(both.defaultApiUrl).toBe(`${ORIGIN}${PROXY_PATH}`);
    expect(both.requestTimeoutMs).toBe(15_000);

    const mixed = readConfig({ VITE_MIXPEEK_API_URL: 'https://x.example', VITE_REQUEST_TIMEOUT_MS: '1' }, ORIGIN);
    expect(mixed.defaultApiUrl).toBe('https://x.example');
    expect(mixed.warnings).toHaveLength(1);
    expect(mixed.warnings[0]).toMatch(/^VITE_REQUEST_TIMEOUT_MS/);
  });

  it('restricts API origins only in a production build', () => {
    expect(readConfig({}, ORIGIN).allowedApiOrigins).toBeNull();
    const prod = readConfig({ PROD: true, VITE_MIXPEEK_API_URL: 'https://staging.mixpeek.example/v1' }, ORIGIN);
    expect(prod.allowedApiOrigins).toContain(DEFAULT_API_URL);
    expect(prod.allowedApiOrigins).toContain('https://staging.mixpeek.example');
  });
});
