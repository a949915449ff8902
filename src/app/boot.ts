import { DASHBOARD_REQUESTS } from '@/api/routes';
import type { Connection } from '@/api/connection';
import { BASE_PATH } from '@/config/base';
import { activeSession, workspaceStore, type Workspace } from '@/features/session/model/workspace';
import { apiClient } from '@/lib/api-client';
import { paths } from './paths';

/**
 * The connection whose dashboard this address opens straight away (a reload, a bookmark),
 * or null: the key screen and the dashboard of a stored key, never a sample or another view.
 */
export function connectionToPrefetch(workspace: Workspace | null, pathname: string, search: string): Connection | null {
  if (!workspace || search !== '') return null;
  const route = `/${pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : ''}`;
  if (route !== paths.keyScreen && route !== paths.dashboard) return null;
  const active = activeSession(workspace);
  return active.kind === 'api' ? active : null;
}

/**
 * Runs before the app's bundle (index.html names it first): on a reload with a stored key
 * the dashboard's requests leave now, while the app's code is still on its way, and the
 * queries take these same requests when they start (api-client's prefetch), never a second.
 */
export function startDashboardRequests() {
  const connection = connectionToPrefetch(workspaceStore.get(), window.location.pathname, window.location.search);
  if (connection?.kind === 'api') for (const path of DASHBOARD_REQUESTS) apiClient.prefetch(connection, path);
}
