import { Redirect, Route, Router, Switch } from 'wouter';
import { BASE_PATH } from '@/config/base';
import { paths, SAMPLE_PATH } from './paths';
import { CompareRoute } from './routes/compare/compare-route';
import { DashboardRoute, SampleRoute } from './routes/dashboard/dashboard-route';
import { AddKeyRoute, KeyScreenRoute } from './routes/key-screen-route';

/** Decodes a sample id from the address; a malformed escape is an id no sample has. */
function sampleIdOf(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return raw ?? '';
  }
}

/** The app's views as URLs, under the base the app was built for. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path={paths.keyScreen}>
        <KeyScreenRoute />
      </Route>
      <Route path={paths.addKey}>
        <AddKeyRoute />
      </Route>
      <Route path={paths.dashboard}>
        <DashboardRoute />
      </Route>
      <Route path={paths.compare}>
        <CompareRoute />
      </Route>
      <Route path={SAMPLE_PATH}>{(params) => <SampleRoute sampleId={sampleIdOf(params[0])} />}</Route>
      <Route>
        <Redirect to={paths.keyScreen} replace />
      </Route>
    </Switch>
  );
}

/** `ssrPath`: the page being prerendered (the build's sample pages); the browser's address otherwise. */
export function AppRouter({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router base={BASE_PATH.replace(/\/$/, '')} {...(ssrPath ? { ssrPath } : {})}>
      <AppRoutes />
    </Router>
  );
}
