import * as v from 'valibot';
import { isRecord } from '@/lib/guards';
import type { FieldProblem, Organization, RateLimit } from './organization';
import { KNOWN_CATEGORY_IDS, RATE_LIMIT_CATEGORIES } from './rate-limit-categories';

export type ParseResult = { ok: true; organization: Organization } | { ok: false; reason: string };

type Schema<T> = v.GenericSchema<unknown, T>;

const nonEmptyString = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0),
);
// Integers beyond 2^53 are accepted: JSON numbers that large still deserve to be shown.
// JSON "-0" parses to -0, which Intl prints as "-0": normalised to 0.
const integer = v.pipe(
  v.number(),
  v.integer(),
  v.transform((n) => n + 0),
);
const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));
const dateTime = v.pipe(
  v.string(),
  v.check((s) => toDate(s) !== null),
);
const email = v.pipe(v.string(), v.email());
const plainObject = v.custom<Record<string, unknown>>(isRecord);

/** Describes a received value briefly and safely for a message ("\"12\"", "null", "an array"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time strictly (no rolled-over 2025-02-31). One without an offset
 * is read as UTC, as the API's timestamps are; Date.parse would read it as local time.
 */
export function toDate(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = (m[8] ?? 'Z').toUpperCase();
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMins = Number(zone.slice(-2));
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Math.floor(Number(m[7] ?? 0) * 1000));
  const time = date.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time) : null;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

class FieldReader {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly body: Record<string, unknown>) {}

  /** A field the contract requires: absent or malformed gives null and a problem. */
  required<T>(field: string, schema: Schema<T>, expected: string): T | null {
    if (!(field in this.body) || this.body[field] === undefined) {
      this.problems.push({ field, kind: 'missing', expected });
      return null;
    }
    return this.check(field, this.body[field], schema, expected);
  }

  /** An optional field: absent or null gives null silently; malformed gives null and a problem. */
  optional<T>(field: string, schema: Schema<T>, expected: string): T | null {
    const value = this.body[field];
    if (value === undefined || value === null) return null;
    return this.check(field, value, schema, expected);
  }

  check<T>(field: string, value: unknown, schema: Schema<T>, expected: string): T | null {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    this.problems.push({ field, kind: 'invalid', expected, received: describeValue(value) });
    return null;
  }
}

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
export function parseOrganization(body: unknown): ParseResult {
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
    createdAt: createdAt === null ? null : toDate(createdAt),
    updatedAt: updatedAt === null ? null : toDate(updatedAt),
    billingEmail: read.optional('billing_email', email, 'an email address'),
    users: readUsers(read, body.users),
    userCount: Array.isArray(body.users) ? body.users.length : null,
    metadata: read.optional('metadata', plainObject, 'an object'),
    problems: read.problems,
  };
  return { ok: true, organization };
}
