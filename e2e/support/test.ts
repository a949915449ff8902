import { test as base, expect } from '@playwright/test';
import { expectKeyNotLeaked } from './app';
import { watchPageProblems } from './page-problems';

/** Hosts a page of this app may talk to in the tests: the app itself and the stub API. */
const ALLOWED_ORIGINS = ['http://127.0.0.1:4173', 'http://127.0.0.1:4010', 'http://127.0.0.1:4011'];

/**
 * The `page` of every end-to-end test, watched for what must never happen, whatever the
 * scenario: a request to any other host, a Content-Security-Policy violation, an uncaught
 * page error, or an API key that was sent as a Bearer token turning up anywhere but
 * sessionStorage (console messages, storage, cookies, URL, page text and attributes).
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = await watchPageProblems(page, ALLOWED_ORIGINS);
    const keys = new Set<string>();
    const consoleMessages: string[] = [];
    page.on('request', (request) => {
      const bearer = /^Bearer (.+)$/.exec(request.headers().authorization ?? '');
      if (bearer) keys.add(bearer[1]!);
    });
    page.on('console', (message) => consoleMessages.push(message.text()));

    await use(page);

    expect(problems, 'requests to hosts other than the app and the stub, CSP violations, page errors').toEqual([]);
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
