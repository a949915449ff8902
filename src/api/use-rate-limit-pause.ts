import { useCallback, useSyncExternalStore } from 'react';
import { apiClient } from '@/lib/api-client';
import type { Connection } from './connection';

/** Until when a 429 pauses every request of this connection's key (epoch ms; may be past), or null. */
export function useRateLimitPause(connection: Connection): number | null {
  const snapshot = useCallback(
    () => (connection.kind === 'api' ? apiClient.latestPause(connection) : null),
    [connection],
  );
  return useSyncExternalStore(apiClient.subscribeToPauses, snapshot, () => null);
}
