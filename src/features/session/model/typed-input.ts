/** What a person typed into the key screen before the app took it over (a prerendered page). */
export interface TypedInput {
  apiKey: string;
  baseUrl: string;
  advancedOpen: boolean;
  /** The field that had the focus, and its selection. */
  focus: { field: 'api-key' | 'api-base-url'; selection: [number, number] | null } | null;
  /** Show was pressed (an odd number of times). */
  showKey: boolean;
  /** Connect (or Enter) or Try with sample data was pressed: the live screen does it. */
  pressed: 'connect' | 'try-sample' | null;
}

/**
 * The `name`s of the key screen's buttons whose presses index.html keeps until the app takes
 * it over (scripts/prerendered-pages.ts).
 */
export const KEY_SCREEN_BUTTON = { showKey: 'show-key', trySample: 'try-sample', useProxy: 'use-proxy' } as const;

/**
 * Marks #root in index.html as holding the prerendered key screen (`data-prerendered`), so the
 * app hydrates it, and public/first-paint.js can hide it where another view will show.
 */
export const PRERENDERED_KEY_SCREEN = 'key-screen';
