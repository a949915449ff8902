import { useSyncExternalStore } from 'react';
import type { StoredValue } from './stored-value';

/** A stored value in a component: null while prerendering (no storage there) and when unset. */
export function useStoredValue<T>(value: StoredValue<T>): T | null {
  return useSyncExternalStore(value.subscribe, value.get, () => null);
}
