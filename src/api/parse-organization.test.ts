import { describe, expect, it } from 'vitest';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { DOCS_EXAMPLE_BODY, DRIFT_BODY } from '@/testing/mocks/fault-keys';
import { problemMessage } from '@/lib/field-reader';
import { findProblem, type Organization } from '@/model/organization';
import { parserCases } from '@/testing/parser-cases';
import { parseOrganization } from './parse-organization';

const CATEGORY_ORDER = ['metadata', 'data', 'search', 'upload', 'compute'];

const proBody = SAMPLE_ORGANIZATIONS.find((s) => s.id === 'pro-over')!.body;

/** A complete, valid body with every optional field, to remove or replace fields from. */
const fullBody = (): Record<string, unknown> => structuredClone(proBody);

const problemFields = (org: Organization) => org.problems.map((p) => p.field);

const { parseOk, without } = parserCases(parseOrganization, fullBody);

describe('parseOrganization: valid bodies', () => {
  it('reads every field of the Pro sample with no problems', () => {
    const org = parseOk(proBody);
    expect(org.problems).toEqual([]);
    expect(org.organizationId).toBe('org_demo123');
    expect(org.organizationName).toBe('Acme Corporation');
    expect(org.internalId).toBe('int_x1y2z3');
    expect(org.logoUrl).toBeNull();
    expect(org.accountType).toBe('pro');
    expect(org.creditCount).toBe(250_000);
    expect(org.rateLimits).toEqual([
      { category: 'metadata', perMinute: 200 },
      { category: 'data', perMinute: 100 },
      { category: 'search', perMinute: 100 },
      { category: 'upload', perMinute: 50 },
      { category: 'compute', perMinute: 50 },
    ]);
    expect(org.createdAt?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(org.updatedAt?.toISOString()).toBe('2026-11-20T14:32:05.000Z');
    expect(org.billingEmail).toBe('billing@acme.example');
    expect(org.users).toHaveLength(3);
    expect(org.users?.[0]).toMatchObject({ email: 'ada@acme.example', role: 'admin' });
    expect(org.metadata).toEqual({
      industry: 'Manufacturing',
      region: 'us-east',
      contract: { po_number: 'PO-77812', renewal: '2027-01-01' },
    });
  });

  it.each(SAMPLE_ORGANIZATIONS.map((s) => [s.id, s] as const))('parses sample %s without problems', (_id, sample) => {
    const org = parseOk(sample.body);
    expect(org.problems).toEqual([]);
    expect(org.organizationId).toBe(sample.body.organization_id);
    expect(org.organizationName).toBe(sample.body.organization_name);
    expect(org.accountType).toBe(sample.body.account_type);
    expect(org.creditCount).toBe(sample.body.credit_count);
    expect(org.rateLimits.slice(0, 5).map((r) => r.category)).toEqual(CATEGORY_ORDER);
    expect(org.rateLimits.every((r) => r.perMinute !== null && r.perMinute >= 1)).toBe(true);
  });

  it('reads the free sample: logo URL, null billing email, empty metadata', () => {
    const org = parseOk(SAMPLE_ORGANIZATIONS.find((s) => s.id === 'free-low')!.body);
    expect(org.logoUrl).toBe('https://logos.example/tinker.png');
    expect(org.billingEmail).toBeNull();
    expect(org.metadata).toEqual({});
    expect(org.internalId).toBeNull();
    expect(org.users).toEqual([{ email: 'sam@tinker.example', name: 'Sam Rivera', role: 'admin', status: 'active' }]);
  });

  it('keeps the enterprise sample extra rate-limit category after the five documented ones', () => {
    const org = parseOk(SAMPLE_ORGANIZATIONS.find((s) => s.id === 'enterprise')!.body);
    expect(org.rateLimits.map((r) => r.category)).toEqual([...CATEGORY_ORDER, 'inference']);
    expect(org.rateLimits[5]).toEqual({ category: 'inference', perMinute: 1_500 });
    expect(org.users).toEqual([]);
  });

  it('gives the same result whatever the order of the fields', () => {
    const body = fullBody();
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    expect(parseOk(reversed)).toEqual(parseOk(body));
  });
});

describe('parseOrganization: optional fields', () => {
  it.each([
    ['internal_id', 'internalId'],
    ['logo_url', 'logoUrl'],
    ['metadata', 'metadata'],
    ['billing_email', 'billingEmail'],
    ['users', 'users'],
  ] as const)('absent %s gives null and no problem', (field, prop) => {
    const org = parseOk(without(field));
    expect(org[prop]).toBeNull();
    expect(org.problems).toEqual([]);
  });

  it('reads internal_id when present and gives null when absent', () => {
    expect(parseOk(fullBody()).internalId).toBe('int_x1y2z3');
    expect(parseOk(without('internal_id')).internalId).toBeNull();
  });

  it('reports an empty internal_id as invalid', () => {
    const org = parseOk({ ...fullBody(), internal_id: '  ' });
    expect(org.internalId).toBeNull();
    expect(findProblem(org, 'internal_id')).toMatchObject({ kind: 'invalid', received: '"  "' });
  });

  it.each([
    ['users', 'users'],
    ['metadata', 'metadata'],
    ['billing_email', 'billingEmail'],
    ['logo_url', 'logoUrl'],
    ['internal_id', 'internalId'],
  ] as const)('null %s gives null without a problem', (field, prop) => {
    const org = parseOk({ ...fullBody(), [field]: null });
    expect(org[prop]).toBeNull();
    expect(org.problems).toEqual([]);
  });

  it('an empty users list gives [] (not null)', () => {
    const org = parseOk({ ...fullBody(), users: [] });
    expect(org.users).toEqual([]);
    expect(org.problems).toEqual([]);
  });

  it('drops non-object entries of users, each with a users[i] problem', () => {
    const org = parseOk({ ...fullBody(), users: [{ name: 'A' }, 'bob', null, [1], { name: 'B' }, 7] });
    expect(org.users).toEqual([{ name: 'A' }, { name: 'B' }]);
    expect(org.problems).toEqual([
      { field: 'users[1]', kind: 'invalid', expected: 'an object', received: '"bob"' },
      { field: 'users[2]', kind: 'invalid', expected: 'an object', received: 'null' },
      { field: 'users[3]', kind: 'invalid', expected: 'an object', received: 'an array' },
      { field: 'users[5]', kind: 'invalid', expected: 'an object', received: '7' },
    ]);
  });

  it('reports users that is not a list', () => {
    const org = parseOk({ ...fullBody(), users: { a: 1 } });
    expect(org.users).toBeNull();
    expect(findProblem(org, 'users')).toEqual({
      field: 'users',
      kind: 'invalid',
      expected: 'a list of user objects',
      received: 'an object',
    });
  });

  it('reports metadata that is not an object', () => {
    const org = parseOk({ ...fullBody(), metadata: ['a'] });
    expect(org.metadata).toBeNull();
    expect(findProblem(org, 'metadata')).toMatchObject({
      kind: 'invalid',
      expected: 'an object',
      received: 'an array',
    });
  });

  it('reports logo_url that is not a string', () => {
    const org = parseOk({ ...fullBody(), logo_url: 42 });
    expect(org.logoUrl).toBeNull();
    expect(findProblem(org, 'logo_url')).toMatchObject({ kind: 'invalid', received: '42' });
  });
});

describe('parseOrganization: the docs page example', () => {
  it('parses with problems exactly for updated_at and rate_limits, both missing', () => {
    const org = parseOk(DOCS_EXAMPLE_BODY);
    expect(org.organizationId).toBe('org_demo123');
    expect(org.organizationName).toBe('Acme Corporation');
    expect(org.internalId).toBe('int_x1y2z3');
    expect(org.accountType).toBe('pro');
    expect(org.creditCount).toBe(250000);
    expect(org.createdAt?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(org.updatedAt).toBeNull();
    expect(org.problems).toHaveLength(2);
    expect(findProblem(org, 'updated_at')).toMatchObject({ kind: 'missing' });
    expect(findProblem(org, 'rate_limits')).toMatchObject({ kind: 'missing' });
    expect(problemFields(org).sort()).toEqual(['rate_limits', 'updated_at']);
  });

  it('lists the five categories with perMinute null', () => {
    const org = parseOk(DOCS_EXAMPLE_BODY);
    expect(org.rateLimits).toEqual(CATEGORY_ORDER.map((category) => ({ category, perMinute: null })));
  });

  it('describes the missing fields in words', () => {
    const org = parseOk(DOCS_EXAMPLE_BODY);
    expect(problemMessage(findProblem(org, 'updated_at')!)).toBe(
      'updated_at: missing (expected an ISO 8601 date-time)',
    );
    expect(problemMessage(findProblem(org, 'rate_limits')!)).toBe(
      'rate_limits: missing (expected an object of requests per minute by category)',
    );
  });
});

describe('parseOrganization: drifted fields (DRIFT_BODY)', () => {
  const org = parseOk(DRIFT_BODY);

  it('reports exactly the malformed and missing fields', () => {
    expect(problemFields(org)).toEqual([
      'created_at',
      'credit_count',
      'rate_limits.data',
      'rate_limits.search',
      'rate_limits.upload',
      'billing_email',
    ]);
  });

  it('describes credit_count as a string where an integer was expected', () => {
    expect(org.creditCount).toBeNull();
    expect(problemMessage(findProblem(org, 'credit_count')!)).toBe('credit_count: expected an integer, got "12"');
  });

  it('keeps the unknown account type as given, without a problem', () => {
    expect(org.accountType).toBe('platinum');
    expect(findProblem(org, 'account_type')).toBeUndefined();
  });

  it('keeps valid rate limits, nulls the invalid ones and keeps the extra gpu category after the five', () => {
    expect(org.rateLimits).toEqual([
      { category: 'metadata', perMinute: 100 },
      { category: 'data', perMinute: null },
      { category: 'search', perMinute: null },
      { category: 'upload', perMinute: null },
      { category: 'compute', perMinute: 10 },
      { category: 'gpu', perMinute: 7 },
    ]);
  });

  it('describes each rate-limit problem', () => {
    expect(findProblem(org, 'rate_limits.data')).toMatchObject({ kind: 'invalid', received: '0' });
    expect(findProblem(org, 'rate_limits.search')).toMatchObject({ kind: 'invalid', received: '"fast"' });
    const upload = findProblem(org, 'rate_limits.upload')!;
    expect(upload.kind).toBe('missing');
    expect(upload.received).toBeUndefined();
    expect(problemMessage(upload)).toBe(
      'rate_limits.upload: missing (expected a whole number of requests per minute (at least 1))',
    );
  });

  it('nulls the unreadable created_at and the invalid billing email, keeps updated_at', () => {
    expect(org.createdAt).toBeNull();
    expect(problemMessage(findProblem(org, 'created_at')!)).toBe(
      'created_at: expected an ISO 8601 date-time, got "yesterday"',
    );
    expect(org.updatedAt?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(org.billingEmail).toBeNull();
    expect(findProblem(org, 'billing_email')).toMatchObject({
      kind: 'invalid',
      expected: 'an email address',
      received: '"not-an-email"',
    });
  });

  it('gives null users and metadata without problems and ignores unknown fields', () => {
    expect(org.users).toBeNull();
    expect(org.metadata).toBeNull();
    expect(org).not.toHaveProperty('region');
  });
});

describe('parseOrganization: rate limits', () => {
  it.each([
    [0, '0'],
    [-5, '-5'],
    [1.5, '1.5'],
    ['fast', '"fast"'],
    [null, 'null'],
    [true, 'true'],
    [{}, 'an object'],
  ])('refuses %j for a documented category', (value, received) => {
    const body = { ...fullBody(), rate_limits: { metadata: 1, data: 1, search: value, upload: 1, compute: 1 } };
    const org = parseOk(body);
    expect(org.rateLimits[2]).toEqual({ category: 'search', perMinute: null });
    expect(org.problems).toEqual([
      {
        field: 'rate_limits.search',
        kind: 'invalid',
        expected: 'a whole number of requests per minute (at least 1)',
        received,
      },
    ]);
  });

  it('accepts 1 as the smallest limit', () => {
    const org = parseOk({ ...fullBody(), rate_limits: { metadata: 1, data: 1, search: 1, upload: 1, compute: 1 } });
    expect(org.rateLimits.map((r) => r.perMinute)).toEqual([1, 1, 1, 1, 1]);
    expect(org.problems).toEqual([]);
  });

  it('puts the five documented categories first in contract order whatever order the body uses', () => {
    const org = parseOk({
      ...fullBody(),
      rate_limits: { zeta: 3, compute: 5, upload: 4, alpha: 9, search: 3, data: 2, metadata: 1 },
    });
    expect(org.rateLimits.map((r) => r.category)).toEqual([...CATEGORY_ORDER, 'zeta', 'alpha']);
    expect(org.rateLimits.map((r) => r.perMinute)).toEqual([1, 2, 3, 4, 5, 3, 9]);
  });

  it('drops extra categories that are not usable numbers', () => {
    const org = parseOk({
      ...fullBody(),
      rate_limits: { metadata: 1, data: 1, search: 1, upload: 1, compute: 1, gpu: 'lots', tpu: null, npu: -1 },
    });
    expect(org.rateLimits.map((r) => r.category)).toEqual(CATEGORY_ORDER);
    expect(org.problems).toEqual([]);
  });

  it.each([
    [[], 'an array'],
    ['many', '"many"'],
    [null, 'null'],
    [5, '5'],
  ])('reports rate_limits %j that is not an object, with the five categories null', (value, received) => {
    const org = parseOk({ ...fullBody(), rate_limits: value });
    expect(org.rateLimits).toEqual(CATEGORY_ORDER.map((category) => ({ category, perMinute: null })));
    expect(org.problems).toEqual([
      { field: 'rate_limits', kind: 'invalid', expected: 'an object of requests per minute by category', received },
    ]);
  });

  it('reports every documented category missing from an empty object', () => {
    const org = parseOk({ ...fullBody(), rate_limits: {} });
    expect(problemFields(org)).toEqual(CATEGORY_ORDER.map((c) => `rate_limits.${c}`));
    expect(org.problems.every((p) => p.kind === 'missing')).toBe(true);
  });
});

describe('parseOrganization: unreadable bodies', () => {
  it.each([
    ['null', null, 'null'],
    ['an array', [proBody], 'an array'],
    ['a string', 'org_demo123', '"org_demo123"'],
    ['a number', 42, '42'],
    ['a boolean', true, 'true'],
    ['undefined', undefined, 'undefined'],
  ])('refuses %s with a reason naming it', (_what, body, described) => {
    const result = parseOrganization(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`The response is ${described}, not an organization object.`);
  });

  it.each([
    ['an empty object', {}],
    ['unrelated JSON', { items: [], total: 0 }],
    ['blank id and name', { organization_id: ' ', organization_name: '' }],
    ['non-string id and name', { organization_id: 7, organization_name: null }],
    ['everything but id and name', { ...without('organization_id'), organization_name: undefined }],
  ])('refuses %s: neither organization_id nor organization_name', (_what, body) => {
    const result = parseOrganization(body);
    expect(result).toEqual({
      ok: false,
      reason: 'The response has neither an organization_id nor an organization_name.',
    });
  });

  it('accepts a body with only organization_id, reporting the name missing', () => {
    const org = parseOk(without('organization_name'));
    expect(org.organizationId).toBe('org_demo123');
    expect(org.organizationName).toBeNull();
    expect(org.problems).toEqual([{ field: 'organization_name', kind: 'missing', expected: 'a non-empty string' }]);
  });

  it('accepts a body with only organization_name, reporting the id missing', () => {
    const org = parseOk(without('organization_id'));
    expect(org.organizationId).toBeNull();
    expect(org.organizationName).toBe('Acme Corporation');
    expect(org.problems).toEqual([{ field: 'organization_id', kind: 'missing', expected: 'a non-empty string' }]);
  });

  it('accepts a minimal body with just a name, reporting every required field missing', () => {
    const org = parseOk({ organization_name: 'Solo' });
    expect(problemFields(org)).toEqual([
      'organization_id',
      'created_at',
      'updated_at',
      'account_type',
      'credit_count',
      'rate_limits',
    ]);
    expect(org.problems.every((p) => p.kind === 'missing')).toBe(true);
    expect(org.users).toBeNull();
    expect(org.metadata).toBeNull();
  });
});

describe('parseOrganization: edge values', () => {
  it('accepts a negative credit_count', () => {
    const org = parseOk({ ...fullBody(), credit_count: -1_250 });
    expect(org.creditCount).toBe(-1_250);
    expect(org.problems).toEqual([]);
  });

  it('accepts zero credits', () => {
    expect(parseOk({ ...fullBody(), credit_count: 0 }).creditCount).toBe(0);
  });

  it('accepts a credit_count beyond 2^53', () => {
    const org = parseOk({ ...fullBody(), credit_count: 1e20 });
    expect(org.creditCount).toBe(1e20);
    expect(org.problems).toEqual([]);
  });

  it('parses a credit_count beyond 2^53 from JSON text', () => {
    const body: unknown = JSON.parse(JSON.stringify(fullBody()).replace('250000', '123456789012345678901'));
    const org = parseOk(body);
    expect(org.creditCount).toBe(Number('123456789012345678901'));
    expect(org.problems).toEqual([]);
  });

  it('refuses a fractional credit_count', () => {
    const org = parseOk({ ...fullBody(), credit_count: 12.5 });
    expect(org.creditCount).toBeNull();
    expect(problemMessage(findProblem(org, 'credit_count')!)).toBe('credit_count: expected an integer, got 12.5');
  });

  it('keeps HTML and script in strings verbatim', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert("x")</script>';
    const org = parseOk({
      ...fullBody(),
      organization_name: name,
      account_type: '<b>pro</b>',
      metadata: { note: '<script>alert(1)</script>' },
    });
    expect(org.organizationName).toBe(name);
    expect(org.accountType).toBe('<b>pro</b>');
    expect(org.metadata).toEqual({ note: '<script>alert(1)</script>' });
  });

  it('reports an account_type that is not a string', () => {
    const org = parseOk({ ...fullBody(), account_type: 3 });
    expect(org.accountType).toBeNull();
    expect(findProblem(org, 'account_type')).toMatchObject({
      kind: 'invalid',
      expected: 'one of free, pro, team, enterprise',
      received: '3',
    });
  });

  it('reads created_at and updated_at with offsets', () => {
    const org = parseOk({ ...fullBody(), created_at: '2025-01-01T02:00:00+02:00', updated_at: '2025-06-01 12:00' });
    expect(org.createdAt?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(org.updatedAt?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('reports an impossible created_at date', () => {
    const org = parseOk({ ...fullBody(), created_at: '2025-02-30T00:00:00Z' });
    expect(org.createdAt).toBeNull();
    expect(findProblem(org, 'created_at')).toMatchObject({ kind: 'invalid', received: '"2025-02-30T00:00:00Z"' });
  });
});

describe('parseOrganization: negative zero', () => {
  it('reads JSON "-0" as 0, so it is never shown as "-0"', () => {
    const body = JSON.parse(
      '{"organization_id":"org_1","credit_count":-0,"rate_limits":{"metadata":1,"data":1,"search":1,"upload":1,"compute":1,"gpu":-0}}',
    ) as unknown;
    const result = parseOrganization(body);
    if (!result.ok) throw new Error(result.reason);
    expect(Object.is(result.value.creditCount, 0)).toBe(true);
    expect(Object.is(result.value.rateLimits.at(-1)?.perMinute, 0)).toBe(true);
  });
});

describe('parseOrganization: userCount', () => {
  it('counts every entry sent, readable or not, and is null without a list', () => {
    const parse = (users: unknown) => {
      const r = parseOrganization({ organization_id: 'o', users });
      if (!r.ok) throw new Error(r.reason);
      return r.value;
    };
    expect(parse(['a@x.com', 'b@x.com']).userCount).toBe(2);
    expect(parse(['a@x.com', 'b@x.com']).users).toEqual([]);
    expect(parse([{ email: 'a@x.com' }, 3]).userCount).toBe(2);
    expect(parse([]).userCount).toBe(0);
    expect(parse(null).userCount).toBeNull();
    expect(parse(undefined).userCount).toBeNull();
  });
});

describe('parseOrganization: billing fields', () => {
  it('applies the documented defaults when the fields are absent or null', () => {
    for (const body of [
      fullBody(),
      { ...fullBody(), auto_billing_enabled: null, billing_cycle_start: null, current_month_usage: null },
    ]) {
      const org = parseOk(body);
      expect(org.autoBillingEnabled).toBe(false);
      expect(org.billingCycleStart).toBe(1);
      expect(org.currentMonthUsage).toBe(0);
      expect(org.problems).toEqual([]);
    }
  });

  it('reads the fields when given', () => {
    const org = parseOk({
      ...fullBody(),
      auto_billing_enabled: true,
      billing_cycle_start: 31,
      current_month_usage: 23_450,
    });
    expect(org.autoBillingEnabled).toBe(true);
    expect(org.billingCycleStart).toBe(31);
    expect(org.currentMonthUsage).toBe(23_450);
    expect(org.problems).toEqual([]);
    expect(parseOk({ ...fullBody(), billing_cycle_start: 1, current_month_usage: 0 })).toMatchObject({
      billingCycleStart: 1,
      currentMonthUsage: 0,
    });
  });

  it('keeps a usage beyond 2^53 as given', () => {
    expect(parseOk({ ...fullBody(), current_month_usage: 2 ** 60 }).currentMonthUsage).toBe(2 ** 60);
  });

  it.each([
    ['auto_billing_enabled', 'true', 'autoBillingEnabled', 'true or false'],
    ['auto_billing_enabled', 1, 'autoBillingEnabled', 'true or false'],
    ['billing_cycle_start', 0, 'billingCycleStart', 'a day of the month (1–31)'],
    ['billing_cycle_start', 32, 'billingCycleStart', 'a day of the month (1–31)'],
    ['billing_cycle_start', 1.5, 'billingCycleStart', 'a day of the month (1–31)'],
    ['billing_cycle_start', '1', 'billingCycleStart', 'a day of the month (1–31)'],
    ['current_month_usage', -1, 'currentMonthUsage', 'a whole number of credits (0 or more)'],
    ['current_month_usage', 12.5, 'currentMonthUsage', 'a whole number of credits (0 or more)'],
    ['current_month_usage', '23450', 'currentMonthUsage', 'a whole number of credits (0 or more)'],
  ] as const)(
    'reports %s = %j as invalid (null, not the default) and keeps the rest',
    (field, value, prop, expected) => {
      const org = parseOk({ ...fullBody(), [field]: value });
      expect(org[prop]).toBeNull();
      expect(org.problems).toEqual([{ field, kind: 'invalid', expected, received: JSON.stringify(value) }]);
      expect(org.creditCount).toBe(250_000);
    },
  );
});
