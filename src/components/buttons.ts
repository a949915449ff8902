/** Class names for the app's buttons: one look per role, used everywhere. */
const base =
  'inline-flex min-h-9 items-center justify-center gap-2 whitespace-nowrap rounded-lg px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60';

export const buttonClass = {
  primary: `${base} bg-accent text-accent-ink hover:opacity-90`,
  secondary: `${base} border border-line bg-surface text-ink hover:bg-surface-muted`,
  ghost: `${base} text-ink-muted hover:bg-surface-muted hover:text-ink`,
  icon: 'inline-flex h-8 w-8 items-center justify-center rounded-md text-ink-muted hover:bg-surface-muted hover:text-ink',
} as const;
