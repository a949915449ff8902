import { withSession, workspaceStore } from '@/features/session/model/session';
import { findSample } from '@/samples/sample-organizations';

/** The prerendered page of a sample (see scripts/sample-pages.ts) lives at /sample/<id>/. */
const SAMPLE_PATH = /^\/sample\/([^/]+)\/?(?:index\.html)?$/;

export type SampleLink = { kind: 'none' } | { kind: 'opened' | 'unknown'; sampleId: string };

/**
 * `/sample/<id>/` (a prerendered page) and `?sample=<id>` open the dashboard on a built-in
 * sample organization: links for demos and for measuring the dashboard (Lighthouse cannot
 * type a key). The address returns to the app's root once read. Only sample ids are read
 * here: a key never travels in a URL.
 */
export function openSampleFromUrl(url: URL, replaceUrl: (next: string) => void): SampleLink {
  const fromPath = SAMPLE_PATH.exec(url.pathname)?.[1];
  const sampleId = fromPath ?? url.searchParams.get('sample');
  if (sampleId === null) return { kind: 'none' };
  url.searchParams.delete('sample');
  replaceUrl((fromPath === undefined ? url.pathname : '/') + url.search + url.hash);
  if (!findSample(sampleId)) return { kind: 'unknown', sampleId };
  workspaceStore.set(withSession(workspaceStore.get(), { kind: 'sample', sampleId }));
  return { kind: 'opened', sampleId };
}

/** What the key screen says after a link to a sample that does not exist. */
export function sampleLinkNotice(link: SampleLink): { title: string; message: string } | null {
  if (link.kind !== 'unknown') return null;
  const id = link.sampleId.length > 40 ? `${link.sampleId.slice(0, 40)}…` : link.sampleId;
  return {
    title: 'No such sample organization',
    message: `The link asked for the sample "${id}", which this app does not have. Try the sample data below, or connect with an API key.`,
  };
}
