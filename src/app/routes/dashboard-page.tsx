import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useBalance } from '@/api/billing/get-balance';
import { useInvoices } from '@/api/billing/get-invoices';
import { usePaymentMethod } from '@/api/billing/get-payment-method';
import { useSpendingCaps } from '@/api/billing/get-spending-caps';
import { useUsageCurrent } from '@/api/billing/get-usage-current';
import type { Connection } from '@/api/connection';
import { organizationQueryOptions, useOrganization } from '@/api/get-organization';
import { queryKeys } from '@/api/query-keys';
import { useRateLimitPause } from '@/api/use-rate-limit-pause';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorPanel } from '@/components/error-panel';
import { CardExtrasProvider, type CardExtras } from '@/components/ui/card';
import { loadInteractivePartsWhenIdle } from '@/components/ui/interactive';
import { config } from '@/config/env';
import { AccountCard } from '@/features/account/components/account-card';
import { ChangesNotice } from '@/features/account/components/changes-notice';
import { CreditGaugeCard } from '@/features/account/components/credit-gauge-card';
import { DashboardSkeleton } from '@/features/account/components/dashboard-skeleton';
import { DASHBOARD_GRID } from '@/features/account/components/layout';
import { MetadataCard } from '@/features/account/components/metadata-card';
import { ProblemsNotice } from '@/features/account/components/problems-notice';
import { RateLimitCard } from '@/features/account/components/rate-limit-card';
import { TierComparisonCard } from '@/features/account/components/tier-comparison-card';
import { UsersCard } from '@/features/account/components/users-card';
import { BillingHeadline } from '@/features/billing/components/billing-headline';
import { useRefreshChanges } from '@/features/account/components/use-refresh-changes';
import { maskApiKey } from '@/features/session/model/api-key';
import {
  customAllowanceKey,
  setCustomAllowance,
  useCustomAllowances,
} from '@/features/session/model/custom-allowances';
import { type Workspace } from '@/features/session/model/workspace';
import { useWorkspace, useWorkspacePersisted } from '@/features/session/model/use-workspace';
import { CardExportMenu } from '@/features/share/components/card-export-menu';
import { ExportFooter } from '@/features/share/components/export-footer';
import { ShareFeedback } from '@/features/share/components/share-feedback';
import { buildShareFacts } from '@/features/share/model/share-facts';
import { ShareStateProvider } from '@/features/share/share-context';
import { useShare } from '@/features/share/use-share';
import { ApiError } from '@/lib/api-error';
import { describeError, errorSentences, retryStatusText } from '@/lib/describe-error';
import { formatTime } from '@/lib/format';
import { useDisplayTimeZone, useRefreshSeconds } from '@/lib/preferences';
import { preloadable } from '@/lib/preloadable';
import { useNow, useNowUntil } from '@/lib/use-now';
import { allowanceAmount, resolveAllowance } from '@/model/allowance';
import { findTier } from '@/model/tiers';
import { paths } from '../paths';
import { QueryScope } from '../query-scope';
import { useSessionActions } from '../session-actions';
import { DashboardHeader } from './dashboard-header';

// Billing's cards are below the headline: their code loads once the headline is drawn (a
// prerendered page has it at once, so the live render matches it without suspending).
const billingSection = preloadable(() =>
  import('@/features/billing/components/billing-section').then((m) => m.default),
);
const BillingSection = billingSection.Component;

/** Every headline card gets its export menu and the footer its exported image carries. */
const CARD_EXTRAS: CardExtras = { Actions: CardExportMenu, footer: <ExportFooter scope="card" /> };

/** What the skeleton and the header say while retrying: the 429 countdown, or which attempt is next. */
function RetryStatus({
  failure,
  failureCount,
  blockedUntil,
}: {
  failure: unknown;
  failureCount: number;
  blockedUntil: number | null;
}) {
  // Ticks while a 429 countdown runs, on a clock fine enough that "2 s" starts at 2.
  const now = useNowUntil(blockedUntil);
  return <>{retryStatusText(failure, failureCount, now)}</>;
}

/** The switcher's labels: each organization's name once loaded, with its masked key; the masked key alone before. */
function useConnectionLabels(connections: readonly Connection[]): string[] {
  const names = useQueries({
    queries: connections.map((connection) => ({
      ...organizationQueryOptions(connection),
      enabled: false, // reads what the cache has; only the organization on screen is fetched
      select: (snapshot: { organization: { organizationName: string | null } }) =>
        snapshot.organization.organizationName,
    })),
  });
  return connections.map((connection, i) => {
    const who = connection.kind === 'api' ? maskApiKey(connection.apiKey) : 'sample data';
    const name = names[i]?.data;
    return name ? `${name} (${who})` : who;
  });
}

/**
 * The dashboard of one connection: the header, the headline that is shared and printed
 * (account, credits, rate limits), and the deeper sections below it. This is where the
 * features meet: each card gets its data and callbacks from here.
 */
const billingLoading = (
  <p className="text-sm text-ink-muted" data-testid="billing-section-loading">
    Loading billing…
  </p>
);

function DashboardView({ connection }: { connection: Connection }) {
  const stored = useWorkspace();
  // A sample page is shown before its connection is stored (see SampleRoute).
  const workspace: Workspace = stored ?? { sessions: [connection], active: 0 };
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const actions = useSessionActions();
  const [refreshSeconds] = useRefreshSeconds();
  const [timeZone] = useDisplayTimeZone();
  const persisted = useWorkspacePersisted();
  // Every endpoint's request starts in this render, together: billing never waits for the organization.
  const query = useOrganization(connection, refreshSeconds);
  const billing = {
    balance: useBalance(connection, refreshSeconds),
    usage: useUsageCurrent(connection, refreshSeconds),
    invoices: useInvoices(connection, refreshSeconds),
    spendingCaps: useSpendingCaps(connection, refreshSeconds),
    paymentMethod: usePaymentMethod(connection, refreshSeconds),
  };
  const blockedUntil = useRateLimitPause(connection);
  // Billing periods and runways are about today: the clock they read moves on once a minute.
  const minute = useNow(60_000);
  const now = useMemo(() => new Date(minute), [minute]);
  const labels = useConnectionLabels(workspace.sessions);
  const [hideIdentifiers, setHideIdentifiers] = useState(false);

  const baseUrl = connection.kind === 'api' ? connection.baseUrl : 'sample data';
  const errorContext = useMemo(() => ({ baseUrl, proxyUrl: config.proxyUrl }), [baseUrl]);
  // A 401 from any endpoint means the key is rejected.
  const rejected =
    [query, ...Object.values(billing)]
      .map((q) => q.error)
      .find((error): error is ApiError => error instanceof ApiError && error.kind === 'unauthorized') ?? null;
  useEffect(() => {
    if (rejected) {
      const view = describeError(rejected, errorContext);
      actions.rejectKey(connection, { title: view.title, message: errorSentences(view) });
    }
    // `actions` is rebuilt each render; the rejection itself is what counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rejected, connection, errorContext]);

  const snapshot = query.data;
  const org = snapshot?.organization ?? null;
  const changes = useRefreshChanges(snapshot);
  // The deeper sections (10,000 users, hundreds of metadata keys, billing's code) render in a
  // deferred, interruptible pass after the headline, so no single task blocks the page for
  // long and nothing below the headline loads before it: on the first render while their code
  // is not here yet (a page that prerenders the headline shows none of them), at once once it is.
  const depth = useDeferredValue(snapshot, billingSection.isLoaded() ? undefined : null);
  const customAllowances = useCustomAllowances();
  const allowanceKey = org ? customAllowanceKey(org) : '';
  const customAllowance = org ? (customAllowances.get(allowanceKey) ?? null) : null;
  const allowance = useMemo(
    () => resolveAllowance(org?.accountType ?? null, customAllowance),
    [org?.accountType, customAllowance],
  );

  const exportRef = useRef<HTMLDivElement>(null);
  const share = useShare({
    factsAt: org
      ? (capturedAt) =>
          buildShareFacts({
            org,
            allowance,
            sample: connection.kind === 'sample',
            apiBaseUrl: connection.kind === 'api' ? connection.baseUrl : '',
            capturedAt,
            hideIdentifiers,
            timeZone,
            billing: {
              usage: billing.usage.data?.value ?? null,
              balance: billing.balance.data?.value ?? null,
              invoices: billing.invoices.data?.value ?? null,
              spendingCaps: billing.spendingCaps.data?.value ?? null,
              paymentMethod: billing.paymentMethod.data?.value ?? null,
            },
          })
      : null,
    organizationId: org?.organizationId ?? null,
    hideIdentifiers,
  });

  // After Connect the key field is gone: focus moves to the dashboard, not to <body>.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => mainRef.current?.focus({ preventScroll: true }), []);
  // The code that is not needed for the headline (billing's sections, menus and tooltips)
  // loads once the headline is complete, off the path to it.
  const headlineDone = !query.isPending && !billing.usage.isPending && !billing.balance.isPending;
  useEffect(() => {
    if (headlineDone) loadInteractivePartsWhenIdle();
  }, [headlineDone]);

  const refresh = () => {
    if ((blockedUntil ?? 0) <= Date.now())
      void queryClient.refetchQueries({ queryKey: queryKeys.connection(connection) });
  };
  const staleError = snapshot && query.isError ? describeError(query.error, errorContext) : null;
  const updatedAt = formatTime(new Date(query.dataUpdatedAt), undefined, timeZone);

  return (
    <div className="min-h-screen">
      <DashboardHeader
        connection={connection}
        workspace={workspace}
        labels={labels}
        status={{
          updatedAt: query.dataUpdatedAt,
          refreshing: query.isFetching,
          retrying:
            snapshot && query.failureReason ? (
              <RetryStatus
                failure={query.failureReason}
                failureCount={query.failureCount}
                blockedUntil={blockedUntil}
              />
            ) : null,
        }}
        refreshBlockedUntil={blockedUntil}
        share={share.state}
        exportTarget={exportRef}
        hideIdentifiers={hideIdentifiers}
        onHideIdentifiers={setHideIdentifiers}
        onRefresh={refresh}
        onSelect={(index) => actions.select(workspace, index)}
        onSelectSample={(sampleId) => navigate(paths.sample(sampleId))}
        onAdd={() => navigate(paths.addKey)}
        onCompare={() => navigate(paths.compare)}
        onSignOut={actions.signOut}
      />
      <main
        ref={mainRef}
        tabIndex={-1}
        aria-busy={query.isPending}
        className="mx-auto max-w-7xl space-y-4 px-3 py-4 outline-none sm:px-6"
        id="dashboard"
      >
        {snapshot && org ? (
          <ShareStateProvider value={share.state}>
            <CardExtrasProvider value={CARD_EXTRAS}>
              <div
                ref={exportRef}
                id="dashboard-export"
                className="-mx-3 -mt-4 mb-0 space-y-4 bg-canvas p-3 pt-4 sm:-mx-4 sm:p-4"
              >
                {staleError ? (
                  <div
                    role="alert"
                    className="rounded-xl border border-warn/50 bg-surface p-4 text-sm"
                    data-testid="stale-notice"
                  >
                    <p className="font-semibold text-warn">Showing data from {updatedAt}: stale since then.</p>
                    <p className="mt-1 break-words">
                      The last refresh failed: {staleError.title}. {errorSentences(staleError)}
                    </p>
                  </div>
                ) : null}
                {!persisted ? (
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
                <BillingHeadline
                  usage={billing.usage}
                  balance={billing.balance}
                  autoBillingEnabled={org.autoBillingEnabled}
                  now={now}
                />
                <ChangesNotice changes={changes} since={updatedAt} />
                <ProblemsNotice problems={org.problems} raw={snapshot.raw} />
                <div className={DASHBOARD_GRID}>
                  <ErrorBoundary name="The account card" resetKey={snapshot}>
                    <AccountCard org={org} hideIdentifiers={hideIdentifiers} />
                  </ErrorBoundary>
                  <ErrorBoundary name="The credit gauge" resetKey={snapshot}>
                    <CreditGaugeCard
                      balance={org.creditCount}
                      allowance={allowance}
                      customAllowance={customAllowance}
                      onCustomAllowanceChange={(amount) => setCustomAllowance(allowanceKey, amount)}
                    />
                  </ErrorBoundary>
                  <div className="min-w-0 lg:col-span-2 print:col-span-2">
                    <ErrorBoundary name="The rate-limit chart" resetKey={snapshot}>
                      <RateLimitCard rateLimits={org.rateLimits} />
                    </ErrorBoundary>
                  </div>
                </div>
                <ExportFooter scope="dashboard" />
              </div>
            </CardExtrasProvider>
            {/* The deeper sections: below the headline view that is shared and printed. */}
            {depth ? (
              <div className="below-fold space-y-4 print:hidden" data-testid="depth-sections">
                <Suspense fallback={billingLoading}>
                  {headlineDone ? (
                    <BillingSection
                      connection={connection}
                      queries={billing}
                      organization={{
                        autoBillingEnabled: depth.organization.autoBillingEnabled,
                        billingCycleStart: depth.organization.billingCycleStart,
                        currentMonthUsage: depth.organization.currentMonthUsage,
                        createdAt: depth.organization.createdAt,
                      }}
                      allowance={allowanceAmount(allowance)}
                      tierLabel={findTier(depth.organization.accountType)?.label ?? null}
                      hideIdentifiers={hideIdentifiers}
                      refreshSeconds={refreshSeconds}
                      errorContext={errorContext}
                      onRetry={refresh}
                      blockedUntil={blockedUntil}
                      now={now}
                    />
                  ) : (
                    billingLoading
                  )}
                </Suspense>
                <ErrorBoundary name="The users table" resetKey={depth}>
                  <UsersCard users={depth.organization.users} hideIdentifiers={hideIdentifiers} />
                </ErrorBoundary>
                <div className={DASHBOARD_GRID}>
                  <ErrorBoundary name="The metadata" resetKey={depth}>
                    <MetadataCard metadata={depth.organization.metadata} />
                  </ErrorBoundary>
                  <ErrorBoundary name="The tier comparison" resetKey={depth}>
                    <TierComparisonCard
                      accountType={depth.organization.accountType}
                      balance={depth.organization.creditCount}
                      allowance={allowance}
                    />
                  </ErrorBoundary>
                </div>
              </div>
            ) : null}
          </ShareStateProvider>
        ) : query.isError && !rejected ? (
          <ErrorPanel
            view={describeError(query.error, errorContext)}
            onRetry={refresh}
            blockedUntil={blockedUntil}
            onChangeKey={actions.signOut}
            retrying={query.isFetching}
          />
        ) : (
          <DashboardSkeleton
            status={
              <RetryStatus
                failure={query.failureReason}
                failureCount={query.failureCount}
                blockedUntil={blockedUntil}
              />
            }
          />
        )}
      </main>
      <ShareFeedback feedback={share.feedback} />
    </div>
  );
}

/** The dashboard, with the query cache its cards read. */
export function DashboardPage({ connection }: { connection: Connection }) {
  return (
    <QueryScope>
      <DashboardView connection={connection} />
    </QueryScope>
  );
}
