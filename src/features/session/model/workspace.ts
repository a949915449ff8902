import { parseBaseUrl } from '@/lib/base-url';
import { isRecord } from '@/lib/guards';
import { createSessionValue, useStoredValue } from '@/lib/stored-value';
import { keyFingerprint } from './api-key';

/**
 * What one dashboard shows: an organization read with an API key, or a built-in sample
 * organization (no network at all).
 */
export type Session = { kind: 'api'; apiKey: string; baseUrl: string } | { kind: 'sample'; sampleId: string };

/** Every organization connected in this tab, and the one on screen. */
export interface Workspace {
  sessions: Session[];
  active: number;
}

/** The one sessionStorage entry that holds the API keys (documented in the README). */
export const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';

export function parseSession(raw: unknown): Session | null {
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

/** Reads a stored workspace; a lone session (as stored before several were possible) still counts. */
export function parseWorkspace(raw: unknown): Workspace | null {
  if (isRecord(raw) && Array.isArray(raw.sessions)) {
    const sessions = raw.sessions.map(parseSession).filter((s): s is Session => s !== null);
    if (sessions.length === 0) return null;
    const active = typeof raw.active === 'number' && Number.isInteger(raw.active) ? raw.active : 0;
    return { sessions, active: Math.min(Math.max(active, 0), sessions.length - 1) };
  }
  const single = parseSession(raw);
  return single ? { sessions: [single], active: 0 } : null;
}

/** Two sessions are the same organization connection when key and base URL (or sample) match. */
export function sessionIdentity(session: Session): string {
  return session.kind === 'api'
    ? `api ${session.baseUrl} ${keyFingerprint(session.apiKey)}`
    : `sample ${session.sampleId}`;
}

export const activeSession = (workspace: Workspace): Session => workspace.sessions[workspace.active]!;

/** Connects a session and shows it; one already connected is shown rather than added twice. */
export function withSession(workspace: Workspace | null, session: Session): Workspace {
  const sessions = workspace?.sessions ?? [];
  const existing = sessions.findIndex((s) => sessionIdentity(s) === sessionIdentity(session));
  if (existing >= 0) return { sessions, active: existing };
  return { sessions: [...sessions, session], active: sessions.length };
}

/** Shows another sample organization in place of the sample on screen. */
export function withSample(workspace: Workspace, sampleId: string): Workspace {
  const sessions = workspace.sessions.map((s, i) =>
    i === workspace.active && s.kind === 'sample' ? { kind: 'sample' as const, sampleId } : s,
  );
  return withSession({ sessions, active: workspace.active }, { kind: 'sample', sampleId });
}

/** Disconnects the session on screen; null when it was the last. */
export function withoutActive(workspace: Workspace): Workspace | null {
  const sessions = workspace.sessions.filter((_, i) => i !== workspace.active);
  return sessions.length === 0 ? null : { sessions, active: Math.max(0, workspace.active - 1) };
}

export const workspaceStore = createSessionValue<Workspace>(SESSION_STORAGE_KEY, parseWorkspace);

export const useWorkspace = () => useStoredValue(workspaceStore);
