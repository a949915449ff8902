import { parseBaseUrl } from '@/lib/base-url';
import { isRecord } from '@/lib/guards';
import { createSessionValue } from '@/lib/stored-value';
import type { Connection } from '@/api/connection';
import { config } from '@/config/env';
import { DEFAULT_API_URL } from '@/config/proxy';
import { keyFingerprint } from '@/lib/fingerprint';
import { SESSION_STORAGE_KEY, WORKSPACE_VERSION } from '@/first-paint/page-markers';

/** Every organization connected in this tab, and the one on screen. */
export interface Workspace {
  sessions: Connection[];
  active: number;
}

function parseSession(raw: unknown): Connection | null {
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

// Before WORKSPACE_VERSION 2 the default base URL was Mixpeek's own, which browsers block from
// other origins: a key stored with it then is read with this site's proxy, the default since.

const fromOldDefault = (session: Connection): Connection =>
  session.kind === 'api' && session.baseUrl === DEFAULT_API_URL ? { ...session, baseUrl: config.proxyUrl } : session;

/** Reads a stored workspace; a lone session (as stored before several were possible) still counts. */
export function parseWorkspace(raw: unknown): Workspace | null {
  const current = isRecord(raw) && raw.version === WORKSPACE_VERSION;
  const upgrade = (session: Connection | null) => (session && !current ? fromOldDefault(session) : session);
  if (isRecord(raw) && Array.isArray(raw.sessions)) {
    const sessions = raw.sessions
      .map((entry) => upgrade(parseSession(entry)))
      .filter((s): s is Connection => s !== null);
    if (sessions.length === 0) return null;
    const active = typeof raw.active === 'number' && Number.isInteger(raw.active) ? raw.active : 0;
    return { sessions, active: Math.min(Math.max(active, 0), sessions.length - 1) };
  }
  const single = upgrade(parseSession(raw));
  return single ? { sessions: [single], active: 0 } : null;
}

/** Two sessions are the same organization connection when key and base URL (or sample) match. */
export function sessionIdentity(session: Connection): string {
  return session.kind === 'api'
    ? `api ${session.baseUrl} ${keyFingerprint(session.apiKey)}`
    : `sample ${session.sampleId}`;
}

export const activeSession = (workspace: Workspace): Connection => workspace.sessions[workspace.active]!;

/** Connects a session and shows it; one already connected is shown rather than added twice. */
export function withSession(workspace: Workspace | null, session: Connection): Workspace {
  const sessions = workspace?.sessions ?? [];
  const existing = sessions.findIndex((s) => sessionIdentity(s) === sessionIdentity(session));
  if (existing >= 0) return { sessions, active: existing };
  return { sessions: [...sessions, session], active: sessions.length };
}

/**
 * Shows a sample organization: in place of the sample already connected (there is at most
 * one, however many sample links are followed), else as a new connection.
 */
export function withSample(workspace: Workspace | null, sampleId: string): Workspace {
  const sample = { kind: 'sample' as const, sampleId };
  const sessions = workspace?.sessions ?? [];
  const existing = sessions.findIndex((s) => s.kind === 'sample');
  if (existing < 0) return withSession(workspace, sample);
  return { sessions: sessions.map((s, i) => (i === existing ? sample : s)), active: existing };
}

/** Disconnects the session on screen; null when it was the last. */
export function withoutActive(workspace: Workspace): Workspace | null {
  const sessions = workspace.sessions.filter((_, i) => i !== workspace.active);
  return sessions.length === 0 ? null : { sessions, active: Math.max(0, workspace.active - 1) };
}

export const workspaceStore = createSessionValue<Workspace>(SESSION_STORAGE_KEY, parseWorkspace, (workspace) => ({
  version: WORKSPACE_VERSION,
  ...workspace,
}));
