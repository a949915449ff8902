import { RotateCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useSecondsUntil } from '@/lib/use-now';

interface RefreshButtonProps {
  refreshing: boolean;
  /** While set and in the future (a 429's Retry-After), Refresh waits and says for how long. */
  blockedUntil: number | null;
  onRefresh: () => void;
  /** Icon only (the phone's compact header); the label stays the accessible name. */
  compact?: boolean;
}

export function RefreshButton({ refreshing, blockedUntil, onRefresh, compact = false }: RefreshButtonProps) {
  const wait = useSecondsUntil(blockedUntil);
  const label = wait > 0 ? `Refresh in ${wait} s` : 'Refresh';
  return (
    <Button
      variant={compact ? 'icon' : 'secondary'}
      onClick={onRefresh}
      disabled={refreshing || wait > 0}
      aria-label={compact ? label : undefined}
      title={compact ? label : undefined}
    >
      <RotateCw size={16} aria-hidden className={refreshing ? 'animate-spin' : ''} />
      {compact ? null : label}
    </Button>
  );
}
