import { useSyncExternalStore } from 'react';

/**
 * Menus, popovers and tooltips (Radix) are a chunk of their own: only an interaction needs
 * them, so they are not on the path to the first complete dashboard. The chunk starts
 * loading at the first sign of an interaction (a pointer or focus on a trigger) or when the
 * page is idle after the dashboard is drawn, whichever comes first.
 */
type Parts = typeof import('./radix-parts');

let parts: Parts | null = null;
let pending: Promise<Parts> | null = null;
const listeners = new Set<() => void>();

export function loadInteractiveParts(): Promise<Parts> {
  pending ??= import('./radix-parts').then((module) => {
    parts = module;
    listeners.forEach((listener) => listener());
    return module;
  });
  return pending;
}

/** Loads the parts once the browser is idle (or after `fallbackMs` where there is no idle callback). */
export function loadInteractivePartsWhenIdle(fallbackMs = 200) {
  if (parts || pending) return;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadInteractiveParts());
  else setTimeout(() => void loadInteractiveParts(), fallbackMs);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The loaded parts, or null until they are here (and on the server). */
export function useInteractiveParts(): Parts | null {
  return useSyncExternalStore(
    subscribe,
    () => parts,
    () => null,
  );
}
