import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppAfterFirstPaint, readLoaderConfig, type LoaderConfig } from './loader';

const CONFIG: LoaderConfig = {
  entry: '/assets/index-abc.js',
  preloads: ['/assets/api-client-uvw.js', '/assets/jsx-runtime-def.js'],
  boot: '/assets/boot-xyz.js',
};

/** The scripts and preloads the loader has put into <head>, in order. */
const added = () =>
  [...document.head.querySelectorAll('script[src], link[rel="modulepreload"]')].map(
    (el) => el.getAttribute('src') ?? el.getAttribute('href'),
  );

afterEach(() => {
  vi.useRealTimers();
  document.head.replaceChildren();
  document.body.replaceChildren();
  delete document.documentElement.dataset.keyScreen;
});

describe('readLoaderConfig', () => {
  it('reads what the build wrote on the script element', () => {
    const script = document.createElement('script');
    script.dataset.entry = CONFIG.entry;
    script.dataset.preloads = CONFIG.preloads.join(' ');
    expect(readLoaderConfig(script)).toEqual({ ...CONFIG, boot: null });
    script.dataset.boot = CONFIG.boot!;
    script.dataset.preloads = '';
    expect(readLoaderConfig(script)).toEqual({ ...CONFIG, preloads: [] });
  });
});

describe('loadAppAfterFirstPaint', () => {
  it('where the key screen is hidden, starts the boot script, then the preloads and the app, at once', () => {
    document.documentElement.dataset.keyScreen = 'hidden';
    loadAppAfterFirstPaint(CONFIG);
    expect(added()).toEqual([CONFIG.boot, ...CONFIG.preloads, CONFIG.entry]);
    expect(document.head.querySelector<HTMLScriptElement>('script')!.type).toBe('module');
  });

  it('on a page without a boot script, waits for the first paint (at most 100 ms), then loads once', () => {
    vi.useFakeTimers();
    document.documentElement.dataset.keyScreen = 'hidden'; // a sample page: no boot script to start
    loadAppAfterFirstPaint({ ...CONFIG, boot: null });
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(99);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
    vi.advanceTimersByTime(1_000);
    expect(added()).toHaveLength(3);
  });

  it('loads at once in a hidden tab, which paints nothing', () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    loadAppAfterFirstPaint({ ...CONFIG, boot: null });
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
    hidden.mockRestore();
  });

  it('keeps the presses on the key screen while the app is on its way', () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<div id="root" data-prerendered="key-screen"><button type="button" name="show-key">Show</button></div>`;
    loadAppAfterFirstPaint(CONFIG);
    document.querySelector<HTMLButtonElement>('button')!.click();
    expect(document.getElementById('root')!.hasAttribute('data-show-key')).toBe(true);
    vi.advanceTimersByTime(100);
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
  });
});
