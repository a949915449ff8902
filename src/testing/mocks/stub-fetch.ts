import { createStubApi, type StubRequest, type StubResponse } from './stub-api';

/** A request as the stub fetch saw it, for assertions on URL and headers. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
}

export interface StubFetch {
  fetchImpl: typeof fetch;
  requests: RecordedRequest[];
}

export interface StubFetchOptions {
  /** The stub handler; a fresh createStubApi() (own call counters) by default. */
  handler?: (request: StubRequest) => StubResponse;
  /**
   * Path prefix of the base URL to strip before the stub sees the path (for a base URL
   * such as https://host/mixpeek-api). None by default.
   */
  basePath?: string;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits ms, or rejects as fetch does when the signal aborts first. */
function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** Turns a stub response into a real Response. */
export function toResponse(stub: StubResponse): Response {
  const body = NULL_BODY_STATUSES.has(stub.status) ? null : stub.body;
  return new Response(body, { status: stub.status, headers: stub.headers });
}

/**
 * A fetch that answers from the stub API handler (src/mocks/stub-api.ts) instead of the
 * network, honouring the stub's delayMs and the request's abort signal.
 */
export function createStubFetch(options: StubFetchOptions = {}): StubFetch {
  const handler = options.handler ?? createStubApi();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const requests: RecordedRequest[] = [];

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // The caller's signal, used below to cut the stub's delay short as a real fetch would.
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const request = new Request(input instanceof URL ? input.href : input, {
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      headers: init?.headers ?? (input instanceof Request ? input.headers : undefined),
    });
    requests.push({ url: request.url, method: request.method, headers: request.headers });

    const url = new URL(request.url);
    const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const stubRequest: StubRequest = {
      method: request.method,
      path: (path || '/') + url.search,
      authorization: request.headers.get('authorization') ?? undefined,
      origin: request.headers.get('origin') ?? undefined,
    };
    const stubResponse = handler(stubRequest);
    if (stubResponse.delayMs) await delay(stubResponse.delayMs, signal);
    else if (signal?.aborted) throw abortReason(signal);
    return toResponse(stubResponse);
  };

  return { fetchImpl, requests };
}
