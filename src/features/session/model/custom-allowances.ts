import { isRecord } from '@/lib/guards';
import { createSessionValue } from '@/lib/stored-value';
import { useStoredValue } from '@/lib/use-stored-value';
import type { Organization } from '@/model/organization';

/**
 * Contracted monthly allowances typed in for enterprise organizations, by organization id.
 * Kept in sessionStorage like the session itself: this tab only. Read into a Map: the keys
 * are organization ids from the API, and an id such as "constructor" is just an id.
 */
const store = createSessionValue<ReadonlyMap<string, number>>(
  'mixpeek-dashboard.custom-allowances',
  (raw) =>
    isRecord(raw)
      ? new Map(
          Object.entries(raw).filter(
            (entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && (entry[1] as number) > 0,
          ),
        )
      : null,
  (allowances) => Object.fromEntries(allowances),
);

/** Which organization an allowance belongs to: its id, or its name when the id is missing. */
export const customAllowanceKey = (org: Organization) => org.organizationId ?? org.organizationName ?? '';

const NONE: ReadonlyMap<string, number> = new Map();

/** Every typed-in allowance, by customAllowanceKey. */
export const useCustomAllowances = (): ReadonlyMap<string, number> => useStoredValue(store) ?? NONE;

export function setCustomAllowance(organizationKey: string, amount: number | null) {
  const next = new Map(store.get() ?? NONE);
  if (amount === null) next.delete(organizationKey);
  else next.set(organizationKey, amount);
  store.set(next);
}

export const clearCustomAllowances = () => store.set(null);
