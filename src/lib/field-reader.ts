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
export const finiteNumber = v.pipe(
  v.number(),
  v.finite(),
  v.transform((n) => n + 0),
);
export const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));
export const dateTime = v.pipe(
  v.string(),
  v.check((s) => toDate(s) !== null),
  v.transform((s) => toDate(s)!),
);
export const email = v.pipe(v.string(), v.email());
export const plainObject = v.custom<Record<string, unknown>>(isRecord);

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

  /** The raw value of a field (own properties only), for shapes the schemas above do not cover. */
  raw(field: string): unknown {
    return this.own(field);
  }

  /** Records a problem found by the caller. */
  report(problem: FieldProblem) {
    this.problems.push({ ...problem, field: this.name(problem.field) });
  }
}
