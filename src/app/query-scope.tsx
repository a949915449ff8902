import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ReactNode } from 'react';
import { pageQueryClient } from './query-client';

/**
 * The query cache for the views that query (the dashboard, the comparison). It is provided
 * here rather than around the whole app so that the key screen loads no query code; a cache
 * provided from outside (a test, the prerender) is used as it is.
 */
export function QueryScope({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  return outer ? children : <QueryClientProvider client={pageQueryClient()}>{children}</QueryClientProvider>;
}
