/**
 * The names the page and the app agree on before the app's code is here: the storage keys the
 * first-paint script reads, the attributes the build and the loader write, the buttons whose
 * presses are kept. No imports: the inline scripts are built from this folder alone.
 */

/** The remembered theme (localStorage; src/lib/preferences.ts writes it). */
export const THEME_STORAGE_KEY = 'mixpeek-dashboard.theme';

/** The one sessionStorage entry that holds the API keys (documented in docs/user-guide.md). */
export const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';

/** The format of that entry (src/features/session/model/workspace.ts writes it; early-requests.ts reads it). */
export const WORKSPACE_VERSION = 2;

/** The dashboard's address under the app's base (src/app/paths.ts). */
export const DASHBOARD_ROUTE = 'dashboard';

/** `data-prerendered` on #root: the key screen the build wrote into index.html, which the app hydrates. */
export const PRERENDERED_KEY_SCREEN = 'key-screen';

/** The id of the loader's script element, right after #root: the first paint waits for it (`blocking="render"`). */
export const ROOT_PARSED_ID = 'root-parsed';

/** The `name`s of the key screen's buttons whose presses are kept until the app takes the page over. */
export const KEY_SCREEN_BUTTON = { showKey: 'show-key', trySample: 'try-sample', useProxy: 'use-proxy' } as const;

/** The names of the display controls' fields, which the takeover reads. */
export const DISPLAY_CONTROL = { theme: 'theme', timesInUtc: 'times-in-utc' } as const;
