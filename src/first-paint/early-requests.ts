import { SESSION_STORAGE_KEY, WORKSPACE_VERSION } from './page-markers';

/**
 * A reload with a stored key: the dashboard's requests leave from the page's first script, while
 * the app's code is still on its way, and the app's API client adopts them (src/lib/api-client.ts)
 * instead of sending its own. The script and the app are separate bundles, so they meet on the
 * window, under a symbol no data can name.
 */

/** How the app asks the API for JSON: the same request whoever sends it. */
export function apiRequestInit(apiKey: string, signal: AbortSignal): RequestInit {
  return {
    method: 'GET',
    headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
    signal,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  };
}

/** A request sent before the app was here, until the app takes it. */
export interface EarlyRequest {
  url: string;
  apiKey: string;
  /** Aborts the request: the app's timeout and cancellation reach it through this. */
  controller: AbortController;
  response: Promise<Response>;
}

/** Unclaimed by then (the app failed to load, or showed something else), a request is dropped. */
const UNCLAIMED_MS = 60_000;

const REGISTRY = Symbol.for('mixpeek-dashboard.early-requests');
type WithRegistry = { [REGISTRY]?: EarlyRequest[] };

const registry = (win: Window): EarlyRequest[] => ((win as WithRegistry)[REGISTRY] ??= []);

/**
 * The connection of the active stored session, as the app wrote it (src/features/session), or
 * null for anything else: no key, a sample, an older format, a base URL the app would not write.
 */
export function storedConnection(stored: string | null): { apiKey: string; baseUrl: string } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(stored ?? 'null');
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, sessions, active } = raw as Record<string, unknown>;
  if (version !== WORKSPACE_VERSION || !Array.isArray(sessions) || !Number.isInteger(active)) return null;
  const session: unknown = sessions[active as number];
  if (typeof session !== 'object' || session === null) return null;
  const { kind, apiKey, baseUrl } = session as Record<string, unknown>;
  if (kind !== 'api' || typeof apiKey !== 'string' || apiKey === '' || typeof baseUrl !== 'string') return null;
  return isNormalBaseUrl(baseUrl) ? { apiKey, baseUrl } : null;
}

/** A base URL as the app stores it: absolute http(s), no credentials, query, fragment or trailing slash. */
function isNormalBaseUrl(text: string): boolean {
  try {
    const url = new URL(text);
    const plain = !url.username && !url.password && !url.search && !url.hash;
    return /^https?:$/.test(url.protocol) && plain && url.origin + url.pathname.replace(/\/+$/, '') === text;
  } catch {
    return false;
  }
}

/** Sends `paths` for the stored key, if there is one; the app takes them with takeEarlyRequest. */
export function sendEarlyRequests(paths: readonly string[], win: Window = window): void {
  let connection: ReturnType<typeof storedConnection> = null;
  try {
    connection = storedConnection(win.sessionStorage.getItem(SESSION_STORAGE_KEY));
  } catch {
    // No storage: no key is stored.
  }
  if (!connection) return;
  const sent = registry(win);
  for (const path of paths) {
    const controller = new AbortController();
    const url = `${connection.baseUrl}${path}`;
    const response = win.fetch(url, apiRequestInit(connection.apiKey, controller.signal));
    // Whoever takes it handles its failure; until then a failure is nobody's error.
    response.catch(() => {});
    const request = { url, apiKey: connection.apiKey, controller, response };
    sent.push(request);
    win.setTimeout(() => {
      const at = sent.indexOf(request);
      if (at < 0) return;
      sent.splice(at, 1);
      controller.abort();
    }, UNCLAIMED_MS);
  }
}

/** The request sent early for this URL and key, taken once; null when there is none. */
export function takeEarlyRequest(url: string, apiKey: string, win: Window = window): EarlyRequest | null {
  const sent = registry(win);
  const at = sent.findIndex((request) => request.url === url && request.apiKey === apiKey);
  return at < 0 ? null : (sent.splice(at, 1)[0] ?? null);
}

/** Drops every request not yet taken (sign-out: nothing of a key outlives it). */
export function dropEarlyRequests(win: Window = window): void {
  for (const request of registry(win).splice(0)) request.controller.abort();
}
