import { createContext, useContext, type ReactNode } from 'react';
import type { ShareFacts } from './model/share-facts';
import type { ShareActions } from './use-share-actions';

export interface ShareState {
  facts: ShareFacts;
  hideIdentifiers: boolean;
  actions: ShareActions;
}

const ShareStateContext = createContext<ShareState | null>(null);

/** Gives the cards the facts their export footers show and whether identifiers are hidden. */
export function ShareStateProvider({ value, children }: { value: ShareState | null; children: ReactNode }) {
  return <ShareStateContext.Provider value={value}>{children}</ShareStateContext.Provider>;
}

export function useShareState(): ShareState | null {
  return useContext(ShareStateContext);
}
