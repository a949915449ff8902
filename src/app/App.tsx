import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { organizationKeys } from '@/api/query-keys';
import { errorSentences, type ErrorView } from '@/lib/describe-error';
import { preloadCharts } from '@/features/organization/components/lazy-charts';
import { clearCustomAllowances } from '@/features/organization/model/custom-allowance';
import { KeyScreen } from '@/features/session/components/KeyScreen';
import { preloadable } from '@/lib/preloadable';
import {
  activeSession,
  useWorkspace,
  withoutActive,
  withSample,
  withSession,
  workspaceStore,
  type Session,
} from '@/features/session/model/session';

// The dashboard (fetcher, validator, cards) is a chunk of its own, so the first screen needs
// only the key screen's code; it starts loading at once, in parallel, like the charts.
const dashboard = preloadable(() => import('@/features/organization/components/Dashboard').then((m) => m.Dashboard));
const comparison = preloadable(() =>
  import('@/features/organization/components/ComparisonView').then((m) => m.ComparisonView),
);
const Dashboard = dashboard.Component;
const ComparisonView = comparison.Component;

/**
 * Starts loading the dashboard's code and its charts'; resolves when the dashboard's is here.
 * The charts need not be: until theirs arrives they hold their place with a placeholder.
 */
export function preloadDashboard() {
  void preloadCharts();
  return dashboard.preload();
}

function Loading() {
  return <p className="p-6 text-sm text-ink-muted">Loading the dashboard…</p>;
}

interface KeyScreenState {
  notice: { title: string; message: string } | null;
  baseUrl?: string;
}

/**
 * The key screen until a key is connected; then the dashboard, the key screen to add another,
 * or the comparison. `initialNotice`: what the key screen says first (a link to a missing sample).
 */
export function App({ initialNotice = null }: { initialNotice?: KeyScreenState['notice'] }) {
  // The chart code starts loading with the app (on the key screen, or beside the request
  // when a reload restores a session), so it never waits behind the organization.
  useEffect(() => {
    void preloadDashboard();
  }, []);
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [keyScreen, setKeyScreen] = useState<KeyScreenState>({ notice: initialNotice });
  const [view, setView] = useState<'dashboard' | 'add-key' | 'compare'>('dashboard');

  const connect = useCallback((next: Session) => {
    setKeyScreen({ notice: null });
    setView('dashboard');
    workspaceStore.set(withSession(workspaceStore.get(), next));
  }, []);

  const signOut = useCallback(() => {
    const current = workspaceStore.get();
    const shown = current ? activeSession(current) : null;
    workspaceStore.set(null);
    clearCustomAllowances();
    queryClient.clear();
    setView('dashboard');
    // The API base URL is not a secret: keep it for the next key, so a custom one is not retyped.
    setKeyScreen({ notice: null, ...(shown?.kind === 'api' ? { baseUrl: shown.baseUrl } : {}) });
  }, [queryClient]);

  // A rejected key is removed (and only that one); the key screen says why.
  const keyRejected = useCallback(
    (view: ErrorView) => {
      const current = workspaceStore.get();
      if (!current) return;
      const rejected = activeSession(current);
      workspaceStore.set(withoutActive(current));
      queryClient.removeQueries({ queryKey: organizationKeys.forSession(rejected) });
      setView('add-key');
      setKeyScreen({
        notice: { title: view.title, message: errorSentences(view) },
        ...(rejected.kind === 'api' ? { baseUrl: rejected.baseUrl } : {}),
      });
    },
    [queryClient],
  );

  if (!workspace || view === 'add-key') {
    return (
      <KeyScreen
        onConnect={connect}
        notice={keyScreen.notice}
        initialBaseUrl={keyScreen.baseUrl}
        onCancel={workspace ? () => setView('dashboard') : undefined}
      />
    );
  }
  if (view === 'compare' && workspace.sessions.length > 1) {
    return (
      <Suspense fallback={<Loading />}>
        <ComparisonView sessions={workspace.sessions} onBack={() => setView('dashboard')} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Dashboard
        session={activeSession(workspace)}
        workspace={workspace}
        onSelect={(active) => workspaceStore.set({ ...workspace, active })}
        onAddOrganization={() => {
          setKeyScreen({ notice: null });
          setView('add-key');
        }}
        onCompare={() => setView('compare')}
        onSignOut={signOut}
        onKeyRejected={keyRejected}
        onSelectSample={(sampleId) => workspaceStore.set(withSample(workspace, sampleId))}
      />
    </Suspense>
  );
}
