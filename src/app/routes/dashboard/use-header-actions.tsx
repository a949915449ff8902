import { Columns3, LogOut, Plus, Share2 } from 'lucide-react';
import { useLocation } from 'wouter';
import { useRefresh } from '@/api/refresh';
import type { MenuEntry } from '@/components/ui/menu';
import { usePreferenceEntries } from '@/features/preferences/components/preference-entries';
import { shareEntries } from '@/features/share/components/share-entries';
import { paths } from '../../paths';
import { useSessionActions } from '../../session-actions';
import type { RefObject } from 'react';
import type { Connection } from '@/api/connection';
import type { ShareState } from '@/features/share/types';

/** What the header is given besides its status. */
export interface HeaderInput {
  connection: Connection;
  share: ShareState | null;
  exportTarget: RefObject<HTMLElement | null>;
  hideIdentifiers: boolean;
  onHideIdentifiers: (hide: boolean) => void;
}

/** What the header does, and what its menus offer on a phone (where one menu holds every action). */
export function useHeaderActions(props: HeaderInput, several: boolean) {
  const [, navigate] = useLocation();
  const session = useSessionActions();
  const actions = {
    refresh: useRefresh(props.connection),
    selectSample: (sampleId: string) => navigate(paths.sample(sampleId)),
    add: () => navigate(paths.addKey),
    compare: () => navigate(paths.compare),
    signOut: session.signOut,
    select: session.select,
  };
  const preferenceEntries = usePreferenceEntries({ withRefresh: props.connection.kind === 'api' });
  const phoneEntries: MenuEntry[] = [
    ...(props.share
      ? [
          {
            kind: 'submenu' as const,
            label: 'Share',
            icon: <Share2 size={15} aria-hidden />,
            items: shareEntries(props.share.actions, props.exportTarget),
          },
        ]
      : []),
    {
      kind: 'checkbox',
      label: 'Hide identifiers',
      checked: props.hideIdentifiers,
      onCheckedChange: props.onHideIdentifiers,
      disabled: !props.share,
    },
    ...preferenceEntries,
    { kind: 'separator' },
    { label: 'Add organization', icon: <Plus size={15} aria-hidden />, onSelect: actions.add },
    ...(several ? [{ label: 'Compare', icon: <Columns3 size={15} aria-hidden />, onSelect: actions.compare }] : []),
    { label: 'Sign out', icon: <LogOut size={15} aria-hidden />, onSelect: actions.signOut },
  ];
  return { actions, phoneEntries };
}
