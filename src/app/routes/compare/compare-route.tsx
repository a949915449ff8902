import { Suspense } from 'react';
import { Redirect, useLocation } from 'wouter';
import { maskApiKey } from '@/features/session/model/api-key';
import { activeSession } from '@/features/session/model/workspace';
import { useWorkspace } from '@/features/session/model/use-workspace';
import { preloadable } from '@/lib/preloadable';
import { pathOf, paths } from '../../paths';

const CompareView = preloadable(() => import('./compare-view').then((m) => m.CompareView)).Component;

/** The connected organizations side by side; with fewer than two there is nothing to compare. */
export function CompareRoute() {
  const workspace = useWorkspace();
  const [, navigate] = useLocation();
  if (!workspace) return <Redirect to={paths.keyScreen} replace />;
  if (workspace.sessions.length < 2) return <Redirect to={pathOf(activeSession(workspace))} replace />;
  return (
    <Suspense fallback={<p className="p-6 text-sm text-ink-muted">Loading the comparison…</p>}>
      <CompareView
        connections={workspace.sessions}
        subtitles={workspace.sessions.map((c) => (c.kind === 'api' ? maskApiKey(c.apiKey) : 'Sample data'))}
        onBack={() => navigate(pathOf(activeSession(workspace)))}
      />
    </Suspense>
  );
}
