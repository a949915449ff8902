import { withSession, workspaceStore } from '@/features/session/model/session';
import { findSample } from '@/mocks/sample-organizations';

/**
 * `?sample=<id>` opens the dashboard on a built-in sample organization: a link for demos
 * and for measuring the dashboard (Lighthouse cannot type a key). The parameter is removed
 * from the address once read. Only sample ids are read here: a key never travels in a URL.
 */
export function openSampleFromUrl(url: URL, replaceUrl: (next: string) => void): boolean {
  const sampleId = url.searchParams.get('sample');
  if (sampleId === null) return false;
  url.searchParams.delete('sample');
  replaceUrl(url.pathname + url.search + url.hash);
  if (!findSample(sampleId)) return false;
  workspaceStore.set(withSession(workspaceStore.get(), { kind: 'sample', sampleId }));
  return true;
}
