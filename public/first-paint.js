// Runs before the first paint, as a file of its own because the Content-Security-Policy
// allows no inline script. Two things that must not flash:
// 1. The remembered theme (the key is THEME_STORAGE_KEY in src/lib/preferences.ts), so a
//    dark choice never shows light first.
// 2. The key screen that the build writes into index.html: where the app will show another
//    view (a stored key in this tab, another address), it stays hidden until that view is
//    drawn. (The session key is SESSION_STORAGE_KEY in src/features/session/model/workspace.ts.)
// src/lib/first-paint.test.ts runs this file against both keys.
try {
  const theme = JSON.parse(localStorage.getItem('mixpeek-dashboard.theme') ?? 'null');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or an unreadable value: follow the system theme.
}
try {
  // The app's base is where this file is served from ("/", "/tools/mixpeek/").
  const base = new URL('.', document.currentScript.src).pathname;
  const here = location.pathname;
  const keyScreen = (here === base || here === `${base}index.html`) && location.search === '';
  if (!keyScreen || sessionStorage.getItem('mixpeek-dashboard.session') !== null) {
    document.documentElement.dataset.keyScreen = 'hidden';
  }
} catch {
  // No storage: no key can be stored, so the key screen is what shows.
}
