import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRouter } from './app/router';
import { preloadDashboardView } from './app/routes/dashboard/dashboard-route';
import { applyDisplayChoices, captureTypedInput, isPrerenderedKeyScreen } from './app/takeover';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The dashboard's code starts loading at once, in parallel with the key screen and with the
// API's answer, never after it.
const dashboardCode = preloadDashboardView();

const app = (
  <StrictMode>
    <AppRouter />
  </StrictMode>
);

if (isPrerenderedKeyScreen(root) && document.documentElement.dataset.keyScreen !== 'hidden') {
  // index.html's key screen, on screen: hydrated, not replaced. The markup stays (nothing is
  // painted anew, so the largest paint stays the first one), and what was typed, opened or
  // focused there goes on as it was (React replays input typed before it took over).
  captureTypedInput(root);
  applyDisplayChoices(root);
  hydrateRoot(root, app);
} else {
  // index.html's key screen where another view shows (hidden since the first paint) goes.
  if (isPrerenderedKeyScreen(root)) {
    root.replaceChildren();
    delete root.dataset.prerendered;
  }
  // A transition: the first render yields to the browser instead of blocking it in one task.
  const render = () => startTransition(() => createRoot(root).render(app));
  // A prerendered sample page already shows its dashboard: render once the dashboard's code
  // is here, so the live render replaces the markup in one step instead of flashing "Loading".
  if (root.hasChildNodes()) void dashboardCode.then(render, render);
  else render();
}
