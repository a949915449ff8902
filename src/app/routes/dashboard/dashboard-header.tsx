import { Columns3, LogOut, MoreVertical, Plus, Settings2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { organizationEndpoint } from '@/api/endpoints';
import { useRateLimitPause } from '@/api/use-rate-limit-pause';
import { RelativeTime } from '@/components/relative-time';
import { Button, buttonClass } from '@/components/ui/button';
import { Menu } from '@/components/ui/menu';
import { Popover } from '@/components/ui/popover';
import { Switch } from '@/components/ui/switch';
import { assetUrl } from '@/config/base';
import { DisplayControls } from '@/features/preferences/components/display-controls';
import { RefreshIntervalSelect } from '@/features/preferences/components/refresh-interval-select';
import { OrganizationSwitcher } from '@/features/session/components/organization-switcher';
import { RefreshButton } from '@/features/session/components/refresh-button';
import { SessionIdentity } from '@/features/session/components/session-identity';
import { useWorkspace } from '@/features/session/model/use-workspace';
import type { Workspace } from '@/features/session/model/workspace';
import { ShareMenu } from '@/features/share/components/share-menu';
import { useConnectionLabels } from './use-connection-labels';
import { useHeaderActions, type HeaderInput } from './use-header-actions';

interface DashboardHeaderProps extends HeaderInput {
  /** What the status line says while retrying over shown data (the 429 countdown, the attempt). */
  retrying: ReactNode | null;
}

interface Status {
  updatedAt: number;
  refreshing: boolean;
  retrying: ReactNode | null;
}

function StatusText({ status }: { status: Status }) {
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
  const { connection, share, hideIdentifiers } = props;
  // A sample page is shown before its connection is stored (see SampleRoute).
  const workspace: Workspace = useWorkspace() ?? { sessions: [connection], active: 0 };
  const labels = useConnectionLabels(workspace.sessions);
  const query = organizationEndpoint.useQuery(connection);
  const status: Status = { updatedAt: query.dataUpdatedAt, refreshing: query.isFetching, retrying: props.retrying };
  const blockedUntil = useRateLimitPause(connection);
  const several = workspace.sessions.length > 1;
  const { actions, phoneEntries } = useHeaderActions(props, several);

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
            <SessionIdentity connection={connection} onSelectSample={actions.selectSample} />
          </div>
          <OrganizationSwitcher
            workspace={workspace}
            labels={labels}
            onSelect={(index) => actions.select(workspace, index)}
          />
          <div className="ml-auto flex items-center gap-2 max-sm:hidden" data-export-exclude>
            {several ? (
              <Button onClick={actions.compare}>
                <Columns3 size={16} aria-hidden />
                Compare
              </Button>
            ) : null}
            <Button onClick={actions.add}>
              <Plus size={16} aria-hidden />
              Add organization
            </Button>
            <Button onClick={actions.signOut}>
              <LogOut size={16} aria-hidden />
              Sign out
            </Button>
          </div>
          <div className="flex shrink-0 items-center gap-1 sm:hidden" data-export-exclude>
            <RefreshButton
              compact
              refreshing={status.refreshing}
              blockedUntil={blockedUntil}
              onRefresh={actions.refresh}
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
            <StatusText status={status} />
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
            <RefreshButton refreshing={status.refreshing} blockedUntil={blockedUntil} onRefresh={actions.refresh} />
          </div>
        </div>
      </div>
    </header>
  );
}
