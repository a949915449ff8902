import { describe, expect, it } from 'vitest';
import {
  ApiError,
  apiMessages,
  DEFAULT_RATE_LIMIT_WAIT_MS,
  errorFromResponse,
  parseRetryAfter,
  rateLimitWaitMs,
  redactKey,
  redactKeyDeep,
  retryDelay,
  shouldRetry,
  type ApiErrorKind,
} from './api-error';

const NOW = Date.parse('2026-11-28T12:00:00Z');

const errorBody = (status: number, message: string) =>
  JSON.stringify({ success: false, status, error: { message, type: 'Error' } });

const jsonHeaders = (extra: Record<string, string> = {}) =>
  new Headers({ 'content-type': 'application/json', ...extra });

describe('ApiError', () => {
  it('defaults its options', () => {
    const error = new ApiError('network', 'offline');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('offline');
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.details).toEqual([]);
    expect(error.contentType).toBeNull();
    expect(error.retryAfterMs).toBeNull();
    expect(Math.abs(error.receivedAt - Date.now())).toBeLessThan(1_000);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2_000],
    ['0', 0],
    [' 120 ', 120_000],
    ['3600', 3_600_000],
  ])('reads delta-seconds %j as %i ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('reads an HTTP date relative to the given now', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:05 GMT', NOW)).toBe(5_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:01:00 GMT', NOW + 30_000)).toBe(30_000);
  });

  it('gives 0 for an HTTP date in the past', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:59:00 GMT', NOW)).toBe(0);
  });

  it.each([null, '', 'soon', 'in a minute', 'later, maybe'])('gives null for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});

describe('apiMessages', () => {
  it('reads an ErrorResponse message, trimmed', () => {
    expect(apiMessages({ success: false, status: 404, error: { message: '  Organization not found ' } })).toEqual([
      'Organization not found',
    ]);
  });

  it('reads each HTTPValidationError item as loc joined by "." and msg', () => {
    expect(
      apiMessages({
        detail: [
          { loc: ['header', 'Authorization'], msg: 'Authorization header is malformed', type: 'value_error' },
          { loc: ['body', 'items', 0, 'name'], msg: 'field required', type: 'missing' },
        ],
      }),
    ).toEqual(['header.Authorization: Authorization header is malformed', 'body.items.0.name: field required']);
  });

  it('gives the bare msg when there is no usable loc', () => {
    expect(
      apiMessages({
        detail: [
          { msg: 'no loc' },
          { loc: [], msg: 'empty loc' },
          { loc: 'header', msg: 'string loc' },
          { loc: [null, { a: 1 }], msg: 'junk loc' },
        ],
      }),
    ).toEqual(['no loc', 'empty loc', 'string loc', 'junk loc']);
  });

  it('skips validation items without a string msg', () => {
    expect(apiMessages({ detail: [{ loc: ['a'] }, 'text', null, { loc: ['b'], msg: 2 }, { msg: 'kept' }] })).toEqual([
      'kept',
    ]);
  });

  it('reads FastAPI’s plain string detail', () => {
    expect(apiMessages({ detail: ' Not authenticated ' })).toEqual(['Not authenticated']);
  });

  it('prefers the ErrorResponse message over a detail', () => {
    expect(apiMessages({ error: { message: 'from error' }, detail: 'from detail' })).toEqual(['from error']);
  });

  it('falls back to detail when the ErrorResponse message is blank', () => {
    expect(apiMessages({ error: { message: '  ' }, detail: 'from detail' })).toEqual(['from detail']);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Internal Server Error'],
    ['an array', [{ msg: 'x' }]],
    ['an empty object', {}],
    ['an error without message', { error: { type: 'X' } }],
    ['an error that is a string', { error: 'boom' }],
    ['a numeric message', { error: { message: 42 } }],
    ['a blank detail', { detail: '   ' }],
    ['a detail object', { detail: { msg: 'x' } }],
  ])('gives [] for %s', (_what, body) => {
    expect(apiMessages(body)).toEqual([]);
  });
});

describe('errorFromResponse', () => {
  /** As the fetcher calls it: the body decoded when it is JSON. */
  const classify = (status: number, headers: Headers, text: string) => {
    let json: { ok: boolean; value: unknown };
    try {
      json = { ok: true, value: JSON.parse(text) };
    } catch {
      json = { ok: false, value: undefined };
    }
    return errorFromResponse({ status, headers }, json.ok, json.value, NOW);
  };

  it.each<[number, ApiErrorKind]>([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [400, 'request'],
    [404, 'request'],
    [405, 'request'],
    [409, 'request'],
    [422, 'request'],
    [429, 'rate-limited'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
  ])('classifies HTTP %i as %s', (status, kind) => {
    const error = classify(status, jsonHeaders(), errorBody(status, 'msg'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.details).toEqual(['msg']);
    expect(error.contentType).toBe('application/json');
  });

  it('names the status in request and server messages', () => {
    expect(classify(404, jsonHeaders(), '{}').message).toBe('Mixpeek answered HTTP 404.');
    expect(classify(503, jsonHeaders(), '{}').message).toBe('Mixpeek answered HTTP 503.');
    expect(classify(401, jsonHeaders(), '{}').message).toBe('Mixpeek answered HTTP 401 (unauthorized).');
  });

  it('reads Retry-After seconds on 429', () => {
    const error = classify(429, jsonHeaders({ 'retry-after': '2' }), errorBody(429, 'Too many'));
    expect(error.retryAfterMs).toBe(2_000);
    expect(error.details).toEqual(['Too many']);
  });

  it('reads a Retry-After date on 429 relative to now', () => {
    const error = classify(429, jsonHeaders({ 'Retry-After': 'Sat, 28 Nov 2026 12:00:10 GMT' }), '');
    expect(error.retryAfterMs).toBe(10_000);
  });

  it('leaves retryAfterMs null on 429 without the header and on other statuses', () => {
    expect(classify(429, jsonHeaders(), '').retryAfterMs).toBeNull();
    expect(classify(503, jsonHeaders({ 'retry-after': '5' }), '').retryAfterMs).toBeNull();
  });

  it('reads validation messages from a 422', () => {
    const body = JSON.stringify({ detail: [{ loc: ['header', 'Authorization'], msg: 'malformed' }] });
    expect(classify(422, jsonHeaders(), body).details).toEqual(['header.Authorization: malformed']);
  });

  it("calls a 5xx that is not the API's JSON an unexpected response, with status and content type", () => {
    const error = classify(502, new Headers({ 'content-type': 'text/html' }), '<h1>Bad Gateway</h1>');
    expect(error.kind).toBe('unexpected-response');
    expect(error.message).toBe('Unexpected response: HTTP 502 (text/html).');
    expect(error.details).toEqual([]);
    expect(error.contentType).toBe('text/html');
  });

  it('gives a null content type when none was sent', () => {
    expect(classify(500, new Headers(), '').contentType).toBeNull();
  });
});

describe('shouldRetry', () => {
  const error = (kind: ApiErrorKind, status: number | null = null) => new ApiError(kind, 'x', { status });
  const allowedRetries = (e: unknown) => {
    let n = 0;
    while (n < 10 && shouldRetry(n, e)) n++;
    return n;
  };

  it('retries server errors up to 3 times', () => {
    expect(allowedRetries(error('server', 500))).toBe(3);
    expect(shouldRetry(0, error('server'))).toBe(true);
    expect(shouldRetry(2, error('server'))).toBe(true);
    expect(shouldRetry(3, error('server'))).toBe(false);
  });

  it('retries rate-limited requests up to 3 times', () => {
    expect(allowedRetries(error('rate-limited', 429))).toBe(3);
  });

  it('retries a network failure once', () => {
    expect(allowedRetries(error('network'))).toBe(1);
    expect(shouldRetry(0, error('network'))).toBe(true);
    expect(shouldRetry(1, error('network'))).toBe(false);
  });

  it.each<ApiErrorKind>(['unauthorized', 'forbidden', 'request', 'timeout', 'unreadable'])(
    'never retries %s',
    (kind) => {
      expect(allowedRetries(error(kind, 400))).toBe(0);
    },
  );

  it('treats an unexpected response with a 5xx status as a server error', () => {
    expect(allowedRetries(error('unexpected-response', 502))).toBe(3);
    expect(allowedRetries(error('unexpected-response', 500))).toBe(3);
  });

  it('never retries an unexpected response below 500', () => {
    expect(allowedRetries(error('unexpected-response', 200))).toBe(0);
    expect(allowedRetries(error('unexpected-response', 404))).toBe(0);
    expect(allowedRetries(error('unexpected-response', null))).toBe(0);
  });

  it.each([new Error('boom'), new TypeError('Failed to fetch'), 'string', null, { kind: 'server' }])(
    'never retries what is not an ApiError: %s',
    (value) => {
      expect(allowedRetries(value)).toBe(0);
    },
  );
});

describe('retryDelay', () => {
  const rateLimited = (retryAfterMs: number | null) =>
    new ApiError('rate-limited', 'slow down', { status: 429, retryAfterMs });

  it('waits as long as a 429 asked, whatever the attempt and the jitter', () => {
    for (const attempt of [0, 1, 5, 20]) {
      expect(retryDelay(attempt, rateLimited(2_000), () => 0)).toBe(2_000);
      expect(retryDelay(attempt, rateLimited(2_000), () => 0.999)).toBe(2_000);
      expect(retryDelay(attempt, rateLimited(45_000), () => 0)).toBe(45_000);
    }
  });

  it('waits the default for a 429 without a readable Retry-After', () => {
    expect(DEFAULT_RATE_LIMIT_WAIT_MS).toBe(30_000);
    expect(retryDelay(0, rateLimited(null), () => 0)).toBe(30_000);
    expect(rateLimitWaitMs(rateLimited(null))).toBe(30_000);
    expect(rateLimitWaitMs(rateLimited(0))).toBe(0);
  });

  it('backs off exponentially from 1 s with jitter over the upper half of each step', () => {
    const server = new ApiError('server', 'x', { status: 500 });
    expect(retryDelay(0, server, () => 0)).toBe(500);
    expect(retryDelay(0, server, () => 1)).toBe(1_000);
    expect(retryDelay(1, server, () => 0)).toBe(1_000);
    expect(retryDelay(1, server, () => 1)).toBe(2_000);
    expect(retryDelay(2, server, () => 0.5)).toBe(3_000);
    expect(retryDelay(3, server, () => 1)).toBe(8_000);
  });

  it('grows with the attempt', () => {
    const server = new ApiError('server', 'x');
    const delays = [0, 1, 2, 3, 4].map((attempt) => retryDelay(attempt, server, () => 0.5));
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
  });

  it('is capped at 30 s', () => {
    const server = new ApiError('server', 'x');
    expect(retryDelay(5, server, () => 1)).toBe(30_000);
    expect(retryDelay(50, server, () => 1)).toBe(30_000);
    expect(retryDelay(50, server, () => 0)).toBe(15_000);
    for (let attempt = 0; attempt < 40; attempt++) {
      expect(retryDelay(attempt, server, Math.random)).toBeLessThanOrEqual(30_000);
    }
  });

  it('backs off the same way for errors that are not ApiErrors', () => {
    expect(retryDelay(1, new Error('x'), () => 1)).toBe(2_000);
  });
});

describe('redactKey', () => {
  it('replaces every occurrence of the key', () => {
    expect(redactKey('Invalid key sk_live_abc (sk_live_abc)', 'sk_live_abc')).toBe('Invalid key [API key] ([API key])');
  });

  it('leaves text without the key unchanged', () => {
    expect(redactKey('Invalid API key', 'sk_live_abc')).toBe('Invalid API key');
  });

  it('leaves text unchanged for an empty key', () => {
    expect(redactKey('anything', '')).toBe('anything');
  });

  it('treats the key literally, not as a pattern', () => {
    expect(redactKey('key a.c and abc', 'a.c')).toBe('key [API key] and abc');
    expect(redactKey('key sk_$&+ here', 'sk_$&+')).toBe('key [API key] here');
  });
});

describe('parseRetryAfter: malformed values are not "retry now"', () => {
  it.each(['1.5', '2.5', '-5', '5s', '2026-11-28'])('%s → null (the cautious default applies)', (value) => {
    expect(parseRetryAfter(value, Date.parse('2026-11-28T12:00:00Z'))).toBeNull();
  });
});

describe('errorFromResponse: the status decides, whatever the body', () => {
  const plain = (status: number, extra: Record<string, string> = {}) =>
    errorFromResponse(
      { status, headers: new Headers({ 'content-type': 'text/plain', ...extra }) },
      false,
      undefined,
      NOW,
    );

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'request'],
    [429, 'rate-limited'],
  ] as const)('HTTP %i with a plain-text or empty body is still %s', (status, kind) => {
    expect(plain(status).kind).toBe(kind);
    expect(errorFromResponse({ status, headers: new Headers() }, false, undefined, NOW).kind).toBe(kind);
  });

  it('reads Retry-After on a 429 whose body is not JSON', () => {
    expect(plain(429, { 'retry-after': '5' }).retryAfterMs).toBe(5_000);
  });
});

describe('redactKeyDeep', () => {
  it('replaces the key in strings and names at any depth', () => {
    const key = 'sk_live_secret_123456';
    expect(redactKeyDeep({ a: [`x ${key}`], [key]: { b: key } }, key)).toEqual({
      a: ['x [API key]'],
      '[API key]': { b: '[API key]' },
    });
  });

  it('returns a body without the key as it is, without copying it', () => {
    const body = { users: [{ email: 'a@b.example' }], metadata: { n: 1 } };
    expect(redactKeyDeep(body, 'sk_live_secret_123456')).toBe(body);
  });
});

describe("errorFromResponse: the proxy's answer for a body above its limit", () => {
  it('is "too large", never retried, in the proxy\'s own words', () => {
    const body = {
      success: false,
      status: 502,
      error: { message: 'The answer of the Mixpeek API is larger than 50 MB', type: 'ResponseTooLargeError' },
    };
    const error = errorFromResponse({ status: 502, headers: jsonHeaders() }, true, body, NOW);
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('larger than 50 MB');
    expect(shouldRetry(0, error)).toBe(false);
  });
});
