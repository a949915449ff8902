import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app/router';
import { preloadDashboardPage, preloadWholeDashboard } from './app/routes/dashboard';
import { captureTypedInput, isPrerenderedKeyScreen } from './app/takeover';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The dashboard's code starts loading at once, in parallel with the key screen and with the
// API's answer, never after it.
void preloadDashboardPage();

const app = (
  <StrictMode>
    <AppRouter />
  </StrictMode>
);

if (isPrerenderedKeyScreen(root)) {
  // index.html's key screen: what was typed there is read and the markup replaced in one
  // task, so no keystroke can fall between the two.
  const reactRoot = createRoot(root);
  flushSync(() => {
    captureTypedInput(root);
    reactRoot.render(app);
  });
} else {
  // A transition: the first render yields to the browser instead of blocking it in one task.
  const render = () => startTransition(() => createRoot(root).render(app));
  // A prerendered sample page already shows its dashboard: render once the dashboard's code
  // is here, so the live render replaces the markup in one step instead of flashing "Loading".
  if (root.hasChildNodes()) void preloadWholeDashboard().then(render, render);
  else render();
}
