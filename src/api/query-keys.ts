import { keyFingerprint } from '@/features/session/model/api-key';
import type { Session } from '@/features/session/model/session';

/**
 * Query keys for organizations, built only here. The raw key never appears in one. A module
 * of its own so the app shell can name a query without loading the fetcher and validator.
 */
export const organizationKeys = {
  forSession: (session: Session) =>
    session.kind === 'api'
      ? (['organization', 'api', session.baseUrl, keyFingerprint(session.apiKey)] as const)
      : (['organization', 'sample', session.sampleId] as const),
};
