import type { Connection } from '@/api/connection';
import { DASHBOARD_ROUTE } from '@/first-paint/page-markers';

/** The app's views, as paths under the base (wouter adds the base). */
export const paths = {
  keyScreen: '/',
  addKey: '/add',
  dashboard: `/${DASHBOARD_ROUTE}`,
  compare: '/compare',
  sample: (sampleId: string) => `/sample/${encodeURIComponent(sampleId)}/`,
};

/** A sample's own page: /sample/<id>/, also as the prerendered file /sample/<id>/index.html. */
export const SAMPLE_PATH = /^\/sample\/([^/]+)\/?(?:index\.html)?$/;

/** Where a connection is shown: a sample has a page of its own, a key's organization the dashboard. */
export const pathOf = (connection: Connection) =>
  connection.kind === 'sample' ? paths.sample(connection.sampleId) : paths.dashboard;
