import * as v from 'valibot';
import {
  dateTime,
  describeValue,
  type Parsed,
  email,
  FieldReader,
  integer,
  nonEmptyString,
  nonNegativeInteger,
  plainObject,
  positiveInteger,
} from '@/lib/field-reader';
import { isRecord } from '@/lib/guards';
import type { Organization, RateLimit } from '@/model/organization';
import { KNOWN_CATEGORY_IDS, RATE_LIMIT_CATEGORIES } from '@/model/rate-limit-categories';

const dayOfMonth = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31));

function readRateLimits(reader: FieldReader, value: unknown): RateLimit[] {
  const expected = 'a whole number of requests per minute (at least 1)';
  const known = RATE_LIMIT_CATEGORIES.map(({ id }): RateLimit => ({ category: id, perMinute: null }));
  if (value === undefined) {
    reader.problems.push({
      field: 'rate_limits',
      kind: 'missing',
      expected: 'an object of requests per minute by category',
    });
    return known;
  }
  if (!isRecord(value)) {
    reader.check('rate_limits', value, plainObject, 'an object of requests per minute by category');
    return known;
  }
  for (const limit of known) {
    const field = `rate_limits.${limit.category}`;
    if (value[limit.category] === undefined) reader.problems.push({ field, kind: 'missing', expected });
    else limit.perMinute = reader.check(field, value[limit.category], positiveInteger, expected);
  }
  // Categories added after this app was written: shown after the documented five when numeric.
  const extra = Object.entries(value)
    .filter(
      ([category, v]) => !KNOWN_CATEGORY_IDS.has(category) && typeof v === 'number' && Number.isFinite(v) && v >= 0,
    )
    .map(([category, v]): RateLimit => ({ category, perMinute: (v as number) + 0 }));
  return [...known, ...extra];
}

function readUsers(reader: FieldReader, value: unknown): Record<string, unknown>[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    reader.check('users', value, v.array(plainObject), 'a list of user objects');
    return null;
  }
  const users: Record<string, unknown>[] = [];
  value.forEach((entry: unknown, index) => {
    if (isRecord(entry)) users.push(entry);
    else
      reader.problems.push({
        field: `users[${index}]`,
        kind: 'invalid',
        expected: 'an object',
        received: describeValue(entry),
      });
  });
  return users;
}

/**
 * Validates a GET /v1/organizations body field by field. Only a body with no organization
 * to speak of (not an object, or neither organization_id nor organization_name usable)
 * is unreadable as a whole; it never throws, whatever JSON value it is given.
 */
export function parseOrganization(body: unknown): Parsed<Organization> {
  if (!isRecord(body)) {
    return { ok: false, reason: `The response is ${describeValue(body)}, not an organization object.` };
  }
  const read = new FieldReader(body);
  const organizationId = read.required('organization_id', nonEmptyString, 'a non-empty string');
  const organizationName = read.required('organization_name', nonEmptyString, 'a non-empty string');
  if (organizationId === null && organizationName === null) {
    return { ok: false, reason: 'The response has neither an organization_id nor an organization_name.' };
  }
  const createdAt = read.required('created_at', dateTime, 'an ISO 8601 date-time');
  const updatedAt = read.required('updated_at', dateTime, 'an ISO 8601 date-time');
  const organization: Organization = {
    organizationId,
    organizationName,
    internalId: read.optional('internal_id', nonEmptyString, 'a non-empty string'),
    logoUrl: read.optional('logo_url', v.string(), 'a URL string'),
    accountType: read.required('account_type', nonEmptyString, 'one of free, pro, team, enterprise'),
    creditCount: read.required('credit_count', integer, 'an integer'),
    rateLimits: readRateLimits(read, body.rate_limits),
    createdAt,
    updatedAt,
    billingEmail: read.optional('billing_email', email, 'an email address'),
    users: readUsers(read, body.users),
    userCount: Array.isArray(body.users) ? body.users.length : null,
    metadata: read.optional('metadata', plainObject, 'an object'),
    autoBillingEnabled: read.withDefault('auto_billing_enabled', v.boolean(), 'true or false', false),
    billingCycleStart: read.withDefault('billing_cycle_start', dayOfMonth, 'a day of the month (1–31)', 1),
    currentMonthUsage: read.withDefault(
      'current_month_usage',
      nonNegativeInteger,
      'a whole number of credits (0 or more)',
      0,
    ),
    problems: read.problems,
  };
  return { ok: true, value: organization };
}
