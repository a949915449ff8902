import { formatDateTime } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/preferences';
import { RelativeTime } from './relative-time';

/**
 * An absolute date and time in the chosen time zone (the browser's, or UTC to match an
 * invoice), with its zone named; `relative` adds "· 3 days ago".
 */
export function DateTime({ date, relative = false }: { date: Date; relative?: boolean }) {
  const [timeZone] = useDisplayTimeZone();
  return (
    <span className="tabular">
      <time dateTime={date.toISOString()}>{formatDateTime(date, undefined, timeZone)}</time>
      {relative ? (
        <span className="text-ink-muted">
          {' · '}
          <RelativeTime date={date} tickMs={60_000} />
        </span>
      ) : null}
    </span>
  );
}
