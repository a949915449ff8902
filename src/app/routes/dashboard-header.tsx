import { Columns3, LogOut, MoreVertical, Plus, Settings2, Share2 } from 'lucide-react';
import type { ReactNode, RefObject } from 'react';
import type { Connection } from '@/api/connection';
import { RelativeTime } from '@/components/relative-time';
import { Button, buttonClass } from '@/components/ui/button';
import { Menu, type MenuEntry } from '@/components/ui/menu';
import { Popover } from '@/components/ui/popover';
import { Switch } from '@/components/ui/switch';
import { assetUrl } from '@/config/base';
import { DisplayControls } from '@/features/preferences/components/display-controls';
import { usePreferenceEntries } from '@/features/preferences/components/preference-entries';
import { RefreshIntervalSelect } from '@/features/preferences/components/refresh-interval-select';
import { OrganizationSwitcher } from '@/features/session/components/organization-switcher';
import { RefreshButton } from '@/features/session/components/refresh-button';
import { SessionIdentity } from '@/features/session/components/session-identity';
import type { Workspace } from '@/features/session/model/workspace';
import { shareEntries } from '@/features/share/components/share-entries';
import { ShareMenu } from '@/features/share/components/share-menu';
import type { ShareState } from '@/features/share/share-context';

interface DashboardHeaderProps {
  connection: Connection;
  workspace: Workspace;
  /** One label per connected organization (the switcher's options). */
  labels: readonly string[];
  /** What the status line says: how fresh the data is, or the retries. */
  status: { updatedAt: number; refreshing: boolean; retrying: ReactNode | null };
  refreshBlockedUntil: number | null;
  share: ShareState | null;
  exportTarget: RefObject<HTMLElement | null>;
  hideIdentifiers: boolean;
  onHideIdentifiers: (hide: boolean) => void;
  onRefresh: () => void;
  onSelect: (index: number) => void;
  onSelectSample: (sampleId: string) => void;
  onAdd: () => void;
  onCompare: () => void;
  onSignOut: () => void;
}

function StatusText({ status }: { status: DashboardHeaderProps['status'] }) {
  if (status.refreshing) return <>{status.retrying ?? (status.updatedAt > 0 ? 'Refreshing…' : 'Loading…')}</>;
  if (status.updatedAt > 0) {
    return (
      <>
        Updated <RelativeTime date={new Date(status.updatedAt)} />
      </>
    );
  }
  return <>Not loaded yet</>;
}

/**
 * Who is signed in, against which API, how fresh the data is, and the actions. Its contents
 * are the same while loading and once loaded (the share controls are there, disabled, from
 * the start), so nothing moves when data arrives. Under 640 px it is one compact bar: the
 * organization, Refresh, and one menu holding every other action.
 */
export function DashboardHeader(props: DashboardHeaderProps) {
  const { connection, workspace, labels, share, hideIdentifiers } = props;
  const several = workspace.sessions.length > 1;
  const preferenceEntries = usePreferenceEntries({ withRefresh: connection.kind === 'api' });
  const phoneEntries: MenuEntry[] = [
    ...(share
      ? [
          {
            kind: 'submenu' as const,
            label: 'Share',
            icon: <Share2 size={15} aria-hidden />,
            items: shareEntries(share.actions, props.exportTarget),
          },
        ]
      : []),
    {
      kind: 'checkbox',
      label: 'Hide identifiers',
      checked: hideIdentifiers,
      onCheckedChange: props.onHideIdentifiers,
      disabled: !share,
    },
    ...preferenceEntries,
    { kind: 'separator' },
    { label: 'Add organization', icon: <Plus size={15} aria-hidden />, onSelect: props.onAdd },
    ...(several ? [{ label: 'Compare', icon: <Columns3 size={15} aria-hidden />, onSelect: props.onCompare }] : []),
    { label: 'Sign out', icon: <LogOut size={15} aria-hidden />, onSelect: props.onSignOut },
  ];

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-7xl px-3 py-2 sm:px-6 sm:py-2.5">
        <div className="flex items-center gap-x-3 gap-y-2 sm:flex-wrap sm:gap-x-4">
          <div className="flex shrink-0 items-center gap-2">
            <img src={assetUrl('favicon.svg')} alt="" width={24} height={24} />
            <p className="font-semibold max-sm:sr-only">Mixpeek account dashboard</p>
          </div>
          <div
            className={`min-w-0 flex-1 sm:order-last sm:basis-full lg:order-none lg:basis-auto ${several && connection.kind === 'api' ? 'max-sm:hidden' : ''}`}
          >
            <SessionIdentity connection={connection} onSelectSample={props.onSelectSample} />
          </div>
          <OrganizationSwitcher workspace={workspace} labels={labels} onSelect={props.onSelect} />
          <div className="ml-auto flex items-center gap-2 max-sm:hidden" data-export-exclude>
            {several ? (
              <Button onClick={props.onCompare}>
                <Columns3 size={16} aria-hidden />
                Compare
              </Button>
            ) : null}
            <Button onClick={props.onAdd}>
              <Plus size={16} aria-hidden />
              Add organization
            </Button>
            <Button onClick={props.onSignOut}>
              <LogOut size={16} aria-hidden />
              Sign out
            </Button>
          </div>
          <div className="flex shrink-0 items-center gap-1 sm:hidden" data-export-exclude>
            <RefreshButton
              compact
              refreshing={props.status.refreshing}
              blockedUntil={props.refreshBlockedUntil}
              onRefresh={props.onRefresh}
            />
            <Menu
              label="Actions"
              trigger={<MoreVertical size={18} aria-hidden />}
              triggerClassName={buttonClass('icon')}
              items={phoneEntries}
            />
          </div>
        </div>
        <div className="mt-1 flex items-center gap-2 sm:mt-1.5 sm:flex-wrap">
          <span className="min-w-0 flex-1 truncate text-xs text-ink-muted tabular sm:text-sm" data-testid="updated-ago">
            <StatusText status={props.status} />
          </span>
          <div className="flex items-center gap-2 max-sm:hidden" data-export-exclude>
            <Switch
              label="Hide identifiers"
              checked={hideIdentifiers}
              disabled={!share}
              onChange={props.onHideIdentifiers}
            />
            <Popover
              label="Display and refresh settings"
              triggerClassName={buttonClass('secondary')}
              trigger={
                <>
                  <Settings2 size={16} aria-hidden />
                  Settings
                </>
              }
            >
              <DisplayControls />
              {connection.kind === 'api' ? <RefreshIntervalSelect /> : null}
            </Popover>
            <ShareMenu share={share} target={props.exportTarget} />
            <RefreshButton
              refreshing={props.status.refreshing}
              blockedUntil={props.refreshBlockedUntil}
              onRefresh={props.onRefresh}
            />
          </div>
        </div>
      </div>
    </header>
  );
}
