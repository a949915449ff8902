import { useId } from 'react';
import { config } from '@/config/env';
import { REFRESH_CHOICES, useRefreshSeconds } from '@/lib/preferences';

export function choiceLabel(seconds: number): string {
  if (seconds === 0) return 'Off';
  if (seconds < 60) return `Every ${seconds} s (test)`;
  return seconds === 60 ? 'Every minute' : `Every ${seconds / 60} minutes`;
}

/** The intervals offered (plus a short one in test builds). */
export const refreshChoices = (): readonly number[] =>
  config.testRefreshSeconds ? [...REFRESH_CHOICES, config.testRefreshSeconds] : REFRESH_CHOICES;

/** The auto-refresh interval, remembered for this tab's session. */
export function RefreshIntervalSelect() {
  const [seconds, setSeconds] = useRefreshSeconds();
  const id = useId();
  const choices = refreshChoices();
  return (
    <span className="inline-flex items-center gap-2 text-sm" data-export-exclude>
      <label htmlFor={id}>Auto-refresh</label>
      <select
        id={id}
        value={seconds}
        onChange={(e) => setSeconds(Number(e.target.value))}
        className="min-h-9 rounded-md border border-line bg-surface px-2 py-1"
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
    </span>
  );
}
