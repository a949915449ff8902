import { Badge } from '@/components/ui/badge';
import { findTier } from '@/model/tiers';

/** The tier in its own muted colour; an unknown tier keeps its name as given, in neutral. */
export function TierBadge({ accountType }: { accountType: string | null }) {
  if (accountType === null) return <Badge>Tier not reported</Badge>;
  const tier = findTier(accountType);
  return tier ? <Badge tone={`tier-${tier.id}`}>{tier.label}</Badge> : <Badge>{accountType}</Badge>;
}
