import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { Connection } from '@/api/connection';
import { queryKeys } from '@/api/query-keys';
import type { KeyScreenNotice } from '@/features/session/components/key-screen';
import { clearCustomAllowances } from '@/lib/custom-allowances';
import { activeSession, withoutActive, workspaceStore, type Workspace } from '@/features/session/model/workspace';
import { apiClient } from '@/lib/api-client';
import { pathOf, paths } from './paths';
import { type KeyScreenState } from './navigation';

const apiBaseUrl = (connection: Connection | null) => (connection?.kind === 'api' ? connection.baseUrl : undefined);

/**
 * What the dashboard can do to the session: show another connection, sign out, drop a
 * rejected key. Apart from the key screen's `useConnect`, as only the dashboard needs the
 * query cache they clear.
 */
export function useSessionActions() {
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();

  const select = (workspace: Workspace, active: number) => {
    const next = { ...workspace, active };
    workspaceStore.set(next);
    navigate(pathOf(activeSession(next)));
  };

  const signOut = () => {
    const current = workspaceStore.get();
    const shown = current ? activeSession(current) : null;
    workspaceStore.set(null);
    clearCustomAllowances();
    queryClient.clear();
    apiClient.clear();
    const state: KeyScreenState = { notice: null, ...(apiBaseUrl(shown) ? { baseUrl: apiBaseUrl(shown)! } : {}) };
    navigate(paths.keyScreen, { replace: true, state });
  };

  /** A rejected key is removed (and only that one); the key screen says why. */
  const rejectKey = (rejected: Connection, notice: KeyScreenNotice) => {
    const current = workspaceStore.get();
    const next = current ? withoutActive(current) : null;
    workspaceStore.set(next);
    const state: KeyScreenState = { notice, ...(apiBaseUrl(rejected) ? { baseUrl: apiBaseUrl(rejected)! } : {}) };
    navigate(next ? paths.addKey : paths.keyScreen, { replace: true, state });
    // Once the dashboard that reads them is gone: a card still on screen would ask again.
    setTimeout(() => queryClient.removeQueries({ queryKey: queryKeys.connection(rejected) }));
  };

  return { select, signOut, rejectKey };
}
