import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: true, gcTime: 5 * 60_000 },
    },
  });
}

let pageClient: QueryClient | null = null;

/** The page's one query cache, made when the first view that queries shows. */
export const pageQueryClient = (): QueryClient => (pageClient ??= createQueryClient());
