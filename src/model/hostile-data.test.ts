import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseUsageBreakdown } from '@/api/billing/parse-usage-breakdown';
import { parseOrganization } from '@/api/parse-organization';
import { redactKeyDeep } from '@/lib/api-error';
import { toJson } from '@/lib/walk';
import { PROTOTYPE_JSON } from '@/testing/mocks/fault-keys';
import { resolveAllowance } from './allowance';
import { organizationChanges } from './changes';
import { chartRows, rateLimitRows } from './rate-limit-rows';
import { otherFields, searchIndex, searchUsers, sortUsers, userColumns } from './users';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const BEFORE = prototypeNames();

afterEach(() => {
  // Nothing may ever have been assigned through a prototype key.
  expect(prototypeNames()).toEqual(BEFORE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

/** An organization body as JSON text, with prototype keys in random places of its free-form parts. */
const hostileOrganization = fc
  .record({
    metadata: fc.dictionary(fc.constantFrom(...PROTO_KEYS, 'a', 'b'), fc.jsonValue({ maxDepth: 3 })),
    user: fc.dictionary(fc.constantFrom(...PROTO_KEYS, 'email', 'name', 'role'), fc.jsonValue({ maxDepth: 2 })),
    limit: fc.constantFrom(...PROTO_KEYS),
    value: fc.integer({ min: 1, max: 10_000 }),
  })
  .map(({ metadata, user, limit, value }) => {
    // JSON text: an object literal would set a prototype instead of making a key.
    const entries = (record: Record<string, unknown>) =>
      Object.keys(record)
        .map((k) => `${JSON.stringify(k)}:${JSON.stringify(record[k] ?? null)}`)
        .join(',');
    return (
      `{"organization_id":"org_p","organization_name":"P","account_type":"pro","credit_count":5,` +
      `"rate_limits":{"metadata":1,"data":1,"search":1,"upload":1,"compute":1,${JSON.stringify(limit)}:${value}},` +
      `"metadata":{${entries(metadata)}},"users":[{${entries(user)}}]}`
    );
  });

describe('keys that name the prototype are ordinary data through every model function', () => {
  it('in the fault key the end-to-end tests use', () => {
    const parsed = parseOrganization(JSON.parse(PROTOTYPE_JSON));
    if (!parsed.ok) throw new Error(parsed.reason);
    const org = parsed.value;
    expect(Object.keys(org.metadata!)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(org.metadata)).toBe(Object.prototype);
    expect(rateLimitRows(org.rateLimits).map((r) => r.category)).toContain('__proto__');
    const columns = userColumns(org.users!);
    expect(Object.keys(otherFields(org.users![0]!, columns))).toContain('__proto__');
    expect(toJson(org.metadata)).toContain('"__proto__":{"polluted":"yes"}');
  });

  it('in random bodies, 1,000 runs', () => {
    fc.assert(
      fc.property(hostileOrganization, (text) => {
        const body: unknown = JSON.parse(text);
        const parsed = parseOrganization(redactKeyDeep(body, 'sk_live_never_there'));
        if (!parsed.ok) throw new Error(parsed.reason);
        const org = parsed.value;
        const rows = rateLimitRows(org.rateLimits);
        chartRows(rows);
        const users = org.users ?? [];
        const columns = userColumns(users);
        const index = searchIndex(users);
        const found = searchUsers(index, 'a');
        for (const column of columns) sortUsers(users, found, column, 'ascending');
        users.forEach((user) => otherFields(user, columns));
        organizationChanges(org, { ...org, creditCount: 6 });
        resolveAllowance(org.accountType, null);
        toJson(org.metadata, { indent: 2 });
        // The keys are there as keys.
        for (const key of Object.keys(JSON.parse(text).metadata ?? {}))
          expect(Object.hasOwn(org.metadata!, key)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('in billing maps, kept in a Map', () => {
    const parsed = parseUsageBreakdown(
      JSON.parse(
        '{"billing_month":"2026-11","total_credits":30,"by_operation":{"__proto__":10,"constructor":20},"by_extractor":{}}',
      ),
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect([...parsed.value.byOperation!]).toEqual([
      ['__proto__', 10],
      ['constructor', 20],
    ]);
  });
});
