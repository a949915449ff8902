import { afterEach, describe, expect, it } from 'vitest';
import {
  activeSession,
  parseWorkspace,
  sessionIdentity,
  withSample,
  withSession,
  withoutActive,
  workspaceStore,
  workspaceStore as sessionStore,
} from './workspace';
import { SESSION_STORAGE_KEY } from '@/first-paint/page-markers';
import type { Connection } from '@/api/connection';
import { config } from '@/config/env';

const only = (session: Connection) => ({ sessions: [session], active: 0 });

const storedKeys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i));

afterEach(() => {
  sessionStore.set(null);
});

describe('sessionStore', () => {
  it('is empty at first', () => {
    expect(sessionStore.get()).toBeNull();
  });

  it('round-trips an API session', () => {
    const session: Connection = { kind: 'api', apiKey: 'sk_live_abc123def456', baseUrl: 'https://api.mixpeek.com' };
    sessionStore.set(only(session));
    expect(sessionStore.get()).toEqual(only(session));
    expect(sessionStore.persisted()).toBe(true);
  });

  it('round-trips a sample session', () => {
    sessionStore.set(only({ kind: 'sample', sampleId: 'pro-over' }));
    expect(sessionStore.get()).toEqual(only({ kind: 'sample', sampleId: 'pro-over' }));
  });

  it('stores the session under SESSION_STORAGE_KEY only, and nothing in localStorage', () => {
    expect(SESSION_STORAGE_KEY).toBe('mixpeek-dashboard.session');
    sessionStore.set(only({ kind: 'api', apiKey: 'sk_live_abc123def456', baseUrl: 'https://api.mixpeek.com' }));
    expect(storedKeys(window.sessionStorage)).toEqual([SESSION_STORAGE_KEY]);
    expect(window.localStorage.length).toBe(0);
    expect(JSON.parse(window.sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toEqual({
      version: 2,
      ...only({ kind: 'api', apiKey: 'sk_live_abc123def456', baseUrl: 'https://api.mixpeek.com' }),
    });
  });

  it('removes the entry when the session ends', () => {
    sessionStore.set(only({ kind: 'sample', sampleId: 'team' }));
    sessionStore.set(null);
    expect(window.sessionStorage.length).toBe(0);
    expect(sessionStore.get()).toBeNull();
  });

  it('reads a lone session stored by an earlier version as a workspace of one', () => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ kind: 'sample', sampleId: 'team' }));
    expect(sessionStore.get()).toEqual(only({ kind: 'sample', sampleId: 'team' }));
  });

  it('drops unknown fields of a stored session', () => {
    window.sessionStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ kind: 'api', apiKey: 'sk_x', baseUrl: 'https://a.example', admin: true }),
    );
    expect(sessionStore.get()).toEqual(only({ kind: 'api', apiKey: 'sk_x', baseUrl: 'https://a.example' }));
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

describe('workspace: several organizations in one tab', () => {
  const a: Connection = { kind: 'api', apiKey: 'sk_live_aaaaaaaaaaaa', baseUrl: 'https://api.mixpeek.com' };
  const b: Connection = { kind: 'api', apiKey: 'sk_live_bbbbbbbbbbbb', baseUrl: 'https://api.mixpeek.com' };

  it('adds a new key and shows it; an already connected one is shown, not added twice', () => {
    const one = withSession(null, a);
    const two = withSession(one, b);
    expect(two).toEqual({ sessions: [a, b], active: 1 });
    expect(withSession(two, { ...a })).toEqual({ sessions: [a, b], active: 0 });
    expect(activeSession(two)).toEqual(b);
  });

  it('tells sessions apart by key and base URL, never by the raw key alone', () => {
    expect(sessionIdentity(a)).not.toContain(a.apiKey);
    expect(sessionIdentity(a)).not.toBe(sessionIdentity({ ...a, baseUrl: 'https://eu.example' }));
  });

  it('switches samples in place and removes the shown session', () => {
    const ws = withSession(withSession(null, a), { kind: 'sample', sampleId: 'team' });
    expect(withSample(ws, 'free-low')).toEqual({ sessions: [a, { kind: 'sample', sampleId: 'free-low' }], active: 1 });
    expect(withoutActive(ws)).toEqual({ sessions: [a], active: 0 });
    // However many sample links are followed, one sample is connected at a time.
    const shown = withSample(withSession(ws, b), 'pro-over');
    expect(shown).toEqual({ sessions: [a, { kind: 'sample', sampleId: 'pro-over' }, b], active: 1 });
    expect(withSample(null, 'team')).toEqual({ sessions: [{ kind: 'sample', sampleId: 'team' }], active: 0 });
    expect(withSample({ sessions: [a], active: 0 }, 'team')).toEqual({
      sessions: [a, { kind: 'sample', sampleId: 'team' }],
      active: 1,
    });
    expect(withoutActive({ sessions: [a], active: 0 })).toBeNull();
  });

  it('keeps the valid sessions of a stored workspace and clamps its active index', () => {
    expect(parseWorkspace({ version: 2, sessions: [a, { kind: 'api' }, b], active: 9 })).toEqual({
      sessions: [a, b],
      active: 1,
    });
    expect(parseWorkspace({ sessions: [], active: 0 })).toBeNull();
    expect(parseWorkspace({ sessions: 'x' })).toBeNull();
  });
});

describe('workspace: keys stored before the proxy was the default', () => {
  const key = 'sk_live_abcdefabcdef1234';
  it("reads a key stored with the old default (Mixpeek directly) through this site's proxy", () => {
    const old = { sessions: [{ kind: 'api', apiKey: key, baseUrl: 'https://api.mixpeek.com' }], active: 0 };
    expect(parseWorkspace(old)?.sessions[0]).toEqual({ kind: 'api', apiKey: key, baseUrl: config.proxyUrl });
    // The oldest form, a lone session, too.
    expect(parseWorkspace({ kind: 'api', apiKey: key, baseUrl: 'https://api.mixpeek.com' })?.sessions[0]).toEqual({
      kind: 'api',
      apiKey: key,
      baseUrl: config.proxyUrl,
    });
  });

  it('keeps a direct URL chosen since, and any other base URL, as stored', () => {
    const chosen = {
      version: 2,
      sessions: [{ kind: 'api', apiKey: key, baseUrl: 'https://api.mixpeek.com' }],
      active: 0,
    };
    expect(parseWorkspace(chosen)?.sessions[0]).toMatchObject({ baseUrl: 'https://api.mixpeek.com' });
    const other = { sessions: [{ kind: 'api', apiKey: key, baseUrl: 'https://eu.api.example' }], active: 0 };
    expect(parseWorkspace(other)?.sessions[0]).toMatchObject({ baseUrl: 'https://eu.api.example' });
  });

  it('stores the version with the workspace, so a direct URL chosen now is not upgraded on reload', () => {
    workspaceStore.set({ sessions: [{ kind: 'api', apiKey: key, baseUrl: 'https://api.mixpeek.com' }], active: 0 });
    expect(JSON.parse(window.sessionStorage.getItem(SESSION_STORAGE_KEY)!)).toMatchObject({ version: 2 });
    expect(workspaceStore.get()?.sessions[0]).toMatchObject({ baseUrl: 'https://api.mixpeek.com' });
  });
});
