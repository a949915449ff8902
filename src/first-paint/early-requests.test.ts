import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropEarlyRequests, storedConnection, takeEarlyRequest } from './early-requests';
import { firstPaint } from './first-paint';
import { SESSION_STORAGE_KEY, WORKSPACE_VERSION } from './page-markers';

const KEY = 'sk_test_demo_pro_f456';
const BASE_URL = 'https://dashboard.example.test/mixpeek-api';
const REQUESTS = ['/v1/organizations', '/v1/organizations/billing/invoices?limit=24'];

const workspace = (sessions: unknown[], active = 0, version: unknown = WORKSPACE_VERSION) =>
  JSON.stringify({ version, sessions, active });
const apiSession = (baseUrl = BASE_URL, apiKey: unknown = KEY) => ({ kind: 'api', apiKey, baseUrl });

/** Runs the first-paint script at `path` with a stored workspace; returns the URLs it fetched. */
function sentAt(path: string, stored: string | null, base = '/') {
  window.history.replaceState(null, '', path);
  if (stored !== null) sessionStorage.setItem(SESSION_STORAGE_KEY, stored);
  const fetch = vi.spyOn(window, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
  firstPaint(base, REQUESTS);
  const urls = fetch.mock.calls.map(([url]) => String(url));
  fetch.mockRestore();
  return urls;
}

afterEach(() => {
  dropEarlyRequests();
  sessionStorage.clear();
  delete document.documentElement.dataset.keyScreen;
});

describe('the requests of a reload with a stored key', () => {
  it('leave from the first-paint script on the key screen’s and the dashboard’s address', () => {
    const expected = REQUESTS.map((path) => `${BASE_URL}${path}`);
    expect(sentAt('/', workspace([apiSession()]))).toEqual(expected);
    dropEarlyRequests();
    expect(sentAt('/dashboard', workspace([apiSession()]))).toEqual(expected);
    dropEarlyRequests();
    expect(sentAt('/tools/mixpeek/dashboard', workspace([apiSession()]), '/tools/mixpeek/')).toEqual(expected);
  });

  it('carry the key as the app sends it, and wait in one place for the app to take them', () => {
    window.history.replaceState(null, '', '/');
    sessionStorage.setItem(SESSION_STORAGE_KEY, workspace([apiSession()]));
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    firstPaint('/', REQUESTS);
    const init = fetch.mock.calls[0]![1]!;
    fetch.mockRestore();
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    expect(init.headers).toEqual({ Authorization: `Bearer ${KEY}`, Accept: 'application/json' });
    const url = `${BASE_URL}${REQUESTS[0]}`;
    expect(takeEarlyRequest(url, 'sk_other')).toBeNull();
    const taken = takeEarlyRequest(url, KEY);
    expect(taken?.url).toBe(url);
    expect(takeEarlyRequest(url, KEY)).toBeNull();
  });

  it('do not leave elsewhere: another view, a query, no key, a sample', () => {
    expect(sentAt('/compare', workspace([apiSession()]))).toEqual([]);
    expect(sentAt('/sample/team/', workspace([apiSession()]))).toEqual([]);
    expect(sentAt('/?sample=team', workspace([apiSession()]))).toEqual([]);
    expect(sentAt('/dashboard?x=1', workspace([apiSession()]))).toEqual([]);
    sessionStorage.clear();
    expect(sentAt('/', null)).toEqual([]);
    expect(sentAt('/', workspace([{ kind: 'sample', sampleId: 'team' }]))).toEqual([]);
  });

  it('are aborted when no one takes them in a minute', () => {
    vi.useFakeTimers();
    try {
      window.history.replaceState(null, '', '/');
      sessionStorage.setItem(SESSION_STORAGE_KEY, workspace([apiSession()]));
      const signals: AbortSignal[] = [];
      const fetch = vi.spyOn(window, 'fetch').mockImplementation((_, init) => {
        signals.push(init!.signal!);
        return new Promise<Response>(() => {});
      });
      firstPaint('/', REQUESTS);
      fetch.mockRestore();
      vi.advanceTimersByTime(59_999);
      expect(signals.map((s) => s.aborted)).toEqual([false, false]);
      vi.advanceTimersByTime(1);
      expect(signals.map((s) => s.aborted)).toEqual([true, true]);
      expect(takeEarlyRequest(`${BASE_URL}${REQUESTS[0]}`, KEY)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('storedConnection', () => {
  it('reads the active API session as the app writes it', () => {
    const second = apiSession('https://api.mixpeek.com', 'sk_second');
    expect(storedConnection(workspace([apiSession(), second], 1))).toEqual({
      apiKey: 'sk_second',
      baseUrl: 'https://api.mixpeek.com',
    });
  });

  it.each([
    ['not JSON', '{nope'],
    ['null', 'null'],
    ['an older format', workspace([apiSession()], 0, 1)],
    ['an active index out of range', workspace([apiSession()], 3)],
    ['a fractional index', workspace([apiSession()], 0.5)],
    ['an empty key', workspace([apiSession(BASE_URL, '')])],
    ['a key that is not text', workspace([apiSession(BASE_URL, 42)])],
    ['a relative base URL', workspace([apiSession('/mixpeek-api')])],
    ['a trailing slash', workspace([apiSession(`${BASE_URL}/`)])],
    ['a query', workspace([apiSession(`${BASE_URL}?x=1`)])],
    ['credentials', workspace([apiSession('https://user:pw@api.mixpeek.com')])],
    ['another scheme', workspace([apiSession('javascript:alert(1)')])],
  ])('refuses %s', (_, stored) => {
    expect(storedConnection(stored)).toBeNull();
  });
});
