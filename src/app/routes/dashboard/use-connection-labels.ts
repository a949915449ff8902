import { useQueries } from '@tanstack/react-query';
import type { Connection } from '@/api/connection';
import { organizationEndpoint } from '@/api/endpoints';
import { maskApiKey } from '@/features/session/model/api-key';

/** The switcher's labels: each organization's name once loaded, with its masked key; the masked key alone before. */
export function useConnectionLabels(connections: readonly Connection[]): string[] {
  const names = useQueries({
    queries: connections.map((connection) => ({
      ...organizationEndpoint.queryOptions(connection),
      enabled: false, // reads what the cache has; only the organization on screen is fetched
      select: (answer: { value: { organizationName: string | null } }) => answer.value.organizationName,
    })),
  });
  return connections.map((connection, i) => {
    const who = connection.kind === 'api' ? maskApiKey(connection.apiKey) : 'sample data';
    const name = names[i]?.data;
    return name ? `${name} (${who})` : who;
  });
}
