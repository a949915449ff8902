import { useEffect, useRef, useState } from 'react';
import { errorContextOf, type Connection } from '@/api/connection';
import { useRefresh } from '@/api/refresh';
import { useRateLimitPause } from '@/api/use-rate-limit-pause';
import { DashboardSkeleton } from '@/components/dashboard-skeleton';
import { ErrorPanel } from '@/components/error-panel';
import { loadInteractivePartsWhenIdle } from '@/components/ui/interactive';
import { ShareFeedback } from '@/features/share/components/share-feedback';
import { ShareStateProvider } from '@/features/share/share-context';
import { useShare } from '@/features/share/use-share';
import { describeError } from '@/lib/describe-error';
import { QueryScope } from '../../query-scope';
import { useSessionActions } from '../../session-actions';
import { DashboardHeader } from './dashboard-header';
import { DashboardHeadline } from './dashboard-headline';
import { DeferredSections } from './deferred-sections';
import { RetryStatus } from './retry-status';
import { useDashboardData } from './use-dashboard-data';
import { useRejectedKey } from './use-rejected-key';

/**
 * The dashboard of one connection: the header, the headline that is shared and printed
 * (account, credits, rate limits, the billing line), and the deeper sections below it. The
 * features read their own data; this composes them, and chooses between the dashboard, its
 * error and its skeleton.
 */
function Dashboard({ connection }: { connection: Connection }) {
  const { organization: query, headlineDone, errors } = useDashboardData(connection);
  const rejected = useRejectedKey(connection, errors);
  const blockedUntil = useRateLimitPause(connection);
  const refresh = useRefresh(connection);
  const actions = useSessionActions();
  const [hideIdentifiers, setHideIdentifiers] = useState(false);
  const share = useShare({ connection, hideIdentifiers });
  const exportRef = useRef<HTMLDivElement>(null);

  // After Connect the key field is gone: focus moves to the dashboard, not to <body>.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => mainRef.current?.focus({ preventScroll: true }), []);
  // The code that is not needed for the headline (billing's sections, menus and tooltips)
  // loads once the headline is complete, off the path to it.
  useEffect(() => {
    if (headlineDone) loadInteractivePartsWhenIdle();
  }, [headlineDone]);

  const retryStatus = (
    <RetryStatus failure={query.failureReason} failureCount={query.failureCount} blockedUntil={blockedUntil} />
  );
  return (
    <div className="min-h-screen">
      <DashboardHeader
        connection={connection}
        retrying={query.data && query.failureReason ? retryStatus : null}
        share={share.state}
        exportTarget={exportRef}
        hideIdentifiers={hideIdentifiers}
        onHideIdentifiers={setHideIdentifiers}
      />
      <main
        ref={mainRef}
        tabIndex={-1}
        aria-busy={query.isPending}
        className="mx-auto max-w-7xl space-y-4 px-3 py-4 outline-none sm:px-6"
        id="dashboard"
      >
        {query.data ? (
          <ShareStateProvider value={share.state}>
            <DashboardHeadline connection={connection} hideIdentifiers={hideIdentifiers} exportRef={exportRef} />
            <DeferredSections connection={connection} hideIdentifiers={hideIdentifiers} headlineDone={headlineDone} />
          </ShareStateProvider>
        ) : query.isError && !rejected ? (
          <ErrorPanel
            view={describeError(query.error, errorContextOf(connection))}
            onRetry={refresh}
            blockedUntil={blockedUntil}
            onChangeKey={actions.signOut}
            retrying={query.isFetching}
          />
        ) : (
          <DashboardSkeleton status={retryStatus} />
        )}
      </main>
      <ShareFeedback feedback={share.feedback} />
    </div>
  );
}

/** The dashboard, with the query cache its cards read. */
export function DashboardView({ connection }: { connection: Connection }) {
  return (
    <QueryScope>
      <Dashboard connection={connection} />
    </QueryScope>
  );
}
