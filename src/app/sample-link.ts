import { withSession, workspaceStore } from '@/features/session/model/session';
import { findSample } from '@/mocks/sample-organizations';

/** The prerendered page of a sample (see scripts/sample-pages.ts) lives at /sample/<id>/. */
const SAMPLE_PATH = /^\/sample\/([^/]+)\/?(?:index\.html)?$/;

/**
 * `/sample/<id>/` (a prerendered page) and `?sample=<id>` open the dashboard on a built-in
 * sample organization: links for demos and for measuring the dashboard (Lighthouse cannot
 * type a key). The address returns to the app's root once read. Only sample ids are read
 * here: a key never travels in a URL.
 */
export function openSampleFromUrl(url: URL, replaceUrl: (next: string) => void): boolean {
  const fromPath = SAMPLE_PATH.exec(url.pathname)?.[1];
  const sampleId = fromPath ?? url.searchParams.get('sample');
  if (sampleId === null) return false;
  url.searchParams.delete('sample');
  replaceUrl((fromPath === undefined ? url.pathname : '/') + url.search + url.hash);
  if (!findSample(sampleId)) return false;
  workspaceStore.set(withSession(workspaceStore.get(), { kind: 'sample', sampleId }));
  return true;
}
