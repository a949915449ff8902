import { useSyncExternalStore } from 'react';
import { useStoredValue } from '@/lib/use-stored-value';
import { workspaceStore } from './workspace';

/** The workspace in a component (the store itself has no React in it). */
export const useWorkspace = () => useStoredValue(workspaceStore);

/** False when the browser refused sessionStorage: the keys live in memory only and go with a reload. */
export const useWorkspacePersisted = () =>
  useSyncExternalStore(workspaceStore.subscribe, workspaceStore.persisted, () => true);
