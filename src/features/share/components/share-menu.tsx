import { Share2 } from 'lucide-react';
import type { RefObject } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Menu } from '@/components/ui/menu';
import type { ShareState } from '../types';
import { shareEntries } from './share-entries';

interface ShareMenuProps {
  /** Null until an organization is loaded: the button is there, disabled, to keep the header still. */
  share: ShareState | null;
  /** The element the whole-dashboard image is made of (cards, notices and footer; no header). */
  target: RefObject<HTMLElement | null>;
}

export function ShareMenu({ share, target }: ShareMenuProps) {
  return (
    <Menu
      label="Share"
      trigger={
        <>
          <Share2 size={16} aria-hidden />
          Share
        </>
      }
      triggerClassName={buttonClass('secondary')}
      items={share ? shareEntries(share.actions, target) : []}
      disabled={!share}
    />
  );
}
