import { prerender } from 'react-dom/static';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { paths } from './navigation';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';

/**
 * Build-time only (see scripts/sample-pages.ts): the page of a sample organization as HTML,
 * so it shows every fact before any script runs. The same routes, components and data as
 * the running app, which replaces this markup with an identical live render.
 */
export const SAMPLE_IDS = SAMPLE_ORGANIZATIONS.map((sample) => sample.id);

export async function renderSamplePage(sampleId: string): Promise<string> {
  const queryClient = createQueryClient();
  try {
    const { prelude } = await prerender(
      <AppProvider queryClient={queryClient}>
        <AppRouter ssrPath={paths.sample(sampleId)} />
      </AppProvider>,
    );
    return await new Response(prelude).text();
  } finally {
    queryClient.clear();
  }
}
