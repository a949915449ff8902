/**
 * Display preferences. Not secrets: the theme and the time zone live in localStorage and are
 * remembered across tabs and visits; the refresh interval lives in sessionStorage, for this tab
 * only (a tab left open elsewhere keeps its own). The API key is never stored here: see
 * features/session.
 */
import { THEME_STORAGE_KEY } from '@/first-paint/page-markers';
import { createStoredValue } from './stored-value';
import { useStoredValue } from './use-stored-value';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const isThemeChoice = (value: string): value is ThemeChoice =>
  value === 'system' || value === 'light' || value === 'dark';

const themeStore = createStoredValue<'light' | 'dark'>('local', THEME_STORAGE_KEY, (raw) =>
  raw === 'light' || raw === 'dark' ? raw : null,
);

/** Remembers a theme and shows it at once. */
export function chooseTheme(choice: ThemeChoice): void {
  themeStore.set(choice === 'system' ? null : choice);
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  return [useStoredValue(themeStore) ?? 'system', chooseTheme];
}

const utcStore = createStoredValue<boolean>('local', 'mixpeek-dashboard.times-in-utc', (raw) =>
  typeof raw === 'boolean' ? raw : null,
);

/**
 * The time zone absolute times are shown in: the browser's (undefined) or UTC, so what
 * billing staff see can match an invoice.
 */
export function useDisplayTimeZone(): [string | undefined, (utc: boolean) => void] {
  const utc = useStoredValue(utcStore) ?? false;
  return [utc ? 'UTC' : undefined, chooseTimesInUtc];
}

export const chooseTimesInUtc = (utc: boolean): void => utcStore.set(utc ? true : null);

/** Auto-refresh choices in seconds (0: off); the default is every 5 minutes. */
export const REFRESH_CHOICES = [0, 60, 300, 900] as const;
const DEFAULT_REFRESH_SECONDS = 300;

const refreshStore = createStoredValue<number>('session', 'mixpeek-dashboard.refresh-seconds', (raw) =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 86_400 ? raw : null,
);

/** How often the dashboard refetches on its own, remembered for this tab's session. */
export function useRefreshSeconds(): [number, (seconds: number) => void] {
  const stored = useStoredValue(refreshStore);
  return [stored ?? DEFAULT_REFRESH_SECONDS, (seconds: number) => refreshStore.set(seconds)];
}
