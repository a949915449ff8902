/**
 * Mixpeek's published tiers. The figures come from the AccountTier description in the
 * API reference (OpenAPI "Mixpeek API" 0.81, GET /v1/organizations) and can change:
 * this module is the only place that knows them.
 */
export const TIER_SOURCE = 'Mixpeek tier allowances as documented';
export const TIER_SOURCE_DETAIL = 'AccountTier in the Mixpeek API reference, version 0.81';

type TierId = 'free' | 'pro' | 'team' | 'enterprise';

export interface Tier {
  id: TierId;
  label: string;
  /** Credits per month; null where the allowance is negotiated (enterprise). */
  monthlyAllowance: number | null;
  includes: string;
}

export const TIERS: readonly Tier[] = [
  { id: 'free', label: 'Free', monthlyAllowance: 1_000, includes: 'Limited modalities, shared compute' },
  { id: 'pro', label: 'Pro', monthlyAllowance: 100_000, includes: 'All modalities, dedicated namespace' },
  { id: 'team', label: 'Team', monthlyAllowance: 1_000_000, includes: 'Shared buckets, retrieval DAGs' },
  { id: 'enterprise', label: 'Enterprise', monthlyAllowance: null, includes: 'Dedicated Ray cluster, SLA' },
];

/** The published tier for an account_type, matched case-insensitively; null for a tier this app does not know. */
export function findTier(accountType: string | null): Tier | null {
  if (accountType === null) return null;
  const id = accountType.trim().toLowerCase();
  return TIERS.find((tier) => tier.id === id) ?? null;
}
