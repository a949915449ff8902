import { useLocation } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import type { Connection } from '@/api/connection';
import type { KeyScreenNotice } from '@/features/session/components/key-screen';
import { activeSession, withSession, workspaceStore } from '@/features/session/model/workspace';
import { isRecord } from '@/lib/guards';
import { pathOf } from './paths';

/** What the key screen is told when the app sends a person there (in the history entry's state). */
export interface KeyScreenState {
  notice: KeyScreenNotice | null;
  /** The base URL to offer again (not a secret: a custom one need not be retyped). */
  baseUrl?: string;
}

/** The history state is input like any other: only a well-formed notice and base URL are read. */
function readKeyScreenState(state: unknown): KeyScreenState {
  if (!isRecord(state)) return { notice: null };
  const notice =
    isRecord(state.notice) && typeof state.notice.title === 'string' && typeof state.notice.message === 'string'
      ? { title: state.notice.title, message: state.notice.message }
      : null;
  return typeof state.baseUrl === 'string' ? { notice, baseUrl: state.baseUrl } : { notice };
}

export const useKeyScreenState = (): KeyScreenState => readKeyScreenState(useHistoryState());

/** Stores a new connection beside the others and shows it. */
export function useConnect() {
  const [, navigate] = useLocation();
  return (connection: Connection) => {
    const next = withSession(workspaceStore.get(), connection);
    workspaceStore.set(next);
    navigate(pathOf(activeSession(next)), { replace: true });
  };
}
