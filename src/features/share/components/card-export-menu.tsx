import { Copy, Download, MoreHorizontal } from 'lucide-react';
import { buttonClass } from '@/components/ui/button';
import type { CardHandle } from '@/components/ui/card';
import { Menu } from '@/components/ui/menu';
import { useShareState } from '../share-context';
import type { ShareActions } from '../types';

/** A card's own export menu: the card alone, with its export footer, as an image. */
export function CardExportMenu({ card }: { card: CardHandle }) {
  const share = useShareState();
  if (!share) return null;
  const { actions } = share;
  const withCard = (run: ShareActions['downloadPng']) => () => {
    if (card.ref.current) run({ node: card.ref.current, scope: 'card', part: card.name });
  };
  return (
    <Menu
      label={`${card.title} card: export`}
      trigger={<MoreHorizontal size={18} aria-hidden />}
      triggerClassName={buttonClass('icon')}
      items={[
        { label: 'Download PNG', icon: <Download size={15} aria-hidden />, onSelect: withCard(actions.downloadPng) },
        { label: 'Copy image', icon: <Copy size={15} aria-hidden />, onSelect: withCard(actions.copyImage) },
      ]}
    />
  );
}
