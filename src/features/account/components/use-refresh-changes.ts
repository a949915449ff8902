import { useState } from 'react';
import type { OrganizationSnapshot } from '@/api/get-organization';
import { organizationChanges, type Change } from '@/model/changes';

/**
 * What the latest fetch changed against the one before, for the same organization. The
 * previous snapshot is remembered with React's pattern for a previous value (the query
 * cache keeps only the latest); sample data never changes, so it is not compared.
 */
export function useRefreshChanges(snapshot: OrganizationSnapshot | undefined): Change[] {
  const [seen, setSeen] = useState<{ current?: OrganizationSnapshot; previous?: OrganizationSnapshot }>({});
  if (snapshot !== seen.current) setSeen({ current: snapshot, previous: seen.current });
  const previous = seen.previous?.organization;
  return snapshot && previous && !snapshot.sample && previous.organizationId === snapshot.organization.organizationId
    ? organizationChanges(previous, snapshot.organization)
    : [];
}
