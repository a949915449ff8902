import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { openSampleFromUrl } from './app/sample-link';
import './index.css';

openSampleFromUrl(new URL(window.location.href), (next) => window.history.replaceState(null, '', next));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// No StrictMode: its development-only double mount makes React Query send the organization
// request, abort it and send it again. The aborted request still reaches the server, which
// costs a real API two requests per load and uses up the stub's one-shot fault responses.
createRoot(root).render(
  <QueryClientProvider client={createQueryClient()}>
    <App />
  </QueryClientProvider>,
);
