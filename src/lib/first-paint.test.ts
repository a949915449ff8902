import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/features/session/model/session-key';
import code from '../../public/first-paint.js?raw';
import { THEME_STORAGE_KEY } from './preferences';

/**
 * Runs public/first-paint.js as the page would, at the address `path`: served from
 * `scriptUrl`, or inlined by the build with the base on the script element.
 */
function runAt(path: string, scriptUrl = 'http://localhost/first-paint.js', inlinedBase?: string) {
  window.history.replaceState(null, '', path);
  const script =
    inlinedBase === undefined ? { src: scriptUrl, dataset: {} } : { src: '', dataset: { base: inlinedBase } };
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  new Function(code)();
  const html = document.documentElement;
  return { theme: html.dataset.theme, keyScreen: html.dataset.keyScreen };
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.keyScreen;
  localStorage.clear();
  sessionStorage.clear();
});

describe('public/first-paint.js', () => {
  it('applies the remembered theme (the key the app writes) and ignores anything else', () => {
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify('dark'));
    expect(runAt('/').theme).toBe('dark');
    delete document.documentElement.dataset.theme;
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify('<script>'));
    expect(runAt('/').theme).toBeUndefined();
  });

  it('shows the prerendered key screen only where the app shows it: the base address, no key stored', () => {
    expect(runAt('/').keyScreen).toBeUndefined();
    expect(runAt('/index.html').keyScreen).toBeUndefined();
    expect(runAt('/dashboard').keyScreen).toBe('hidden');
    expect(runAt('/?sample=team').keyScreen).toBe('hidden');
    sessionStorage.setItem(SESSION_STORAGE_KEY, '{}');
    delete document.documentElement.dataset.keyScreen;
    expect(runAt('/').keyScreen).toBe('hidden');
  });

  it('finds the base from where it is served (a sub-path build)', () => {
    const script = 'http://localhost/tools/mixpeek/first-paint.js';
    expect(runAt('/tools/mixpeek/', script).keyScreen).toBeUndefined();
    expect(runAt('/tools/mixpeek/add', script).keyScreen).toBe('hidden');
  });

  it('reads the base the build wrote on it when inlined into the page', () => {
    expect(runAt('/tools/mixpeek/', '', '/tools/mixpeek/').keyScreen).toBeUndefined();
    expect(runAt('/tools/mixpeek/dashboard', '', '/tools/mixpeek/').keyScreen).toBe('hidden');
  });
});
