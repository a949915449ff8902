import { config } from '@/config/env';
import { apiRequestInit, dropEarlyRequests, takeEarlyRequest } from '@/first-paint/early-requests';
import { ApiError, errorFromResponse, rateLimitedUntil, redactKeyDeep } from './api-error';
import { keyFingerprint } from './fingerprint';
import { formatSeconds } from './format';
import { withSilenceTimeout } from './silence-timeout';

/** Where requests go and with which key: one organization's connection to the Mixpeek API. */
interface ApiConnection {
  baseUrl: string;
  apiKey: string;
}

/** A successful answer: the decoded JSON body (the key removed from every string) and when it arrived. */
export interface ApiAnswer {
  body: unknown;
  receivedAt: number;
}

export interface GetOptions {
  /** The caller's cancellation (React Query's signal). */
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const abortError = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

/** Resolves after `ms`, or rejects as fetch does when the signal aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Above this an answer is not read: parsing it would freeze the tab. The organization of
 * 100,000 users is about 20 MB; the proxy refuses more than this too.
 */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(bytes: number | null) {
  return new ApiError(
    'too-large',
    `The answer is too large to show${bytes === null ? '' : ` (${megabytes(bytes)})`}: the limit is ${megabytes(MAX_BODY_BYTES)}.`,
  );
}

/**
 * The body as text, refused as soon as it is known to pass `limit` bytes (declared or read);
 * `progressed` is told of every part that arrives.
 */
async function readText(response: Response, limit: number, progressed: () => void): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel();
    throw tooLarge(declared);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    progressed();
    received += value.byteLength;
    if (received > limit) {
      void reader.cancel();
      throw tooLarge(null);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const connectionId = (connection: ApiConnection) => `${connection.baseUrl} ${keyFingerprint(connection.apiKey)}`;

interface Shared {
  promise: Promise<ApiAnswer>;
  controller: AbortController;
  waiting: number;
}

export interface ApiClient {
  /**
   * GET `{baseUrl}{path}` with the key as a Bearer token. Resolves with the decoded body;
   * rejects with an ApiError on any failure (or with the abort reason when the caller
   * cancels). The key is removed from the decoded body before anything reads or shows it.
   */
  get(connection: ApiConnection, path: string, options?: GetOptions): Promise<ApiAnswer>;
  /**
   * Until when a 429 on any endpoint pauses every request of this key (epoch ms), or null.
   * Mixpeek's limits are per key, so one endpoint's 429 is every endpoint's.
   */
  rateLimitPause(connection: ApiConnection): number | null;
  /** The latest pause of this key, past or not (a stable snapshot for the screen's countdowns). */
  latestPause(connection: ApiConnection): number | null;
  subscribeToPauses(listener: () => void): () => void;
  /** Forgets every pause and every request sent ahead (sign-out: nothing of a key outlives it). */
  clear(): void;
}

/**
 * The answer to GET `url` with `apiKey`: the request the page's first script sent for it on a
 * reload (src/first-paint/early-requests.ts), taken once, or a new one. Either way the caller's
 * signal (its timeout, its cancellation) reaches it, and its answer is read the same way.
 */
function responseFor(url: string, apiKey: string, signal: AbortSignal): Promise<Response> {
  const early = takeEarlyRequest(url, apiKey);
  if (!early) return fetch(url, apiRequestInit(apiKey, signal));
  if (signal.aborted) early.controller.abort(signal.reason);
  else signal.addEventListener('abort', () => early.controller.abort(signal.reason), { once: true });
  return early.response;
}

export function createApiClient(): ApiClient {
  const pausedUntil = new Map<string, number>();
  const pauseListeners = new Set<() => void>();
  const inFlight = new Map<string, Shared>();

  const rateLimitPause = (connection: ApiConnection) => {
    const until = pausedUntil.get(connectionId(connection)) ?? null;
    return until !== null && until > Date.now() ? until : null;
  };

  const pause = (connection: ApiConnection, until: number) => {
    const id = connectionId(connection);
    if ((pausedUntil.get(id) ?? 0) >= until) return;
    pausedUntil.set(id, until);
    pauseListeners.forEach((listener) => listener());
  };

  async function send(connection: ApiConnection, path: string, signal: AbortSignal, timeoutMs: number) {
    const { apiKey } = connection;
    // Never sooner than a 429 of this key asked, whichever endpoint it came from.
    const until = rateLimitPause(connection);
    if (until !== null) await sleep(until - Date.now(), signal);

    const abort = withSilenceTimeout(signal, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await responseFor(`${connection.baseUrl}${path}`, apiKey, abort.signal);
      abort.progressed();
      text = await readText(response, MAX_BODY_BYTES, abort.progressed);
    } catch (error) {
      if (signal.aborted) throw error; // cancelled by the caller: not a failure to report
      if (error instanceof ApiError) throw error;
      if (abort.timedOut()) throw new ApiError('timeout', `Mixpeek did not answer within ${formatSeconds(timeoutMs)}.`);
      throw new ApiError('network', 'The browser could not reach the API.');
    } finally {
      abort.done();
    }

    const json = parseJson(text);
    const body = json.ok ? redactKeyDeep(json.value, apiKey) : undefined;
    if (!response.ok) {
      const error = errorFromResponse(response, json.ok, body);
      const pausedTo = rateLimitedUntil(error);
      if (pausedTo !== null) pause(connection, pausedTo);
      throw error;
    }
    if (!json.ok) {
      const contentType = response.headers.get('content-type') || 'no content type';
      const what = text.trim() === '' ? 'an empty body' : 'a body that is not JSON';
      throw new ApiError(
        'unexpected-response',
        `Unexpected response: HTTP ${response.status} with ${what} (${contentType}).`,
        { status: response.status, contentType },
      );
    }
    return { body, receivedAt: Date.now() };
  }

  function start(id: string, run: (signal: AbortSignal) => Promise<ApiAnswer>): Shared {
    const controller = new AbortController();
    const entry: Shared = { controller, waiting: 0, promise: run(controller.signal) };
    inFlight.set(id, entry);
    const forget = () => {
      if (inFlight.get(id) === entry) inFlight.delete(id);
    };
    entry.promise.then(forget, forget);
    return entry;
  }

  /**
   * Joins the request for `id`, starting it if none is running. The network request is
   * aborted only when every caller has given up, one task later: React's StrictMode mounts,
   * unmounts and mounts again at once, and that must not cost a second request.
   */
  function join(id: string, run: (signal: AbortSignal) => Promise<ApiAnswer>, signal: AbortSignal | undefined) {
    const entry = inFlight.get(id) ?? start(id, run);
    entry.waiting++;
    if (!signal) return entry.promise;
    return new Promise<ApiAnswer>((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        reject(abortError(signal));
        setTimeout(() => {
          if (entry.waiting === 0) entry.controller.abort();
        });
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  const requestId = (connection: ApiConnection, path: string) => `${connectionId(connection)} ${path}`;

  return {
    get: (connection, path, options = {}) =>
      join(
        requestId(connection, path),
        (signal) => send(connection, path, signal, options.timeoutMs ?? config.requestTimeoutMs),
        options.signal,
      ),
    rateLimitPause,
    latestPause: (connection) => pausedUntil.get(connectionId(connection)) ?? null,
    subscribeToPauses(listener) {
      pauseListeners.add(listener);
      return () => pauseListeners.delete(listener);
    },
    clear() {
      pausedUntil.clear();
      dropEarlyRequests();
      for (const [id, entry] of inFlight) {
        if (entry.waiting === 0) {
          entry.controller.abort();
          inFlight.delete(id);
        }
      }
      pauseListeners.forEach((listener) => listener());
    },
  };
}

/** The app's one client. */
export const apiClient = createApiClient();
