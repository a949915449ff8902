import { QueryClientProvider } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { Dashboard } from '@/features/organization/components/Dashboard';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import type { Session } from '@/features/session/model/session';
import { createQueryClient } from './query-client';

/**
 * Build-time only (see scripts/sample-pages.ts): the dashboard of a sample organization as
 * HTML, so its page shows every fact before any script runs. The same components and data
 * as the running app, which replaces this markup with an identical live render.
 */
export const SAMPLE_IDS = SAMPLE_ORGANIZATIONS.map((sample) => sample.id);

const ignore = () => {};

export async function renderSampleDashboard(sampleId: string): Promise<string> {
  const session: Session = { kind: 'sample', sampleId };
  const queryClient = createQueryClient();
  try {
    const { prelude } = await prerender(
      <QueryClientProvider client={queryClient}>
        <Dashboard
          session={session}
          workspace={{ sessions: [session], active: 0 }}
          onSelect={ignore}
          onAddOrganization={ignore}
          onCompare={ignore}
          onSignOut={ignore}
          onKeyRejected={ignore}
          onSelectSample={ignore}
        />
      </QueryClientProvider>,
    );
    return await new Response(prelude).text();
  } finally {
    queryClient.clear();
  }
}
