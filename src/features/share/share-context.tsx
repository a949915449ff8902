import { createContext, useContext, type ReactNode } from 'react';
import type { ShareState } from './types';

const ShareStateContext = createContext<ShareState | null>(null);

/** Gives the export footers the facts they show. */
export function ShareStateProvider({ value, children }: { value: ShareState | null; children: ReactNode }) {
  return <ShareStateContext.Provider value={value}>{children}</ShareStateContext.Provider>;
}

export function useShareState(): ShareState | null {
  return useContext(ShareStateContext);
}
