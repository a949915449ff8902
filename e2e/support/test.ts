import { test as base, expect } from '@playwright/test';
import { expectKeyNotLeaked } from './app';

/** Hosts a page of this app may talk to in the tests: the app itself and the stub API. */
const ALLOWED_ORIGINS = new Set(['http://127.0.0.1:4173', 'http://127.0.0.1:4010', 'http://127.0.0.1:4011']);

/**
 * The `page` of every end-to-end test, watched for what must never happen, whatever the
 * scenario: a request to any other host, a Content-Security-Policy violation, an uncaught
 * page error, or an API key that was sent as a Bearer token turning up anywhere but
 * sessionStorage (console messages, storage, cookies, URL, page text and attributes).
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const foreign: string[] = [];
    const keys = new Set<string>();
    const consoleMessages: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && !ALLOWED_ORIGINS.has(url.origin)) foreign.push(url.href);
      const bearer = /^Bearer (.+)$/.exec(request.headers().authorization ?? '');
      if (bearer) keys.add(bearer[1]!);
    });
    page.on('console', (message) => consoleMessages.push(message.text()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });

    await use(page);

    expect(foreign, 'requests to hosts other than the app and the configured API').toEqual([]);
    expect(consoleMessages.filter((m) => /CSP violation|Content Security Policy/i.test(m))).toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    for (const key of keys) {
      expect(
        consoleMessages.filter((m) => m.includes(key)),
        'the API key in a console message',
      ).toEqual([]);
      if (!page.isClosed()) await expectKeyNotLeaked(page, key);
    }
  },
});

export { expect };
