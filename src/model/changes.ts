import { formatInteger } from '@/lib/format';
import type { Organization } from './organization';
import { rateLimitRows } from './rate-limit-rows';
import { findTier } from './tiers';

/** Something that differs between two fetches of the same organization. */
export interface Change {
  label: string;
  before: string;
  after: string;
}

const text = (n: number | null, unit: string) => (n === null ? 'not reported' : `${formatInteger(n)}${unit}`);
const tierText = (accountType: string | null) => findTier(accountType)?.label ?? accountType ?? 'not reported';

/** What changed that billing staff care about: the balance, the tier and each rate limit. */
export function organizationChanges(before: Organization, after: Organization): Change[] {
  const changes: Change[] = [];
  if (before.creditCount !== after.creditCount) {
    changes.push({
      label: 'Credit balance',
      before: text(before.creditCount, ' credits'),
      after: text(after.creditCount, ' credits'),
    });
  }
  if (tierText(before.accountType) !== tierText(after.accountType)) {
    changes.push({ label: 'Tier', before: tierText(before.accountType), after: tierText(after.accountType) });
  }
  const earlier = new Map(rateLimitRows(before.rateLimits).map((r) => [r.category, r]));
  const later = new Map(rateLimitRows(after.rateLimits).map((r) => [r.category, r]));
  for (const category of new Set([...later.keys(), ...earlier.keys()])) {
    const old = earlier.get(category)?.perMinute ?? null;
    const now = later.get(category)?.perMinute ?? null;
    if (old !== now) {
      const label = (later.get(category) ?? earlier.get(category))!.label;
      changes.push({ label: `Rate limit: ${label}`, before: text(old, ' / min'), after: text(now, ' / min') });
    }
  }
  return changes;
}
