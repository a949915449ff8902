import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY, sessionStore, type Session } from './session';

const storedKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i));

afterEach(() => {
  sessionStore.set(null);
});

describe('sessionStore', () => {
  it('is empty at first', () => {
    expect(sessionStore.get()).toBeNull();
  });

  it('round-trips an API session', () => {
    const session: Session = { kind: 'api', apiKey: 'sk_live_abc123def456', baseUrl: 'https://api.mixpeek.com' };
    sessionStore.set(session);
    expect(sessionStore.get()).toEqual(session);
    expect(sessionStore.persisted()).toBe(true);
  });

  it('round-trips a sample session', () => {
    sessionStore.set({ kind: 'sample', sampleId: 'pro-over' });
    expect(sessionStore.get()).toEqual({ kind: 'sample', sampleId: 'pro-over' });
  });

  it('stores the session under SESSION_STORAGE_KEY only, and nothing in localStorage', () => {
    expect(SESSION_STORAGE_KEY).toBe('mixpeek-dashboard.session');
    sessionStore.set({ kind: 'api', apiKey: 'sk_live_abc123def456', baseUrl: 'https://api.mixpeek.com' });
    expect(storedKeys(window.sessionStorage)).toEqual([SESSION_STORAGE_KEY]);
    expect(window.localStorage.length).toBe(0);
    expect(JSON.parse(window.sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({
      kind: 'api',
      apiKey: 'sk_live_abc123def456',
      baseUrl: 'https://api.mixpeek.com',
    });
  });

  it('removes the entry when the session ends', () => {
    sessionStore.set({ kind: 'sample', sampleId: 'team' });
    sessionStore.set(null);
    expect(window.sessionStorage.length).toBe(0);
    expect(sessionStore.get()).toBeNull();
  });

  it('reads a session stored by an earlier page load', () => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ kind: 'sample', sampleId: 'team' }));
    expect(sessionStore.get()).toEqual({ kind: 'sample', sampleId: 'team' });
  });

  it('drops unknown fields of a stored session', () => {
    window.sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ kind: 'api', apiKey: 'sk_x', baseUrl: 'https://a.example', admin: true }),
    );
    expect(sessionStore.get()).toEqual({ kind: 'api', apiKey: 'sk_x', baseUrl: 'https://a.example' });
  });

  it.each([
    ['not JSON', '{kind: api}'],
    ['null', 'null'],
    ['a string', '"sk_live_abc"'],
    ['an array', '[{"kind":"sample","sampleId":"team"}]'],
    ['no kind', '{"apiKey":"sk_x","baseUrl":"https://a.example"}'],
    ['an unknown kind', '{"kind":"oauth","token":"t"}'],
    ['an api session without key', '{"kind":"api","baseUrl":"https://a.example"}'],
    ['an api session with an empty key', '{"kind":"api","apiKey":"","baseUrl":"https://a.example"}'],
    ['an api session with a numeric key', '{"kind":"api","apiKey":123,"baseUrl":"https://a.example"}'],
    ['an api session without base URL', '{"kind":"api","apiKey":"sk_x"}'],
    ['an api session with a null base URL', '{"kind":"api","apiKey":"sk_x","baseUrl":null}'],
    ['a sample session without id', '{"kind":"sample"}'],
    ['a sample session with a numeric id', '{"kind":"sample","sampleId":3}'],
  ])('rejects a stored value that is %s', (_what, text) => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, text);
    expect(sessionStore.get()).toBeNull();
  });
});

describe('sessionStore: a stored base URL is validated again', () => {
  it('drops a session whose base URL is no longer a usable http(s) URL', () => {
    window.sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ kind: 'api', apiKey: 'sk_test_x', baseUrl: 'javascript:alert(1)' }),
    );
    expect(sessionStore.get()).toBeNull();
  });
});
