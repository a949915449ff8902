import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { apiClient } from '@/lib/api-client';
import { resetStub, server } from './msw';

/**
 * For the app's tests (jsdom): the stub API answers fetch, every test starts with fresh
 * stub counters, an empty client and empty storage. Tests in the node environment (the
 * production server's) talk to real sockets and get none of this.
 */
if (typeof window !== 'undefined') {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetStub();
    apiClient.clear();
  });
  afterEach(() => {
    cleanup();
    server.events.removeAllListeners();
    window.sessionStorage.clear();
    window.localStorage.clear();
  });
  afterAll(() => server.close());

  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

  // findBy… and waitFor wait for the state they look for and return as soon as it is there;
  // this is only how long they give up after (1 s by default, which a busy machine outlasts
  // loading a lazy chunk).
  configure({ asyncUtilTimeout: 10_000 });

  // jsdom has no layout: what Radix measures with is stubbed, sized 0.
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
  Element.prototype.scrollIntoView ??= () => {};
  Element.prototype.hasPointerCapture ??= () => false;
  Element.prototype.releasePointerCapture ??= () => {};
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
