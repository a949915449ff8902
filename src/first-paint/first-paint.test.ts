import { afterEach, describe, expect, it } from 'vitest';
import { firstPaint } from './first-paint';
import { SESSION_STORAGE_KEY, THEME_STORAGE_KEY } from './page-markers';

/** Runs the first-paint script at the address `path` for an app built at `base`. */
function runAt(path: string, base = '/') {
  window.history.replaceState(null, '', path);
  const html = document.documentElement;
  delete html.dataset.theme;
  delete html.dataset.keyScreen;
  firstPaint(base);
  return { theme: html.dataset.theme, keyScreen: html.dataset.keyScreen };
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.keyScreen;
  localStorage.clear();
  sessionStorage.clear();
});

describe('firstPaint', () => {
  it('applies the remembered theme (the key the app writes) and ignores anything else', () => {
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify('dark'));
    expect(runAt('/').theme).toBe('dark');
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify('<script>'));
    expect(runAt('/').theme).toBeUndefined();
    localStorage.setItem(THEME_STORAGE_KEY, '{not json');
    expect(runAt('/').theme).toBeUndefined();
  });

  it('shows the prerendered key screen only where the app shows it: the base address, no query, no key stored', () => {
    expect(runAt('/').keyScreen).toBeUndefined();
    expect(runAt('/index.html').keyScreen).toBeUndefined();
    expect(runAt('/dashboard').keyScreen).toBe('hidden');
    expect(runAt('/?sample=team').keyScreen).toBe('hidden');
    expect(runAt('/index.html?x').keyScreen).toBe('hidden');
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{}');
    expect(runAt('/').keyScreen).toBe('hidden');
  });

  it('reads addresses against the base the build wrote on it (a sub-path build)', () => {
    expect(runAt('/tools/mixpeek/', '/tools/mixpeek/').keyScreen).toBeUndefined();
    expect(runAt('/tools/mixpeek/index.html', '/tools/mixpeek/').keyScreen).toBeUndefined();
    expect(runAt('/tools/mixpeek/dashboard', '/tools/mixpeek/').keyScreen).toBe('hidden');
    expect(runAt('/', '/tools/mixpeek/').keyScreen).toBe('hidden');
  });

  it('shows the key screen when storage throws (no key can be stored there)', () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(runAt('/')).toEqual({ theme: undefined, keyScreen: undefined });
    } finally {
      Storage.prototype.getItem = getItem;
    }
  });
});
