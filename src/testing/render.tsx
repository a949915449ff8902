import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { Router } from 'wouter';

/**
 * Renders a piece of the app as the app does: in StrictMode, with its own query cache, at
 * the address `path` (jsdom's own history, so history state works as in a browser).
 */
export function renderApp(ui: ReactNode, { path = '/' }: { path?: string } = {}) {
  window.history.replaceState(null, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const result = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router>{ui}</Router>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { ...result, queryClient, address: () => window.location.pathname + window.location.search };
}
