import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppAfterFirstPaint, readLoaderConfig, type LoaderConfig } from './loader';

const CONFIG: LoaderConfig = {
  entry: '/assets/index-abc.js',
  preloads: ['/assets/api-client-uvw.js', '/assets/jsx-runtime-def.js'],
};

const KEY_SCREEN = `<div id="root" data-prerendered="key-screen"><button type="button" name="show-key">Show</button></div>`;

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
    expect(readLoaderConfig(script)).toEqual(CONFIG);
    script.dataset.preloads = '';
    expect(readLoaderConfig(script)).toEqual({ ...CONFIG, preloads: [] });
  });
});

describe('loadAppAfterFirstPaint', () => {
  it('where the prerendered key screen is hidden (another view is coming), loads the app at once', () => {
    document.body.innerHTML = KEY_SCREEN;
    document.documentElement.dataset.keyScreen = 'hidden';
    loadAppAfterFirstPaint(CONFIG);
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
    expect(document.head.querySelector<HTMLScriptElement>('script')!.type).toBe('module');
  });

  it('on a sample page, waits for the first paint (at most 100 ms), then loads once', () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<div id="root"><p>Acme Corporation</p></div>`;
    document.documentElement.dataset.keyScreen = 'hidden'; // not the key screen's address
    loadAppAfterFirstPaint(CONFIG);
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
    loadAppAfterFirstPaint(CONFIG);
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
    hidden.mockRestore();
  });

  it('keeps the presses on the key screen while the app is on its way', () => {
    vi.useFakeTimers();
    document.body.innerHTML = KEY_SCREEN;
    loadAppAfterFirstPaint(CONFIG);
    document.querySelector<HTMLButtonElement>('button')!.click();
    expect(document.getElementById('root')!.hasAttribute('data-show-key')).toBe(true);
    vi.advanceTimersByTime(100);
    expect(added()).toEqual([...CONFIG.preloads, CONFIG.entry]);
  });
});
