import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Settings2 } from 'lucide-react';
import { buttonClass } from '@/components/buttons';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Popover } from '@/components/Popover';
import { config } from '@/config/env';
import { SessionHeader } from '@/features/session/components/SessionHeader';
import { OrganizationSwitcher } from '@/features/session/components/OrganizationSwitcher';
import { workspaceStore, type Session, type Workspace } from '@/features/session/model/session';
import { formatTime } from '@/lib/format';
import { useNowUntil } from '@/lib/use-now';
import { ApiError, rateLimitedUntil } from '@/lib/api-error';
import { describeError, errorSentences, retryStatusText, type ErrorView } from '@/lib/describe-error';
import { useOrganization } from '@/api/get-organization';
import { ChangesNotice } from './ChangesNotice';
import { MetadataCard } from './MetadataCard';
import { TierComparisonCard } from './TierComparisonCard';
import { UsersCard } from './UsersCard';
import { useRefreshChanges } from './use-refresh-changes';
import { AccountCard } from './AccountCard';
import { CreditGaugeCard } from './CreditGaugeCard';
import { DashboardSkeleton } from './DashboardSkeleton';
import { ErrorPanel } from './ErrorPanel';
import { DASHBOARD_GRID } from './layout';
import { ProblemsNotice } from './ProblemsNotice';
import { RateLimitCard } from './RateLimitCard';
import { ExportFooter } from '@/features/share/components/ExportFooter';
import { DASHBOARD_EXPORT_ID, ShareControls } from '@/features/share/components/ShareControls';
import { ShareStateProvider } from '@/features/share/share-context';
import { DisplayControls } from '@/features/preferences/components/DisplayControls';
import { useDisplayTimeZone, useRefreshSeconds } from '@/features/preferences/model/preferences';
import { RefreshIntervalSelect } from '@/features/preferences/components/RefreshIntervalSelect';
import { useDashboardShare } from '@/features/share/use-dashboard-share';

interface DashboardProps {
  session: Session;
  /** All organizations connected in this tab (for the switcher). */
  workspace: Workspace;
  onSelect: (index: number) => void;
  onAddOrganization: () => void;
  onCompare: () => void;
  onSignOut: () => void;
  /** The key was rejected: leave the dashboard and say why on the key screen. */
  onKeyRejected: (view: ErrorView) => void;
  onSelectSample: (sampleId: string) => void;
}

/** What the skeleton says while loading: retries and the 429 countdown, ticking on its own. */
function LoadingStatus({ failure, failureCount }: { failure: unknown; failureCount: number }) {
  // Ticks while a 429 countdown runs, on a clock fine enough that "2 s" starts at 2.
  const now = useNowUntil(rateLimitedUntil(failure));
  return <>{retryStatusText(failure, failureCount, now)}</>;
}

export function Dashboard({
  session,
  workspace,
  onSelect,
  onAddOrganization,
  onCompare,
  onSignOut,
  onKeyRejected,
  onSelectSample,
}: DashboardProps) {
  const [refreshSeconds] = useRefreshSeconds();
  const query = useOrganization(session, refreshSeconds);
  const baseUrl = session.kind === 'api' ? session.baseUrl : 'sample data';
  const errorContext = useMemo(() => ({ baseUrl, proxyUrl: config.proxyUrl }), [baseUrl]);
  const rejected = query.error instanceof ApiError && query.error.kind === 'unauthorized' ? query.error : null;

  // A rejected key leaves the dashboard: App removes the key and shows why on the key screen.
  useEffect(() => {
    if (rejected) onKeyRejected(describeError(rejected, errorContext));
  }, [rejected, onKeyRejected, errorContext]);

  const snapshot = query.data;
  const changes = useRefreshChanges(snapshot);
  // The deeper sections (10,000 users, hundreds of metadata keys) render in a deferred,
  // interruptible pass after the headline, so no single task blocks the page for long.
  const depth = useDeferredValue(snapshot);
  const staleError = snapshot && query.isError ? describeError(query.error, errorContext) : null;
  const share = useDashboardShare(snapshot, session);
  const [timeZone] = useDisplayTimeZone();
  // After Connect the key field is gone: focus moves to the dashboard, not to <body>.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => mainRef.current?.focus({ preventScroll: true }), []);
  const blockedUntil = rateLimitedUntil(query.failureReason ?? query.error);
  const refetch = () => {
    if ((blockedUntil ?? 0) <= Date.now()) void query.refetch();
  };

  return (
    <div className="min-h-screen">
      <SessionHeader
        session={session}
        updatedAt={query.dataUpdatedAt}
        refreshing={query.isFetching}
        refreshBlockedUntil={blockedUntil}
        retryStatus={
          snapshot && query.failureReason ? (
            <LoadingStatus failure={query.failureReason} failureCount={query.failureCount} />
          ) : null
        }
        onRefresh={refetch}
        onSignOut={onSignOut}
        onSelectSample={onSelectSample}
      >
        <OrganizationSwitcher
          workspace={workspace}
          onSelect={onSelect}
          onAdd={onAddOrganization}
          onCompare={onCompare}
        />
        <Popover
          label="Display and refresh settings"
          triggerClassName={buttonClass.secondary}
          trigger={
            <>
              <Settings2 size={16} aria-hidden />
              Settings
            </>
          }
        >
          <DisplayControls />
          {session.kind === 'api' ? <RefreshIntervalSelect /> : null}
        </Popover>
        <ShareControls
          share={share.state}
          hideIdentifiers={share.hideIdentifiers}
          onHideIdentifiers={share.setHideIdentifiers}
          feedback={share.feedback}
        />
      </SessionHeader>
      <main
        ref={mainRef}
        tabIndex={-1}
        aria-busy={query.isPending}
        className="mx-auto max-w-7xl space-y-4 px-4 py-4 outline-none sm:px-6"
        id="dashboard"
      >
        {snapshot ? (
          <ShareStateProvider value={share.state}>
            <div id={DASHBOARD_EXPORT_ID} className="-mx-4 -mt-4 mb-0 space-y-4 bg-canvas p-4">
              {staleError ? (
                <div
                  role="alert"
                  className="rounded-xl border border-warn/50 bg-surface p-4 text-sm"
                  data-testid="stale-notice"
                >
                  <p className="font-semibold text-warn">
                    Showing data from {formatTime(new Date(query.dataUpdatedAt), undefined, timeZone)}: stale since
                    then.
                  </p>
                  <p className="mt-1">
                    The last refresh failed: {staleError.title}. {errorSentences(staleError)}
                  </p>
                </div>
              ) : null}
              {!workspaceStore.persisted() ? (
                <p role="status" className="text-sm text-warn" data-export-exclude>
                  This browser refuses sessionStorage here: the key is kept in memory only and will be forgotten on
                  reload.
                </p>
              ) : null}
              {snapshot.sample ? (
                <p className="text-sm text-ink-muted" data-testid="sample-notice">
                  Sample data: a built-in example organization, not read from Mixpeek.
                </p>
              ) : null}
              <ChangesNotice changes={changes} since={formatTime(new Date(query.dataUpdatedAt), undefined, timeZone)} />
              <ProblemsNotice problems={snapshot.organization.problems} raw={snapshot.raw} />
              <div className={DASHBOARD_GRID}>
                <ErrorBoundary name="The account card" resetKey={snapshot}>
                  <AccountCard org={snapshot.organization} hideIdentifiers={share.hideIdentifiers} />
                </ErrorBoundary>
                <ErrorBoundary name="The credit gauge" resetKey={snapshot}>
                  <CreditGaugeCard org={snapshot.organization} />
                </ErrorBoundary>
                <div className="lg:col-span-2 print:col-span-2">
                  <ErrorBoundary name="The rate-limit chart" resetKey={snapshot}>
                    <RateLimitCard org={snapshot.organization} />
                  </ErrorBoundary>
                </div>
              </div>
              <ExportFooter scope="dashboard" />
            </div>
            {/* The deeper sections: below the headline view that is shared and printed. */}
            {depth ? (
              <div className="space-y-4 print:hidden" data-testid="depth-sections">
                <ErrorBoundary name="The users table" resetKey={depth}>
                  <UsersCard users={depth.organization.users} hideIdentifiers={share.hideIdentifiers} />
                </ErrorBoundary>
                <div className={DASHBOARD_GRID}>
                  <ErrorBoundary name="The metadata" resetKey={depth}>
                    <MetadataCard metadata={depth.organization.metadata} />
                  </ErrorBoundary>
                  <ErrorBoundary name="The tier comparison" resetKey={depth}>
                    <TierComparisonCard org={depth.organization} />
                  </ErrorBoundary>
                </div>
              </div>
            ) : null}
          </ShareStateProvider>
        ) : query.isError && !rejected ? (
          <ErrorPanel
            view={describeError(query.error, errorContext)}
            onRetry={refetch}
            blockedUntil={blockedUntil}
            onChangeKey={onSignOut}
            retrying={query.isFetching}
          />
        ) : (
          <DashboardSkeleton
            status={<LoadingStatus failure={query.failureReason} failureCount={query.failureCount} />}
          />
        )}
      </main>
    </div>
  );
}
