import { Copy, Download, MoreHorizontal } from 'lucide-react';
import { buttonClass } from '@/components/buttons';
import { Menu } from '@/components/Menu';
import { useShareState } from '../share-context';

/** A card's own export menu: the card alone, with the export footer, as an image. */
export function CardMenu({ cardId, cardTitle }: { cardId: string; cardTitle: string }) {
  const share = useShareState();
  if (!share) return null;
  const card = () => document.getElementById(cardId);
  const withCard = (run: (node: HTMLElement) => void) => () => {
    const node = card();
    if (node) run(node);
  };
  return (
    <Menu
      label={`${cardTitle} card: export`}
      trigger={<MoreHorizontal size={18} aria-hidden />}
      triggerClassName={buttonClass.icon}
      items={[
        {
          label: 'Download PNG',
          icon: <Download size={15} aria-hidden />,
          onSelect: withCard(share.actions.downloadPng),
        },
        { label: 'Copy image', icon: <Copy size={15} aria-hidden />, onSelect: withCard(share.actions.copyImage) },
      ]}
    />
  );
}
