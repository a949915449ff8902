/**
 * Build-time only (see scripts/prerendered-pages.ts): the key screen and the page of each sample
 * organization as HTML, so they show before any script runs. The same routes, components and
 * data as the running app, which hydrates the key screen and renders a sample page anew over
 * its identical markup (docs/first-paint.md).
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { BASE_PATH } from '@/config/base';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { paths } from './paths';
import { createQueryClient } from './query-client';
import { AppRouter } from './router';
import { preloadDashboardView } from './routes/dashboard/dashboard-route';

/** The samples that get a page of their own. */
export const SAMPLE_IDS = SAMPLE_ORGANIZATIONS.map((sample) => sample.id);

async function renderPage(path: string): Promise<string> {
  const queryClient = createQueryClient();
  try {
    const { prelude } = await prerender(
      <QueryClientProvider client={queryClient}>
        <AppRouter ssrPath={BASE_PATH.replace(/\/$/, '') + path} />
      </QueryClientProvider>,
      // One document, in order: no boundary is sent ahead of its content, so React adds no
      // inline script to put it in place (the page's CSP admits only its own, by hash).
      { progressiveChunkSize: Number.POSITIVE_INFINITY },
    );
    return await new Response(prelude).text();
  } finally {
    queryClient.clear();
  }
}

export async function renderSamplePage(sampleId: string): Promise<string> {
  // Loaded first: a component that suspends would make React add inline reveal scripts. The
  // headline only: the deeper sections (billing's code not loaded) come with the live app,
  // so the first paint parses and lays out a third of the elements.
  await preloadDashboardView();
  return renderPage(paths.sample(sampleId));
}

/** The key screen as index.html shows it (the app hydrates it, so it is exactly the app's markup). */
export const renderKeyScreen = (): Promise<string> => renderPage(paths.keyScreen);
