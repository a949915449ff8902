import { formatRelative } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/**
 * "3 minutes ago" that keeps itself current. It owns its clock so that only this text
 * re-renders each tick, never the charts around it.
 */
export function RelativeTime({ date, tickMs = 1000 }: { date: Date; tickMs?: number }) {
  const now = useNow(tickMs);
  return <>{formatRelative(date, new Date(now))}</>;
}
