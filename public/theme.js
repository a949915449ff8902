// Applies the remembered theme before the first paint, so a dark choice never flashes
// light. A file of its own because the Content-Security-Policy allows no inline script.
// The storage key matches THEME_STORAGE_KEY in src/features/preferences/model/preferences.ts.
try {
  const theme = JSON.parse(localStorage.getItem('mixpeek-dashboard.theme') ?? 'null');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or an unreadable value: follow the system theme.
}
