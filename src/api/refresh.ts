import { focusManager, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '@/lib/api-client';
import { useRefreshSeconds } from '@/lib/preferences';
import type { Connection } from './connection';
import { queryKeys } from './query-keys';

/**
 * Refresh, as the Refresh and Try again buttons do it: every query of the connection again,
 * unless a 429 of its key still pauses it (the buttons say so meanwhile).
 */
export function useRefresh(connection: Connection): () => void {
  const queryClient = useQueryClient();
  return () => {
    if (connection.kind === 'api' && apiClient.rateLimitPause(connection) !== null) return;
    void queryClient.refetchQueries({ queryKey: queryKeys.connection(connection) });
  };
}

/**
 * Auto-refresh: one timer for the connection, on the interval chosen in Settings, that asks
 * every query on screen again together. One timer rather than one per query: each component
 * that reads a query is an observer of it, and each observer's own interval would start at its
 * own moment, so one answer would be asked for several times an interval. Paused while the tab
 * is hidden, as React Query's own intervals are; samples never change.
 */
export function useAutoRefresh(connection: Connection): void {
  const [seconds] = useRefreshSeconds();
  const queryClient = useQueryClient();
  const prefix = JSON.stringify(queryKeys.connection(connection));
  useEffect(() => {
    if (connection.kind === 'sample' || seconds <= 0) return;
    const queryKey: readonly unknown[] = JSON.parse(prefix);
    const timer = setInterval(() => {
      if (focusManager.isFocused())
        void queryClient.refetchQueries({ queryKey, type: 'active' }, { cancelRefetch: false });
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [connection.kind, prefix, seconds, queryClient]);
}
