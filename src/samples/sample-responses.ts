import { findSample } from './sample-organizations';

/**
 * What the API would answer for a sample organization, by request path (with its query):
 * the demo reads these through the same parsers as a real response, without the network.
 * Undefined for an unknown sample or a path the samples do not answer.
 */
export function sampleResponse(sampleId: string, path: string): unknown {
  const sample = findSample(sampleId);
  if (!sample) return undefined;
  const { pathname } = new URL(path, 'https://sample.invalid');
  if (pathname === '/v1/organizations') return sample.body;
  return undefined;
}
