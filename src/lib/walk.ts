/**
 * Walks over decoded JSON that never overflow the stack, whatever the API sends.
 *
 * JSON.parse takes any depth (V8 parses iteratively), but anything recursive afterwards
 * does not: V8's own JSON.stringify throws a RangeError past about 4,000 levels in Node 20,
 * and so would a recursive copy, comparison or tree view. Every walk here keeps its own
 * stack instead, reads only own keys (so `__proto__`, `constructor` and `prototype` are
 * ordinary keys, never the prototype's), and writes keys as own data properties, the way
 * JSON.parse does, so nothing is ever assigned through a setter or onto Object.prototype.
 */

/** Written by toJson in place of a value nested deeper than its maxDepth. */
export const TOO_DEEP = '[nested too deep to show]';
/** Written by toJson in place of a value that contains itself (JSON data never does). */
export const CIRCULAR = '[circular reference]';

type Json = unknown;
type Container = unknown[] | Record<string, unknown>;

/** An object as JSON.parse makes them: not an array, prototype Object.prototype or null. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An array or a plain record: the values the walks below go into. */
const isContainer = (value: unknown): value is Container => Array.isArray(value) || isPlainRecord(value);

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The value stored under a key of a plain record or an index of an array, or undefined.
 * `body[key]` with a key from the API would read Object.prototype for `constructor` or
 * `__proto__`; this reads own properties only.
 */
export function ownValue(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return ARRAY_INDEX.test(key) && Number(key) < value.length ? value[Number(key)] : undefined;
  return isPlainRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * The `[key, value]` pairs of a plain record (own enumerable keys, in order) or of an array
 * (indexes as strings), for tree views and exports; an empty list for anything else.
 */
export function entriesOf(value: unknown): [string, unknown][] {
  if (Array.isArray(value)) return value.map((item, i) => [String(i), item]);
  if (!isPlainRecord(value)) return [];
  return Object.keys(value).map((key) => [key, value[key]]);
}

/** Sets an own data property, as JSON.parse does: `__proto__` becomes a key, not the prototype. */
function define(target: Container, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** One container being walked: its keys (null for an array), and the next one to visit. */
interface Frame {
  source: Container;
  keys: string[] | null;
  index: number;
}

const open = (source: Container): Frame => ({
  source,
  keys: Array.isArray(source) ? null : Object.keys(source),
  index: 0,
});
const size = (frame: Frame) => (frame.keys ?? (frame.source as unknown[])).length;
const keyAt = (frame: Frame) => (frame.keys ? frame.keys[frame.index]! : String(frame.index));
const childAt = (frame: Frame): unknown =>
  frame.keys
    ? (frame.source as Record<string, unknown>)[frame.keys[frame.index]!]
    : (frame.source as unknown[])[frame.index];

function circular(name: string): never {
  throw new TypeError(`${name}: the value contains itself`);
}

/**
 * A copy of a JSON value with every string replaced, object keys included (two keys that
 * become one keep the later value, in the earlier place, as with Object.fromEntries).
 * Copy-on-write: any array or object in which nothing changes is returned as the very same
 * reference, so a large body without a match is not copied at all. Copies keep their
 * source's prototype (Object.prototype or null). Only arrays and plain records are walked;
 * other objects (a Date, a Map) are kept as they are. Throws a TypeError on a value that
 * contains itself.
 */
export function mapStrings(value: Json, replace: (text: string) => string): Json {
  const leaf = (v: unknown) => (typeof v === 'string' ? replace(v) : v);
  if (!isContainer(value)) return leaf(value);
  interface CopyFrame extends Frame {
    copy: Container | null;
  }
  const onPath = new Set<object>([value]);
  const stack: CopyFrame[] = [{ ...open(value), copy: null }];
  let result: Json = value;

  // The frame's current entry is done: `mapped` is its new value.
  const settle = (frame: CopyFrame, mapped: unknown) => {
    const i = frame.index++;
    if (frame.keys === null) {
      const source = frame.source as unknown[];
      if (frame.copy === null && !Object.is(mapped, source[i])) frame.copy = source.slice();
      if (frame.copy) define(frame.copy, i, mapped);
      return;
    }
    const key = frame.keys[i]!;
    const newKey = replace(key);
    const source = frame.source as Record<string, unknown>;
    if (frame.copy === null && (newKey !== key || !Object.is(mapped, source[key]))) {
      const copy = Object.create(Object.getPrototypeOf(source) as object | null) as Record<string, unknown>;
      // The keys and values before this one are unchanged, or the copy would exist already.
      for (const earlier of frame.keys.slice(0, i)) define(copy, earlier, source[earlier]);
      frame.copy = copy;
    }
    if (frame.copy) define(frame.copy, newKey, mapped);
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index < size(frame)) {
      const child = childAt(frame);
      if (isContainer(child)) {
        if (onPath.has(child)) circular('mapStrings');
        onPath.add(child);
        stack.push({ ...open(child), copy: null });
      } else {
        settle(frame, leaf(child));
      }
      continue;
    }
    stack.pop();
    onPath.delete(frame.source);
    const done = frame.copy ?? frame.source;
    const parent = stack[stack.length - 1];
    if (parent) settle(parent, done);
    else result = done;
  }
  return result;
}

/**
 * How deeply arrays and objects nest: 0 for a string, number, boolean or null, 1 for `[]`
 * or `{"a": 1}`, 2 for `[[]]`. Stops counting at `stopAt` (returns it) so that a caller
 * asking "deeper than 100?" walks no further than needed; Infinity for a value that
 * contains itself.
 */
export function depthOf(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  if (!isObject(value)) return 0;
  let deepest = 1;
  const onPath = new Set<object>([value]);
  const stack: Frame[] = [openAny(value)];
  while (stack.length > 0 && deepest < stopAt) {
    const frame = stack[stack.length - 1]!;
    if (frame.index < size(frame)) {
      const child = childAt(frame);
      frame.index++;
      if (!isObject(child)) continue;
      if (onPath.has(child)) return stopAt;
      onPath.add(child);
      stack.push(openAny(child));
      deepest = Math.max(deepest, stack.length);
    } else {
      onPath.delete(stack.pop()!.source);
    }
  }
  return Math.min(deepest, stopAt);
}

/** Arrays and every other object count as nesting for depthOf and toJson, as in JSON.stringify. */
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const openAny = (value: object): Frame => open(value as Container);

export interface ToJsonOptions {
  /** Spaces per level, as JSON.stringify's third argument (0–10; default 0, one line). */
  indent?: number;
  /** Levels of arrays and objects written out; deeper ones become TOO_DEEP (default 100). */
  maxDepth?: number;
}

/**
 * JSON text, exactly as `JSON.stringify(value, null, indent)` writes it for JSON data
 * (`__proto__` and other keys included as ordinary keys), without its depth limit: arrays
 * and objects nested deeper than `maxDepth` (the root one counts 1) are written as the
 * string TOO_DEEP, so the text of a 100,000-level body stays short. Like JSON.stringify:
 * toJSON is called (a Date becomes its ISO string), non-finite numbers are null, and
 * undefined, functions and symbols are left out of objects and are null elsewhere. Unlike
 * it: a bigint is written as its digits and a value containing itself as CIRCULAR, never a
 * TypeError, as this is for showing data.
 */
export function toJson(value: unknown, { indent = 0, maxDepth = 100 }: ToJsonOptions = {}): string {
  const gap = ' '.repeat(Math.min(10, Math.max(0, Math.floor(indent) || 0)));
  const newline = gap ? (depth: number) => '\n' + gap.repeat(depth) : () => '';
  const colon = gap ? ': ' : ':';
  const out: string[] = [];
  interface WriteFrame extends Frame {
    wrote: boolean;
  }
  const stack: WriteFrame[] = [];
  const onPath = new Set<object>();

  /** Writes a value's text, or opens it (writing `[` or `{`); false when it has no text. */
  const write = (v: unknown): boolean => {
    if (isObject(v)) {
      if (onPath.has(v)) out.push(JSON.stringify(CIRCULAR));
      else if (stack.length >= maxDepth) out.push(JSON.stringify(TOO_DEEP));
      else {
        onPath.add(v);
        stack.push({ ...openAny(v), wrote: false });
        out.push(Array.isArray(v) ? '[' : '{');
      }
      return true;
    }
    const text = primitive(v);
    if (text !== undefined) out.push(text);
    return text !== undefined;
  };

  if (!write(toJsonValue(value, ''))) return 'null';
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const depth = stack.length;
    if (frame.index < size(frame)) {
      const key = keyAt(frame);
      const child = childAt(frame);
      frame.index++;
      const separator = (frame.wrote ? ',' : '') + newline(depth);
      const v = toJsonValue(child, key);
      if (frame.keys === null) {
        out.push(separator);
        if (!write(v)) out.push('null');
        frame.wrote = true;
      } else if (isObject(v) || primitive(v) !== undefined) {
        out.push(separator, JSON.stringify(key), colon);
        write(v);
        frame.wrote = true;
      }
      continue;
    }
    stack.pop();
    onPath.delete(frame.source);
    out.push((frame.wrote ? newline(depth - 1) : '') + (frame.keys === null ? ']' : '}'));
  }
  return out.join('');
}

/** What JSON.stringify writes for a value: its toJSON() result when it has one (a Date). */
function toJsonValue(v: unknown, key: string): unknown {
  const toJSON: unknown = isObject(v) ? (v as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(v, key) : v;
}

/** The JSON text of a non-object, or undefined for what JSON has no text for. */
function primitive(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return String(v);
    case 'object':
      return 'null'; // only null gets here
    default:
      return undefined;
  }
}

/**
 * Whether two JSON values are equal: the same primitives (NaN equals NaN, 0 equals -0),
 * arrays of equal items in order, plain records with the same own keys and equal values in
 * any order (the prototype aside). Other objects are equal only to themselves. For change
 * detection on values of any depth; shared and circular parts are compared once.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const seen = new Map<object, Set<object>>();
  const pairs: [unknown, unknown][] = [[a, b]];
  while (pairs.length > 0) {
    const [x, y] = pairs.pop()!;
    if (Object.is(x, y) || x === y) continue;
    if (!isContainer(x) || !isContainer(y)) return false;
    const already = seen.get(x);
    if (already?.has(y)) continue;
    if (already) already.add(y);
    else seen.set(x, new Set([y]));
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pairs.push([x[i], y[i]]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      pairs.push([x[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}
