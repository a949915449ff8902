import { ApiError, rateLimitWaitMs } from './api-error';

export interface ErrorView {
  title: string;
  message: string;
  /** The API's own words, shown verbatim (as text). */
  details: string[];
  /** What the person can do about it. */
  hints: string[];
  /** 'sign-in': go back to the key screen; 'retry': offer "Try again"; 'none': retrying cannot help. */
  action: 'sign-in' | 'retry' | 'none';
}

export interface ErrorContext {
  baseUrl: string;
  proxyUrl: string;
}

/**
 * Turns any failure of a query into words for the person at the screen; `scope` says what
 * was being read: the organization or one of the billing endpoints.
 */
export function describeError(
  error: unknown,
  context: ErrorContext,
  scope: 'organization' | 'billing' = 'organization',
): ErrorView {
  if (!(error instanceof ApiError)) {
    return {
      title: 'Something went wrong',
      message: `The dashboard hit an unexpected problem while loading ${scope === 'billing' ? 'billing' : 'the organization'}.`,
      details: [],
      hints: ['Try again. If it keeps happening, reload the page.'],
      action: 'retry',
    };
  }
  const base = { message: error.message, details: error.details };
  switch (error.kind) {
    case 'unauthorized':
      return {
        ...base,
        title: 'Mixpeek rejected this API key',
        hints: ['Check that the key is complete and has not been revoked, then enter it again.'],
        action: 'sign-in',
      };
    case 'forbidden':
      return {
        ...base,
        title: 'This key may not read the organization',
        hints: ['Use a key with access to organization details, or ask an organization admin for one.'],
        action: 'sign-in',
      };
    case 'request':
      return {
        ...base,
        title: 'Mixpeek refused the request',
        hints:
          error.details.length === 0
            ? [
                `The answer was not the API's own (${error.contentType || 'no content type'}): check the API base URL, ${context.baseUrl}.`,
              ]
            : [],
        action: 'none',
      };
    case 'rate-limited':
      return {
        ...base,
        title: 'Too many requests',
        hints: ['The dashboard waits as long as Mixpeek asks before it tries again.'],
        action: 'retry',
      };
    case 'server':
      return {
        ...base,
        title: "Mixpeek's server had a problem",
        hints: ['This is usually temporary.'],
        action: 'retry',
      };
    case 'network':
      return {
        ...base,
        title: 'Could not reach the API',
        hints: [
          'You may be offline.',
          `The API base URL may be wrong: ${context.baseUrl}.`,
          `The browser may be blocking the request (CORS). Use the same-origin proxy instead: ${context.proxyUrl}.`,
        ],
        action: 'retry',
      };
    case 'timeout':
      return {
        ...base,
        title: 'The request timed out',
        hints: [`Check the API base URL: ${context.baseUrl}.`],
        action: 'retry',
      };
    case 'unexpected-response':
      return {
        ...base,
        title: 'Unexpected response',
        hints: [
          /html/i.test(error.contentType ?? '') || (error.status ?? 0) >= 500
            ? 'Something between the browser and Mixpeek (a proxy or gateway) answered instead of the API.'
            : 'The answer was empty or cut off before its end. Trying again usually helps.',
        ],
        action: 'retry',
      };
    case 'too-large':
      return {
        ...base,
        title: 'The answer is too large',
        hints: [
          'The dashboard stops reading it rather than freezing the page. Check the API base URL, ' +
            context.baseUrl +
            '.',
        ],
        action: 'none',
      };
    case 'unreadable':
      return {
        ...base,
        // The message names what the answer should have been ("… not with a credit balance").
        title: scope === 'billing' ? 'The response is not what was asked for' : 'The response holds no organization',
        hints: [`Check that ${context.baseUrl} is the Mixpeek API.`],
        action: 'none',
      };
  }
}

/** What the loading screen says while the query retries: the 429 countdown, or which attempt is next. */
export function retryStatusText(failure: unknown, failureCount: number, now: number): string {
  if (failure instanceof ApiError && failure.kind === 'rate-limited') {
    const left = Math.ceil((failure.receivedAt + rateLimitWaitMs(failure) - now) / 1000);
    return left > 0 ? `Mixpeek asked to wait: trying again in ${left} s.` : 'Trying again…';
  }
  if (failure instanceof ApiError) return `${failure.message} Retrying (attempt ${failureCount + 1})…`;
  return 'Loading the organization…';
}

/** The error as running text: sentences that each end with a full stop, for one-line notices. */
export function errorSentences(view: ErrorView): string {
  return [view.message, ...view.details, ...view.hints]
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => (/[.!?…)]$/.test(text) ? text : `${text}.`))
    .join(' ');
}
