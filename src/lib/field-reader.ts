import * as v from 'valibot';
import { isRecord } from './guards';
import { toDate } from './iso-date-time';

/**
 * Field-by-field validation of an API response: a field that is missing or malformed is
 * null and described in a problem, so one bad field never hides the others.
 */
export interface FieldProblem {
  field: string;
  kind: 'missing' | 'invalid';
  expected: string;
  /** A short, printable description of what arrived (absent for missing fields). */
  received?: string;
}

export function problemMessage(problem: FieldProblem): string {
  return problem.kind === 'missing'
    ? `${problem.field}: missing (expected ${problem.expected})`
    : `${problem.field}: expected ${problem.expected}, got ${problem.received ?? 'something else'}`;
}

export type Schema<T> = v.GenericSchema<unknown, T>;

export const nonEmptyString = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0),
);
// Integers beyond 2^53 are accepted: JSON numbers that large still deserve to be shown.
// JSON "-0" parses to -0, which Intl prints as "-0": normalised to 0.
export const integer = v.pipe(
  v.number(),
  v.integer(),
  v.transform((n) => n + 0),
);
export const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));
/** Counts and amounts the contract implies cannot be negative (credits used, cents, days). */
export const nonNegativeInteger = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.transform((n) => n + 0),
);
export const nonNegativeNumber = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(0),
  v.transform((n) => n + 0),
);
/** A year and month, YYYY-MM, month 01–12 (the API's billing_month). */
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const yearMonth = v.pipe(v.string(), v.regex(YEAR_MONTH));
export const dateTime = v.pipe(
  v.string(),
  v.check((s) => toDate(s) !== null),
  v.transform((s) => toDate(s)!),
);
export const email = v.pipe(v.string(), v.email());
export const plainObject = v.custom<Record<string, unknown>>(isRecord);

/** What a parser gives: the validated value, or why the body could not be read as one at all. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Opens a response body for reading. Only a body that is not an object, or one with none of
 * the response's documented fields (an error object, `{}`), is unreadable as a whole: with
 * even one documented field present, every valid field is kept and each bad one is a problem.
 */
export function openResponse(
  body: unknown,
  fields: readonly string[],
  what: string,
): { ok: true; reader: FieldReader } | { ok: false; reason: string } {
  if (!isRecord(body)) return { ok: false, reason: `The response is ${describeValue(body)}, not ${what}.` };
  const present = fields.some(
    (field) => Object.hasOwn(body, field) && body[field] !== null && body[field] !== undefined,
  );
  if (!present) return { ok: false, reason: `The response holds none of the fields of ${what}.` };
  return { ok: true, reader: new FieldReader(body) };
}

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

/** Reads the fields of one response object, collecting a problem for each bad one. */
export class FieldReader {
  readonly problems: FieldProblem[];
  /** `prefix` names nested objects in problems ("payment_method.card_last4"). */
  constructor(
    private readonly body: Record<string, unknown>,
    private readonly prefix = '',
    problems: FieldProblem[] = [],
  ) {
    this.problems = problems;
  }

  private name(field: string) {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  private own(field: string): unknown {
    // Only own properties: a key such as "constructor" must not read Object.prototype.
    return Object.hasOwn(this.body, field) ? this.body[field] : undefined;
  }

  /** A field the contract requires: absent or malformed gives null and a problem. */
  required<T>(field: string, schema: Schema<T>, expected: string): T | null {
    const value = this.own(field);
    if (value === undefined) {
      this.problems.push({ field: this.name(field), kind: 'missing', expected });
      return null;
    }
    return this.check(field, value, schema, expected);
  }

  /** An optional field: absent or null gives null silently; malformed gives null and a problem. */
  optional<T>(field: string, schema: Schema<T>, expected: string): T | null {
    const value = this.own(field);
    if (value === undefined || value === null) return null;
    return this.check(field, value, schema, expected);
  }

  /** A field with a documented default: absent or null gives the default; malformed gives null and a problem. */
  withDefault<T>(field: string, schema: Schema<T>, expected: string, fallback: T): T | null {
    const value = this.own(field);
    if (value === undefined || value === null) return fallback;
    return this.check(field, value, schema, expected);
  }

  /** A nested object, read with its own reader whose problems join this one's. */
  nested(field: string): FieldReader | null {
    const value = this.own(field);
    if (value === undefined || value === null) return null;
    if (!isRecord(value)) {
      this.problems.push({
        field: this.name(field),
        kind: 'invalid',
        expected: 'an object',
        received: describeValue(value),
      });
      return null;
    }
    return new FieldReader(value, this.name(field), this.problems);
  }

  /** Checks a value already taken out of the body (list entries, map values). */
  check<T>(field: string, value: unknown, schema: Schema<T>, expected: string): T | null {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    this.problems.push({ field: this.name(field), kind: 'invalid', expected, received: describeValue(value) });
    return null;
  }

  /**
   * A list whose entries are checked one by one: a bad entry is dropped with a problem naming
   * it (`field[2]`), the good ones are kept. Absent or null gives null, with a problem when required.
   */
  list<T>(field: string, schema: Schema<T>, expected: { list: string; entry: string }, required = false): T[] | null {
    const value = this.present(field, expected.list, required);
    if (value === undefined) return null;
    if (!Array.isArray(value)) {
      this.invalid(field, expected.list, value);
      return null;
    }
    const entries: T[] = [];
    value.forEach((entry: unknown, index) => {
      const checked = v.safeParse(schema, entry);
      if (checked.success) entries.push(checked.output);
      else this.invalid(`${field}[${index}]`, expected.entry, entry);
    });
    return entries;
  }

  /** A list of objects, each read with its own reader (`field[2].name` in problems); other entries are problems. */
  objects(field: string, expected: string, required = false): FieldReader[] | null {
    const value = this.present(field, expected, required);
    if (value === undefined) return null;
    if (!Array.isArray(value)) {
      this.invalid(field, expected, value);
      return null;
    }
    const readers: FieldReader[] = [];
    value.forEach((entry: unknown, index) => {
      if (isRecord(entry)) readers.push(new FieldReader(entry, this.name(`${field}[${index}]`), this.problems));
      else this.invalid(`${field}[${index}]`, 'an object', entry);
    });
    return readers;
  }

  /**
   * An object used as a map (string keys chosen by the API): each value is checked on its own.
   * Keys are data, so they go into a Map: "__proto__" or "constructor" is an ordinary entry
   * and nothing is ever assigned through an object's prototype chain.
   */
  map<T>(
    field: string,
    schema: Schema<T>,
    expected: { map: string; value: string },
    required = false,
  ): Map<string, T> | null {
    const value = this.present(field, expected.map, required);
    if (value === undefined) return null;
    if (!isRecord(value)) {
      this.invalid(field, expected.map, value);
      return null;
    }
    const entries = new Map<string, T>();
    for (const [key, entry] of Object.entries(value)) {
      const checked = v.safeParse(schema, entry);
      if (checked.success) entries.set(key, checked.output);
      else this.invalid(`${field}.${key}`, expected.value, entry);
    }
    return entries;
  }

  /**
   * Two required date-time fields bounding a period. An end that is not after the start is a
   * problem (reported on the end field, which gives null); the start is kept.
   */
  period(startField: string, endField: string): { start: Date | null; end: Date | null } {
    const expected = 'an ISO 8601 date-time';
    const start = this.required(startField, dateTime, expected);
    const end = this.required(endField, dateTime, expected);
    if (start === null || end === null || end.getTime() > start.getTime()) return { start, end };
    this.problems.push({
      field: this.name(endField),
      kind: 'invalid',
      expected: `a date-time after ${startField}`,
      received: describeValue(this.own(endField)),
    });
    return { start, end: null };
  }

  /** The value of a field that is there (not absent, not null); otherwise undefined, with a problem when required. */
  private present(field: string, expected: string, required: boolean): unknown {
    const value = this.own(field);
    if (value === undefined || value === null) {
      if (required) this.problems.push({ field: this.name(field), kind: 'missing', expected });
      return undefined;
    }
    return value;
  }

  private invalid(field: string, expected: string, value: unknown) {
    this.problems.push({ field: this.name(field), kind: 'invalid', expected, received: describeValue(value) });
  }

  /** The raw value of a field (own properties only), for shapes the schemas above do not cover. */
  raw(field: string): unknown {
    return this.own(field);
  }

  /** Records a problem found by the caller. */
  report(problem: FieldProblem) {
    this.problems.push({ ...problem, field: this.name(problem.field) });
  }
}
