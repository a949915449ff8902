import { useMemo } from 'react';
import { useNow } from '@/lib/use-now';

/** Billing periods and runways are about today: the clock they read moves on once a minute. */
export function useBillingClock(): Date {
  const epochMs = useNow(60_000);
  return useMemo(() => new Date(epochMs), [epochMs]);
}
