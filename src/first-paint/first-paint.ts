import { sendEarlyRequests } from './early-requests';
import { DASHBOARD_ROUTE, PRERENDERED_KEY_SCREEN, SESSION_STORAGE_KEY, THEME_STORAGE_KEY } from './page-markers';

/**
 * Runs before the first paint, inlined into every page the build wrote (with its hash in the
 * page's Content-Security-Policy). Two things that must not flash, and one that must not wait:
 * 1. The remembered theme, so a dark choice never shows light first.
 * 2. The key screen written into index.html: where the app will show another view (a stored
 *    key in this tab, another address), it stays hidden until that view is drawn, and the
 *    loader starts the app at once instead of after the paint.
 * 3. On the key screen's or the dashboard's address with a stored key, the dashboard's
 *    requests (`requests`) leave now, while the app's code is on its way (early-requests.ts).
 * `base` and `requests` are what the build writes on the script element.
 */
export function firstPaint(base: string, requests: readonly string[] = [], doc: Document = document): void {
  const html = doc.documentElement;
  try {
    const theme: unknown = JSON.parse(localStorage.getItem(THEME_STORAGE_KEY) ?? 'null');
    if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;
  } catch {
    // No storage, or an unreadable value: follow the system theme.
  }
  const here = location.pathname;
  const plain = location.search === '';
  const keyScreen = (here === base || here === `${base}index.html`) && plain;
  let stored = false;
  try {
    stored = sessionStorage.getItem(SESSION_STORAGE_KEY) !== null;
  } catch {
    // No storage: no key can be stored, so the key screen is what shows.
  }
  if (!keyScreen || stored) html.dataset.keyScreen = 'hidden';
  if (stored && (keyScreen || (here === `${base}${DASHBOARD_ROUTE}` && plain))) sendEarlyRequests(requests);
}

/** Whether first-paint.ts hid the key screen (another view is coming). */
export const keyScreenHidden = (doc: Document = document): boolean =>
  doc.documentElement.dataset.keyScreen === 'hidden';

/** Whether #root holds the prerendered key screen that the app hydrates. */
export const isPrerenderedKeyScreen = (root: HTMLElement): boolean =>
  root.dataset.prerendered === PRERENDERED_KEY_SCREEN;
