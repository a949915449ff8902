// Runs before the first paint: a file of its own, which the build inlines (with its hash in
// the Content-Security-Policy) into the pages it prerenders. Two things that must not flash:
// 1. The remembered theme (the key is THEME_STORAGE_KEY in src/lib/preferences.ts), so a
//    dark choice never shows light first.
// 2. The key screen that the build writes into index.html: where the app will show another
//    view (a stored key in this tab, another address), it stays hidden until that view is
//    drawn. (The session key is SESSION_STORAGE_KEY in src/features/session/model/session-key.ts.)
// src/lib/first-paint.test.ts runs this file against both keys.
try {
  const theme = JSON.parse(localStorage.getItem('mixpeek-dashboard.theme') ?? 'null');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or an unreadable value: follow the system theme.
}
try {
  // The app's base ("/", "/tools/mixpeek/"): where this file is served from, or, inlined into
  // a page by the build, the base the build wrote on the script element.
  const script = document.currentScript;
  const base = script.dataset.base ?? new URL('.', script.src).pathname;
  const here = location.pathname;
  const keyScreen = (here === base || here === `${base}index.html`) && location.search === '';
  if (!keyScreen || sessionStorage.getItem('mixpeek-dashboard.session') !== null) {
    document.documentElement.dataset.keyScreen = 'hidden';
  }
} catch {
  // No storage: no key can be stored, so the key screen is what shows.
}
