import { useId } from 'react';
import { Switch } from '@/components/ui/switch';
import { DISPLAY_CONTROL } from '@/first-paint/page-markers';
import { isThemeChoice, useDisplayTimeZone, useTheme } from '@/lib/preferences';

/** Theme and time-zone choices, remembered on this device. */
export function DisplayControls() {
  const [theme, setTheme] = useTheme();
  const [timeZone, setUtc] = useDisplayTimeZone();
  const themeId = useId();
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-export-exclude>
      <Switch
        label="Show times in UTC"
        name={DISPLAY_CONTROL.timesInUtc}
        checked={timeZone === 'UTC'}
        onChange={setUtc}
      />
      <span className="inline-flex items-center gap-2">
        <label htmlFor={themeId}>Theme</label>
        <select
          id={themeId}
          name={DISPLAY_CONTROL.theme}
          value={theme}
          onChange={(e) => {
            if (isThemeChoice(e.target.value)) setTheme(e.target.value);
          }}
          className="min-h-9 rounded-md border border-line bg-surface px-2 py-1"
        >
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </span>
    </div>
  );
}
