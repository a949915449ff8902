import { Badge } from '@/components/Badge';
import { findTier } from '@/model/tiers';

/** The tier in its own muted colour; an unknown tier keeps its name as given, in neutral. */
export function TierBadge({ accountType }: { accountType: string | null }) {
  if (accountType === null) return <Badge>Tier not reported</Badge>;
  const tier = findTier(accountType);
  if (!tier) return <Badge>{accountType}</Badge>;
  return (
    <Badge tone={{ background: `var(--tier-${tier.id})`, color: `var(--tier-${tier.id}-ink)` }}>{tier.label}</Badge>
  );
}
