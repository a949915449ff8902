import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Organization } from '@/model/organization';
import type { Parsed } from '@/lib/field-reader';
import { parseOrganization } from './parse-organization';
import { balanceStatusText } from '@/model/balance-status';
import { resolveAllowance } from '@/model/allowance';
import { gaugeModel } from '@/model/credit-gauge';
import { rateLimitRows } from '@/model/rate-limit-rows';

const CATEGORY_ORDER = ['metadata', 'data', 'search', 'upload', 'compute'];

const CONTRACT_FIELDS = [
  'organization_id',
  'organization_name',
  'internal_id',
  'logo_url',
  'account_type',
  'credit_count',
  'rate_limits',
  'created_at',
  'updated_at',
  'billing_email',
  'users',
  'metadata',
] as const;

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isDateOrNull = (v: unknown) => v === null || (v instanceof Date && !Number.isNaN(v.getTime()));
const isPlainRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Asserts the declared shape of a parse result; throws (fails the property) otherwise. */
function checkShape(result: Parsed<Organization>): void {
  if (!result.ok) {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
    expect(Object.keys(result).sort()).toEqual(['ok', 'reason']);
    return;
  }
  const org: Organization = result.value;
  for (const field of [
    'organizationId',
    'organizationName',
    'internalId',
    'logoUrl',
    'accountType',
    'billingEmail',
  ] as const) {
    expect(isStringOrNull(org[field]), field).toBe(true);
  }
  expect(org.organizationId !== null || org.organizationName !== null).toBe(true);
  expect(isNumberOrNull(org.creditCount)).toBe(true);
  if (org.creditCount !== null) expect(Number.isInteger(org.creditCount)).toBe(true);
  expect(isDateOrNull(org.createdAt)).toBe(true);
  expect(isDateOrNull(org.updatedAt)).toBe(true);

  expect(Array.isArray(org.rateLimits)).toBe(true);
  expect(org.rateLimits.slice(0, 5).map((r) => r.category)).toEqual(CATEGORY_ORDER);
  for (const limit of org.rateLimits) {
    expect(typeof limit.category).toBe('string');
    expect(isNumberOrNull(limit.perMinute)).toBe(true);
  }
  for (const limit of org.rateLimits.slice(0, 5)) {
    if (limit.perMinute !== null) {
      expect(Number.isInteger(limit.perMinute)).toBe(true);
      expect(limit.perMinute).toBeGreaterThanOrEqual(1);
    }
  }
  const categories = org.rateLimits.map((r) => r.category);
  expect(new Set(categories).size).toBe(categories.length);

  expect(org.users === null || Array.isArray(org.users)).toBe(true);
  if (org.users) for (const user of org.users) expect(isPlainRecord(user)).toBe(true);
  expect(org.metadata === null || isPlainRecord(org.metadata)).toBe(true);

  expect(Array.isArray(org.problems)).toBe(true);
  for (const problem of org.problems) {
    expect(typeof problem.field).toBe('string');
    expect(['missing', 'invalid']).toContain(problem.kind);
    expect(typeof problem.expected).toBe('string');
    if (problem.kind === 'invalid') expect(typeof problem.received).toBe('string');
    else expect(problem.received).toBeUndefined();
  }
}

/** Values that a contract field might plausibly hold, right or wrong. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom('', ' ', 'pro', 'free', 'PRO', 'platinum', 'a@b.example', 'not-an-email', '2025-01-01T00:00:00Z'),
  fc.constantFrom('2025-02-30T00:00:00Z', '2025-01-01T00:00:00+0200', '2025-01-01 12:00', '9999-12-31T23:59:59.999Z'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.dictionary(
    fc.constantFrom('metadata', 'data', 'search', 'upload', 'compute', 'gpu', '__proto__', 'constructor'),
    fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
  ),
  fc.array(fc.oneof(fc.object(), fc.jsonValue())),
  fc.constant(null),
  fc.constant(undefined),
);

const contractShapedBody = fc.record(
  Object.fromEntries(CONTRACT_FIELDS.map((field) => [field, fieldValue])) as Record<
    (typeof CONTRACT_FIELDS)[number],
    fc.Arbitrary<unknown>
  >,
  { requiredKeys: [] },
);

describe('parseOrganization (property-based)', () => {
  it('never throws and returns the declared shape for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkShape(parseOrganization(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and returns the declared shape for objects with arbitrary values at the contract fields', () => {
    fc.assert(
      fc.property(contractShapedBody, (body) => {
        checkShape(parseOrganization(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result for a JSON body and its JSON text round trip', () => {
    const jsonBody = fc.record(
      Object.fromEntries(CONTRACT_FIELDS.map((field) => [field, fc.jsonValue()])) as Record<
        (typeof CONTRACT_FIELDS)[number],
        fc.Arbitrary<fc.JsonValue>
      >,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(jsonBody, (body) => {
        const roundTripped: unknown = JSON.parse(JSON.stringify(body));
        // Compared as JSON: raw users/metadata may hold -0, which JSON itself writes as 0.
        expect(JSON.stringify(parseOrganization(roundTripped))).toBe(JSON.stringify(parseOrganization(body)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is ok exactly when the body is an object with a usable id or name', () => {
    const usable = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
    fc.assert(
      fc.property(contractShapedBody, (body) => {
        const result = parseOrganization(body);
        expect(result.ok).toBe(usable(body.organization_id) || usable(body.organization_name));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any valid credit count and rate limits unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 5, maxLength: 5 }),
        (credits, limits) => {
          const rate_limits = Object.fromEntries(CATEGORY_ORDER.map((c, i) => [c, limits[i]]));
          const result = parseOrganization({ organization_id: 'org_x', credit_count: credits, rate_limits });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.value.creditCount).toBe(credits);
          expect(result.value.rateLimits.map((r) => r.perMinute)).toEqual(limits);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the view model over any parsed organization (property-based)', () => {
  it('never throws; the gauge arc always adds up and every state has words', () => {
    fc.assert(
      fc.property(
        contractShapedBody,
        fc.option(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        (body, custom) => {
          const result = parseOrganization(body);
          if (!result.ok) return;
          const org = result.value;
          const model = gaugeModel(org.creditCount, resolveAllowance(org.accountType, custom));
          const { within, over, rest, scaleMax } = model.segments;
          for (const part of [within, over, rest]) expect(part).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(scaleMax)).toBe(true);
          expect(Math.abs(within + over + rest - scaleMax)).toBeLessThanOrEqual(scaleMax * 1e-9);
          expect(balanceStatusText(model).length).toBeGreaterThan(0);
          const rows = rateLimitRows(org.rateLimits);
          expect(rows.slice(0, 5).map((r) => r.label)).toEqual(['Metadata', 'Data', 'Search', 'Upload', 'Compute']);
          expect(rows).toHaveLength(org.rateLimits.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
