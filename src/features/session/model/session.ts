import { parseBaseUrl } from '@/lib/base-url';
import { isRecord } from '@/lib/guards';
import { createSessionValue, useStoredValue } from '@/lib/stored-value';

/**
 * What the dashboard is showing: an organization read with an API key, or a built-in
 * sample organization (no network at all).
 */
export type Session = { kind: 'api'; apiKey: string; baseUrl: string } | { kind: 'sample'; sampleId: string };

/** The one sessionStorage entry that holds the API key (documented in the README). */
export const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';

function parseSession(raw: unknown): Session | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'api' && typeof raw.apiKey === 'string' && raw.apiKey && typeof raw.baseUrl === 'string') {
    // Stored text is input like any other: the base URL must still be a valid http(s) URL.
    const baseUrl = parseBaseUrl(raw.baseUrl, window.location.origin);
    return baseUrl.ok ? { kind: 'api', apiKey: raw.apiKey, baseUrl: baseUrl.url } : null;
  }
  if (raw.kind === 'sample' && typeof raw.sampleId === 'string') {
    return { kind: 'sample', sampleId: raw.sampleId };
  }
  return null;
}

export const sessionStore = createSessionValue<Session>(SESSION_STORAGE_KEY, parseSession);

export const useSession = () => useStoredValue(sessionStore);
