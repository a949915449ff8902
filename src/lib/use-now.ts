import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`, for "updated 12 s ago" and countdowns. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The current time, refreshed four times a second while `until` (epoch ms) is in the future. */
export function useNowUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  const active = until !== null && until > now;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** Whole seconds left until `until` (epoch ms), ticking while there are any; 0 when past or null. */
export function useSecondsUntil(until: number | null): number {
  const now = useNowUntil(until);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
