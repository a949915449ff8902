import { afterEach, beforeEach } from 'vitest';

/**
 * src/testing/setup.ts clears the browser's storage after every test, and the node environment
 * has no window: lend it one between tests (after-each hooks run in reverse order, so this one first).
 */
export function lendWindowForCleanup(): void {
  if ('window' in globalThis) return;
  const storage = { clear: () => undefined };
  afterEach(() => {
    Object.assign(globalThis, { window: { sessionStorage: storage, localStorage: storage } });
  });
  beforeEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
  });
}
