import type { MenuEntry } from '@/components/ui/menu';
import { isThemeChoice, useDisplayTimeZone, useRefreshSeconds, useTheme } from '@/lib/preferences';
import { choiceLabel, refreshChoices } from './refresh-interval-select';

/** The display and refresh settings as menu entries, for the phone's one actions menu. */
export function usePreferenceEntries({ withRefresh }: { withRefresh: boolean }): MenuEntry[] {
  const [theme, setTheme] = useTheme();
  const [timeZone, setUtc] = useDisplayTimeZone();
  const [seconds, setSeconds] = useRefreshSeconds();
  return [
    { kind: 'checkbox', label: 'Show times in UTC', checked: timeZone === 'UTC', onCheckedChange: setUtc },
    {
      kind: 'submenu',
      label: 'Theme',
      items: [
        {
          kind: 'radio',
          label: 'Theme',
          value: theme,
          options: [
            { value: 'system', label: 'System' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ],
          onValueChange: (value) => {
            if (isThemeChoice(value)) setTheme(value);
          },
        },
      ],
    },
    ...(withRefresh
      ? [
          {
            kind: 'submenu' as const,
            label: 'Auto-refresh',
            items: [
              {
                kind: 'radio' as const,
                label: 'Auto-refresh',
                value: String(seconds),
                options: refreshChoices().map((choice) => ({ value: String(choice), label: choiceLabel(choice) })),
                onValueChange: (value: string) => setSeconds(Number(value)),
              },
            ],
          },
        ]
      : []),
  ];
}
