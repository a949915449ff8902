import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from './api-error';
import { describeError, errorSentences, retryStatusText, type ErrorView } from './describe-error';

const context = { baseUrl: 'https://api.mixpeek.com', proxyUrl: 'http://localhost:5173/mixpeek-api' };

describe('describeError', () => {
  it.each<[ApiErrorKind, ErrorView['action'], string]>([
    ['unauthorized', 'sign-in', 'Mixpeek rejected this API key'],
    ['forbidden', 'sign-in', 'This key may not read the organization'],
    ['request', 'none', 'Mixpeek refused the request'],
    ['rate-limited', 'retry', 'Too many requests'],
    ['server', 'retry', "Mixpeek's server had a problem"],
    ['network', 'retry', 'Could not reach the API'],
    ['timeout', 'retry', 'The request timed out'],
    ['unexpected-response', 'retry', 'Unexpected response'],
    ['unreadable', 'none', 'The response holds no organization'],
  ])('%s: action %s, title %j', (kind, action, title) => {
    const view = describeError(new ApiError(kind, `message for ${kind}`, { details: ['detail one'] }), context);
    expect(view.action).toBe(action);
    expect(view.title).toBe(title);
    expect(view.message).toBe(`message for ${kind}`);
    expect(view.details).toEqual(['detail one']);
  });

  it('speaks of what was read: the organization, or billing', () => {
    const unreadable = new ApiError('unreadable', 'Mixpeek answered HTTP 200, but not with a credit balance.');
    expect(describeError(unreadable, context, 'billing').title).toBe('The response is not what was asked for');
    expect(describeError(unreadable, context, 'billing').message).toContain('not with a credit balance');
    expect(describeError(new Error('boom'), context, 'billing').message).toContain('while loading billing');
    expect(describeError(new Error('boom'), context).message).toContain('while loading the organization');
  });

  it('suggests checking the key for unauthorized', () => {
    const view = describeError(new ApiError('unauthorized', 'x'), context);
    expect(view.hints.join(' ')).toMatch(/revoked/);
  });

  it('gives no hints for a refused request, only the API’s words', () => {
    const view = describeError(
      new ApiError('request', 'Mixpeek refused the request (HTTP 404).', { details: ['Organization not found'] }),
      context,
    );
    expect(view.hints).toEqual([]);
    expect(view.details).toEqual(['Organization not found']);
  });

  it('names the base URL and the proxy URL in network hints', () => {
    const view = describeError(new ApiError('network', 'The browser could not reach the API.'), context);
    expect(view.hints).toHaveLength(3);
    expect(view.hints.some((h) => h.includes('https://api.mixpeek.com'))).toBe(true);
    expect(view.hints.some((h) => h.includes('http://localhost:5173/mixpeek-api'))).toBe(true);
    expect(view.hints.join(' ')).toMatch(/CORS/);
    expect(view.hints.join(' ')).toMatch(/offline/);
  });

  it('names the base URL for a timeout and an unreadable response', () => {
    expect(describeError(new ApiError('timeout', 'x'), context).hints.join(' ')).toContain(context.baseUrl);
    expect(describeError(new ApiError('unreadable', 'x'), context).hints.join(' ')).toContain(context.baseUrl);
  });

  it('blames a proxy or gateway for an HTML page or a 5xx, and a cut-off body otherwise', () => {
    const hints = (status: number, contentType: string | null) =>
      describeError(new ApiError('unexpected-response', 'x', { status, contentType }), context).hints.join(' ');
    expect(hints(502, 'text/html')).toMatch(/proxy or gateway/);
    expect(hints(200, 'text/html')).toMatch(/proxy or gateway/);
    expect(hints(200, 'application/json')).toMatch(/empty or cut off/);
    expect(hints(200, null)).toMatch(/empty or cut off/);
  });

  it("points at the base URL when a 4xx is not the API's own answer", () => {
    const view = describeError(new ApiError('request', 'x', { status: 404, contentType: 'text/html' }), context);
    expect(view.hints.join(' ')).toContain("not the API's own (text/html): check the API base URL");
    const own = describeError(new ApiError('request', 'x', { status: 404, details: ['Not found'] }), context);
    expect(own.hints).toEqual([]);
  });

  it('writes the error as sentences that each end with a full stop', () => {
    const view = describeError(
      new ApiError('unauthorized', 'Mixpeek answered HTTP 401 (unauthorized).', { details: ['Invalid API key'] }),
      context,
    );
    expect(errorSentences(view)).toBe(
      'Mixpeek answered HTTP 401 (unauthorized). Invalid API key. Check that the key is complete and has not been revoked, then enter it again.',
    );
  });

  it.each([new Error('boom'), new TypeError('x is undefined'), 'a string', undefined, null])(
    'gives a generic retryable view for %s',
    (failure) => {
      const view = describeError(failure, context);
      expect(view.title).toBe('Something went wrong');
      expect(view.action).toBe('retry');
      expect(view.details).toEqual([]);
      expect(view.hints).toHaveLength(1);
    },
  );

  it('does not show the message of an error that is not an ApiError', () => {
    const view = describeError(new Error('internal stack detail'), context);
    expect(JSON.stringify(view)).not.toContain('internal stack detail');
  });
});

describe('retryStatusText', () => {
  const rateLimited = (retryAfterMs: number | null) =>
    new ApiError('rate-limited', 'Mixpeek is rate-limiting these requests.', { status: 429, retryAfterMs });

  it('counts down the 429 wait from when the error was received', () => {
    const error = rateLimited(2_000);
    expect(retryStatusText(error, 0, error.receivedAt)).toBe('Mixpeek asked to wait: trying again in 2 s.');
    expect(retryStatusText(error, 0, error.receivedAt + 500)).toBe('Mixpeek asked to wait: trying again in 2 s.');
    expect(retryStatusText(error, 0, error.receivedAt + 1_000)).toBe('Mixpeek asked to wait: trying again in 1 s.');
    expect(retryStatusText(error, 0, error.receivedAt + 1_999)).toBe('Mixpeek asked to wait: trying again in 1 s.');
  });

  it('says it is trying again once the wait is over', () => {
    const error = rateLimited(2_000);
    expect(retryStatusText(error, 0, error.receivedAt + 2_000)).toBe('Trying again…');
    expect(retryStatusText(error, 0, error.receivedAt + 60_000)).toBe('Trying again…');
  });

  it('counts down the default wait when the 429 had no Retry-After', () => {
    const error = rateLimited(null);
    expect(retryStatusText(error, 0, error.receivedAt)).toBe('Mixpeek asked to wait: trying again in 30 s.');
  });

  it('names the next attempt for other API errors', () => {
    const error = new ApiError('server', "Mixpeek's server had a problem (HTTP 500).");
    expect(retryStatusText(error, 0, Date.now())).toBe(
      "Mixpeek's server had a problem (HTTP 500). Retrying (attempt 1)…",
    );
    expect(retryStatusText(error, 2, Date.now())).toBe(
      "Mixpeek's server had a problem (HTTP 500). Retrying (attempt 3)…",
    );
  });

  it('says it is loading for anything else', () => {
    expect(retryStatusText(new Error('x'), 1, Date.now())).toBe('Loading the organization…');
    expect(retryStatusText(null, 0, Date.now())).toBe('Loading the organization…');
  });
});
