import { Suspense, useEffect } from 'react';
import { Redirect } from 'wouter';
import { activeSession, withSample, workspaceStore } from '@/features/session/model/workspace';
import { useWorkspace } from '@/features/session/model/use-workspace';
import { preloadable } from '@/lib/preloadable';
import { findSample } from '@/samples/sample-organizations';
import { paths } from '../../paths';
import { unknownSampleNotice } from '../key-screen-route';

// The dashboard (its cards, the validator, sharing) is a chunk of its own, so the key screen
// needs only its own code; it starts loading at once, in parallel, like the charts.
const dashboardView = preloadable(() => import('./dashboard-view').then((m) => m.DashboardView));
const DashboardView = dashboardView.Component;
export const preloadDashboardView = dashboardView.preload;

function Loading() {
  return <p className="p-6 text-sm text-ink-muted">Loading the dashboard…</p>;
}

/** The organization of the key on screen; a sample on screen has its own page. */
export function DashboardRoute() {
  const workspace = useWorkspace();
  if (!workspace) return <Redirect to={paths.keyScreen} replace />;
  const connection = activeSession(workspace);
  if (connection.kind === 'sample') return <Redirect to={paths.sample(connection.sampleId)} replace />;
  return (
    <Suspense fallback={<Loading />}>
      <DashboardView connection={connection} />
    </Suspense>
  );
}

/**
 * A sample organization's page (/sample/<id>/, prerendered by the build). It is stored as
 * the workspace's sample connection, so the switcher, Compare and a reload keep it.
 */
export function SampleRoute({ sampleId }: { sampleId: string }) {
  const workspace = useWorkspace();
  const known = findSample(sampleId) !== undefined;
  const active = workspace ? activeSession(workspace) : null;
  const shown = active?.kind === 'sample' && active.sampleId === sampleId;
  useEffect(() => {
    if (known && !shown) workspaceStore.set(withSample(workspaceStore.get(), sampleId));
  }, [known, shown, sampleId]);
  if (!known) return <Redirect to={paths.keyScreen} replace state={{ notice: unknownSampleNotice(sampleId) }} />;
  return (
    <Suspense fallback={<Loading />}>
      <DashboardView connection={{ kind: 'sample', sampleId }} />
    </Suspense>
  );
}
