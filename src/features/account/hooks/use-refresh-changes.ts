import { useState } from 'react';
import { organizationChanges, type Change } from '@/model/changes';
import type { Organization } from '@/model/organization';

/**
 * What the latest fetch changed against the one before, for the same organization. The
 * previous answer is remembered with React's pattern for a previous value (the query cache
 * keeps only the latest); sample data never changes, so it is not compared.
 */
export function useRefreshChanges(org: Organization | undefined, sample: boolean): Change[] {
  const [seen, setSeen] = useState<{ current?: Organization; previous?: Organization }>({});
  if (org !== seen.current) setSeen({ current: org, previous: seen.current });
  const previous = seen.previous;
  return org && previous && !sample && previous.organizationId === org.organizationId
    ? organizationChanges(previous, org)
    : [];
}
