import { describe, expect, it } from 'vitest';
import { findSample } from '@/samples/sample-organizations';
import { organizationChanges } from './changes';
import { parseOrganization } from '@/api/parse-organization';

const org = (patch: Record<string, unknown>) => {
  const result = parseOrganization({ ...findSample('pro-over')!.body, ...patch });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('organizationChanges', () => {
  it('finds nothing between two equal fetches', () => {
    expect(organizationChanges(org({}), org({}))).toEqual([]);
  });

  it('names a changed balance, tier and limit with the previous value', () => {
    const after = org({
      credit_count: 240_000,
      account_type: 'team',
      rate_limits: { metadata: 200, data: 100, search: 120, upload: 50, compute: 50 },
    });
    expect(organizationChanges(org({}), after)).toEqual([
      { label: 'Credit balance', before: '250,000 credits', after: '240,000 credits' },
      { label: 'Tier', before: 'Pro', after: 'Team' },
      { label: 'Rate limit: Search', before: '100 / min', after: '120 / min' },
    ]);
  });

  it('reports a limit that disappeared or appeared', () => {
    const before = org({ rate_limits: { metadata: 200, data: 100, search: 100, upload: 50, compute: 50, gpu: 3 } });
    const after = org({ rate_limits: { metadata: 200, data: 100, search: 100, upload: 50 } });
    expect(organizationChanges(before, after)).toEqual([
      { label: 'Rate limit: Compute', before: '50 / min', after: 'not reported' },
      { label: 'Rate limit: Gpu', before: '3 / min', after: 'not reported' },
    ]);
    expect(organizationChanges(after, before).map((c) => c.label)).toEqual(['Rate limit: Compute', 'Rate limit: Gpu']);
  });
});
