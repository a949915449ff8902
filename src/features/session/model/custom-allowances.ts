import { isRecord } from '@/lib/guards';
import { createSessionValue, useStoredValue } from '@/lib/stored-value';
import type { Organization } from '@/model/organization';

/**
 * Contracted monthly allowances typed in for enterprise organizations, by organization id.
 * Kept in sessionStorage like the session itself: this tab only.
 */
const store = createSessionValue<Record<string, number>>('mixpeek-dashboard.custom-allowances', (raw) => {
  if (!isRecord(raw)) return null;
  const entries = Object.entries(raw).filter(
    (entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && (entry[1] as number) > 0,
  );
  return Object.fromEntries(entries);
});

/** Which organization an allowance belongs to: its id, or its name when the id is missing. */
export const customAllowanceKey = (org: Organization) => org.organizationId ?? org.organizationName ?? '';

export function useCustomAllowance(organizationKey: string): [number | null, (amount: number | null) => void] {
  const all = useStoredValue(store);
  const set = (amount: number | null) => {
    const others = Object.entries(store.get() ?? {}).filter(([key]) => key !== organizationKey);
    store.set(Object.fromEntries(amount === null ? others : [...others, [organizationKey, amount]]));
  };
  return [all?.[organizationKey] ?? null, set];
}

/** Every typed-in allowance, by customAllowanceKey (for views of several organizations). */
export const useCustomAllowances = (): Record<string, number> => useStoredValue(store) ?? {};

export const clearCustomAllowances = () => store.set(null);
