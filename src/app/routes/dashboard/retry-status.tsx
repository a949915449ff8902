import { retryStatusText } from '@/lib/describe-error';
import { useNowUntil } from '@/lib/use-now';

/** What the skeleton and the header say while retrying: the 429 countdown, or which attempt is next. */
export function RetryStatus({
  failure,
  failureCount,
  blockedUntil,
}: {
  failure: unknown;
  failureCount: number;
  blockedUntil: number | null;
}) {
  // Ticks while a 429 countdown runs, on a clock fine enough that "2 s" starts at 2.
  const now = useNowUntil(blockedUntil);
  return <>{retryStatusText(failure, failureCount, now)}</>;
}
