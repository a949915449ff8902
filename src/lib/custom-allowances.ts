import { resolveAllowance, type AllowanceSource } from '@/model/allowance';
import type { Organization } from '@/model/organization';
import { isRecord } from './guards';
import { createSessionValue } from './stored-value';
import { useStoredValue } from './use-stored-value';

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
const allowanceKey = (org: Organization) => org.organizationId ?? org.organizationName ?? '';

const NONE: ReadonlyMap<string, number> = new Map();

/** Every typed-in allowance, by organization. */
const useCustomAllowances = (): ReadonlyMap<string, number> => useStoredValue(store) ?? NONE;

export function setCustomAllowance(org: Organization, amount: number | null) {
  const next = new Map(store.get() ?? NONE);
  if (amount === null) next.delete(allowanceKey(org));
  else next.set(allowanceKey(org), amount);
  store.set(next);
}

export const clearCustomAllowances = () => store.set(null);

/** The typed-in allowance of an organization (null when none), and the allowance it is compared against. */
export interface OrganizationAllowance {
  custom: number | null;
  allowance: AllowanceSource;
}

/** The allowance rule (src/model/allowance.ts) for each organization given, with what was typed in for it. */
export function useAllowances(orgs: readonly (Organization | null)[]): OrganizationAllowance[] {
  const typed = useCustomAllowances();
  return orgs.map((org) => {
    const custom = org ? (typed.get(allowanceKey(org)) ?? null) : null;
    return { custom, allowance: resolveAllowance(org?.accountType ?? null, custom) };
  });
}

/** useAllowances for one organization (or none yet). */
export const useAllowance = (org: Organization | null): OrganizationAllowance => useAllowances([org])[0]!;
