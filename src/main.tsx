import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadDashboard } from './app/App';
import { createQueryClient } from './app/query-client';
import { openSampleFromUrl, sampleLinkNotice } from './app/sample-link';
import './index.css';

const sampleLink = openSampleFromUrl(new URL(window.location.href), (next) =>
  window.history.replaceState(null, '', next),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// No StrictMode: its development-only double mount makes React Query send the organization
// request, abort it and send it again. The aborted request still reaches the server, which
// costs a real API two requests per load and uses up the stub's one-shot fault responses.
// A transition: the first render yields to the browser instead of blocking it in one task.
const render = () =>
  startTransition(() =>
    createRoot(root).render(
      <QueryClientProvider client={createQueryClient()}>
        <App initialNotice={sampleLinkNotice(sampleLink)} />
      </QueryClientProvider>,
    ),
  );

// A prerendered sample page already shows its dashboard: render once the dashboard's code is
// here, so the live render replaces the markup in one step instead of flashing "Loading".
// (Not a top-level await: the dashboard chunk imports this one, which would never finish.)
if (root.hasChildNodes()) void preloadDashboard().then(render, render);
else render();
