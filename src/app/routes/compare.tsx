import { Suspense } from 'react';
import { Redirect, useLocation } from 'wouter';
import { maskApiKey } from '@/features/session/model/api-key';
import { customAllowanceKey, useCustomAllowances } from '@/features/session/model/custom-allowances';
import { activeSession } from '@/features/session/model/workspace';
import { useWorkspace } from '@/features/session/model/use-workspace';
import { resolveAllowance } from '@/model/allowance';
import { preloadable } from '@/lib/preloadable';
import { pathOf, paths } from '../paths';

const ComparePage = preloadable(() => import('./compare-page').then((m) => m.ComparePage)).Component;

/** The connected organizations side by side; with fewer than two there is nothing to compare. */
export function CompareRoute() {
  const workspace = useWorkspace();
  const customAllowances = useCustomAllowances();
  const [, navigate] = useLocation();
  if (!workspace) return <Redirect to={paths.keyScreen} replace />;
  if (workspace.sessions.length < 2) return <Redirect to={pathOf(activeSession(workspace))} replace />;
  return (
    <Suspense fallback={<p className="p-6 text-sm text-ink-muted">Loading the comparison…</p>}>
      <ComparePage
        connections={workspace.sessions}
        subtitles={workspace.sessions.map((c) => (c.kind === 'api' ? maskApiKey(c.apiKey) : 'Sample data'))}
        allowanceOf={(org) => resolveAllowance(org.accountType, customAllowances.get(customAllowanceKey(org)) ?? null)}
        onBack={() => navigate(pathOf(activeSession(workspace)))}
      />
    </Suspense>
  );
}
