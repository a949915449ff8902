import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CIRCULAR, depthOf, entriesOf, isPlainRecord, jsonEqual, mapStrings, ownValue, toJson, TOO_DEEP } from './walk';

const RUNS = { numRuns: 1000 };
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

// Nothing may ever be written onto the shared prototypes, whatever the keys.
let prototypeNames: string[] = [];
beforeEach(() => {
  prototypeNames = [Object.prototype, Array.prototype].flatMap((p) => Reflect.ownKeys(p).map(String));
});
afterEach(() => {
  expect([Object.prototype, Array.prototype].flatMap((p) => Reflect.ownKeys(p).map(String))).toEqual(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** An object with exactly these own keys, made the way JSON.parse makes them (never through `__proto__`'s setter). */
function record(entries: readonly (readonly [string, unknown])[], prototype: object | null = Object.prototype) {
  const object = Object.create(prototype) as Record<string, unknown>;
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return object;
}

/** `levels` arrays (or objects, under `key`) around `leaf`, built without recursion. */
function chain(levels: number, leaf: unknown, kind: 'array' | 'object' = 'array', key = 'a'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : record([[key, value]]);
  return value;
}

const key = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary' }));
const text = fc.oneof(fc.constantFrom('', 'key', 'a key here', 'sk_live_1'), fc.string({ maxLength: 6 }));
const leaf = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));

/** JSON values whose objects often have prototype-like keys, some with a null prototype. */
const { json } = fc.letrec<{ json: unknown; array: unknown; object: unknown }>((tie) => ({
  json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('json'), { maxLength: 4 }),
  object: fc
    .tuple(fc.array(fc.tuple(key, tie('json')), { maxLength: 4 }), fc.boolean())
    .map(([entries, bare]) => record(entries, bare ? null : Object.prototype)),
}));
const anyJson = fc.oneof(
  json,
  fc.jsonValue(),
  fc.json().map((t): unknown => JSON.parse(t)),
);

/** A chain of up to `max` levels, each an array or an object under a random key, with siblings. */
const deepJson = (max: number) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.boolean(), key, fc.option(leaf, { nil: undefined })), { minLength: 1, maxLength: max }),
      leaf,
    )
    .map(([levels, bottom]) => {
      let value: unknown = bottom;
      for (const [isArray, k, sibling] of levels) {
        const children: unknown[] = sibling === undefined ? [value] : [sibling, value];
        value = isArray ? children : record(children.map((child, i) => [i === 0 ? k : `${k}_`, child]));
      }
      return value;
    });

/** The recursive behaviour mapStrings replaces, for values shallow enough to recurse over. */
function referenceMap(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => referenceMap(item, replace));
    return items.every((item, i) => Object.is(item, value[i])) ? value : items;
  }
  if (isPlainRecord(value)) {
    const entries = Object.keys(value).map((k) => [replace(k), referenceMap(value[k], replace)] as const);
    const same = entries.every(([k, v], i) => k === Object.keys(value)[i] && Object.is(v, value[k]));
    return same ? value : record(entries, Object.getPrototypeOf(value) as object | null);
  }
  return value;
}

/** Recursive depth, for values shallow enough. */
const referenceDepth = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(referenceDepth)) : 0;

/** Checks that `actual` has the same shape, values and shared references as `expected`, node by node. */
function expectSameStructure(actual: unknown, expected: unknown, source: unknown): void {
  expect(actual === source).toBe(expected === source);
  if (typeof expected !== 'object' || expected === null) {
    expect(actual).toBe(expected);
    return;
  }
  expect(Array.isArray(actual)).toBe(Array.isArray(expected));
  expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(expected));
  const keys = Object.keys(expected);
  expect(Object.keys(actual as object)).toEqual(keys);
  const sourceKeys = typeof source === 'object' && source !== null ? Object.keys(source) : [];
  keys.forEach((k, i) => {
    const sourceChild = ownValue(source, sourceKeys[i] ?? '');
    expectSameStructure(ownValue(actual, k), ownValue(expected, k), sourceChild);
  });
}

const redact = (s: string) => s.split('key').join('[API key]');

describe('isPlainRecord, ownValue and entriesOf', () => {
  const parsed = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 2, "prototype": 3}') as unknown;

  it('tells plain records from arrays, null and other objects', () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect(isPlainRecord(parsed)).toBe(true);
    for (const other of [null, [], 'x', 1, new Date(), new Map(), Object.create({})]) {
      expect(isPlainRecord(other)).toBe(false);
    }
  });

  it('reads own keys only', () => {
    expect(ownValue(parsed, '__proto__')).toEqual({ polluted: 1 });
    expect(ownValue(parsed, 'constructor')).toBe(2);
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({}, '__proto__')).toBeUndefined();
    expect(ownValue({}, 'toString')).toBeUndefined();
    expect(ownValue(['a', 'b'], '1')).toBe('b');
    for (const k of ['2', 'length', '01', '-1', '1.0', 'map']) expect(ownValue(['a', 'b'], k)).toBeUndefined();
    expect(ownValue('text', 'length')).toBeUndefined();
    expect(ownValue(new Map([['a', 1]]), 'a')).toBeUndefined();
  });

  it('lists own entries of records and arrays, and nothing for anything else', () => {
    expect(entriesOf(parsed)).toEqual([
      ['__proto__', { polluted: 1 }],
      ['constructor', 2],
      ['prototype', 3],
    ]);
    expect(entriesOf(['x', null])).toEqual([
      ['0', 'x'],
      ['1', null],
    ]);
    for (const other of [null, 'ab', 3, new Date(), Object.create({ inherited: 1 })])
      expect(entriesOf(other)).toEqual([]);
  });
});

describe('mapStrings', () => {
  it('replaces every string, keys included', () => {
    const value = { a: ['x key'], key: { b: 'key' }, n: 1, t: true, z: null };
    expect(mapStrings(value, redact)).toEqual({
      a: ['x [API key]'],
      '[API key]': { b: '[API key]' },
      n: 1,
      t: true,
      z: null,
    });
    expect(mapStrings('the key', redact)).toBe('the [API key]');
    expect(mapStrings(5, redact)).toBe(5);
  });

  it('returns the very same value, and the same unchanged parts, without copying', () => {
    const body = { users: [{ name: 'Ada' }, { name: 'Key holder' }], meta: { a: [1, 2] }, note: 'key' };
    expect(mapStrings(body, (s) => s)).toBe(body);
    const out = mapStrings(body, redact) as typeof body;
    expect(out).not.toBe(body);
    expect(out.users).toBe(body.users);
    expect(out.meta).toBe(body.meta);
    expect(out.note).toBe('[API key]');
    const inner = mapStrings(body, (s) => (s === 'Ada' ? 'A.' : s)) as typeof body;
    expect(inner.users).not.toBe(body.users);
    expect(inner.users[0]).toEqual({ name: 'A.' });
    expect(inner.users[1]).toBe(body.users[1]);
    expect(inner.meta).toBe(body.meta);
  });

  it('keeps __proto__, constructor and prototype as ordinary keys and never touches Object.prototype', () => {
    const body = JSON.parse(
      '{"__proto__": {"polluted": "key"}, "constructor": {"prototype": {"polluted": "key"}}, "x": "key"}',
    ) as unknown;
    const out = mapStrings(body, redact) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'x']);
    expect(ownValue(out, '__proto__')).toEqual({ polluted: '[API key]' });
    expect(ownValue(ownValue(out, 'constructor'), 'prototype')).toEqual({ polluted: '[API key]' });
    expect(ownValue(out, 'x')).toBe('[API key]');
  });

  it('writes a key renamed to __proto__ as an own key', () => {
    const out = mapStrings({ x: { polluted: true }, y: 1 }, (s) => (s === 'x' ? '__proto__' : s));
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out as object)).toEqual(['__proto__', 'y']);
    expect(ownValue(out, '__proto__')).toEqual({ polluted: true });
  });

  it('keeps the later value in the earlier place when two keys become one', () => {
    expect(Object.entries(mapStrings({ a: 1, b: 2, c: 3 }, (s) => (s === 'c' ? 'a' : s)) as object)).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('keeps a null prototype, and other objects as they are', () => {
    const bare = record([['k', 'key']], null);
    const out = mapStrings(bare, redact);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(ownValue(out, 'k')).toBe('[API key]');
    const date = new Date(0);
    const map = new Map([['key', 'key']]);
    const value = mapStrings({ date, map, s: 'key' }, redact) as Record<string, unknown>;
    expect(value.date).toBe(date);
    expect(value.map).toBe(map);
  });

  it.each([10_000, 100_000])('walks %i levels of arrays and of objects', (levels) => {
    for (const kind of ['array', 'object'] as const) {
      const deep = chain(levels, 'the key', kind, '__proto__');
      const out = mapStrings(deep, redact);
      // Compared by hand: expect's not.toBe compares deeply (recursively) when the references differ.
      expect(out === deep).toBe(false);
      // One expect at the end, not one per level: 100,000 expects cost seconds on a busy machine.
      let node: unknown = out;
      let foreignPrototypes = 0;
      for (let i = 0; i < levels; i++) {
        if (kind === 'object' && Object.getPrototypeOf(node) !== Object.prototype) foreignPrototypes++;
        node = kind === 'array' ? (node as unknown[])[0] : ownValue(node, '__proto__');
      }
      expect(foreignPrototypes).toBe(0);
      expect(node).toBe('the [API key]');
      expect(mapStrings(deep, (s) => s)).toBe(deep);
    }
  });

  it('walks very wide values', () => {
    const wide = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 ? i : `item ${i}`));
    expect(mapStrings(wide, redact)).toBe(wide);
    const changed = mapStrings(wide, (s) => (s === 'item 999998' ? 'last' : s)) as unknown[];
    expect(changed).toHaveLength(1_000_000);
    expect(changed[999_998]).toBe('last');
    expect(changed[0]).toBe('item 0');
    const keys = record(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const renamed = mapStrings(keys, (s) => s.toUpperCase()) as Record<string, unknown>;
    expect(Object.keys(renamed)).toHaveLength(100_000);
    expect(renamed.K99999).toBe(99_999);
  });

  it('throws a TypeError on a value that contains itself', () => {
    const loop: Record<string, unknown> = { a: 'key' };
    loop.self = { back: loop };
    expect(() => mapStrings(loop, redact)).toThrow(TypeError);
    // A part shared by two branches is no loop.
    const shared = { s: 'key' };
    expect(mapStrings({ a: shared, b: [shared] }, redact)).toEqual({ a: { s: '[API key]' }, b: [{ s: '[API key]' }] });
  });

  it('gives what the recursive copy gives, sharing exactly its unchanged parts', () => {
    fc.assert(
      fc.property(
        anyJson,
        fc.constantFrom(
          redact,
          (s: string) => s.toUpperCase(),
          (s: string) => s,
        ),
        (v, replace) => {
          expectSameStructure(mapStrings(v, replace), referenceMap(v, replace), v);
        },
      ),
      RUNS,
    );
  });

  it('on deep values: replaces every string, copying only when there is one', () => {
    fc.assert(
      fc.property(deepJson(3_000), (v) => {
        expect(mapStrings(v, (s) => s)).toBe(v);
        const out = mapStrings(v, (s) => `${s}!`);
        const text = toJson(v, { maxDepth: Infinity });
        // A copy exactly when there is a string (a key or a value) to change.
        expect(out === v).toBe(!text.includes('"'));
        expect(toJson(out, { maxDepth: Infinity })).toBe(toJson(referenceMapIterative(text), { maxDepth: Infinity }));
      }),
      RUNS,
    );
  });
});

/** What mapStrings(v, s => s + '!') must give, from v's JSON text (where strings only ever appear quoted). */
function referenceMapIterative(text: string): unknown {
  return JSON.parse(text.replace(/"((?:[^"\\]|\\.)*)"/g, '"$1!"'));
}

describe('toJson', () => {
  it('finds that V8 reads 100,000 levels but cannot write them (why toJson exists)', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const parsed: unknown = JSON.parse(text);
    expect(() => JSON.stringify(parsed)).toThrow(RangeError);
    expect(toJson(parsed, { maxDepth: Infinity })).toBe(text);
  });

  it.each([10_000, 100_000])('writes %i levels, cut at maxDepth', (levels) => {
    const deep = chain(levels, 1, 'object', '__proto__');
    const shown = toJson(deep);
    const parsed: unknown = JSON.parse(shown);
    expect(depthOf(parsed)).toBe(100);
    expect(shown).toBe('{"__proto__":'.repeat(100) + JSON.stringify(TOO_DEEP) + '}'.repeat(100));
    expect(toJson(deep, { maxDepth: Infinity })).toBe('{"__proto__":'.repeat(levels) + '1' + '}'.repeat(levels));
    expect(toJson(chain(levels, 'x'), { indent: 2, maxDepth: 2 })).toBe(
      `[\n  [\n    ${JSON.stringify(TOO_DEEP)}\n  ]\n]`,
    );
  });

  it('writes very wide values', () => {
    const wide = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(toJson(wide)).toBe(JSON.stringify(wide));
    const keys = record(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, [i]]));
    expect(toJson(keys, { indent: 1 })).toBe(JSON.stringify(keys, null, 1));
  });

  it('writes the marker for any array or object past maxDepth, empty ones too', () => {
    const marker = JSON.stringify(TOO_DEEP);
    expect(toJson([], { maxDepth: 0 })).toBe(marker);
    expect(toJson('x', { maxDepth: 0 })).toBe('"x"');
    expect(toJson({ a: [], b: {}, c: 1 }, { maxDepth: 1 })).toBe(`{"a":${marker},"b":${marker},"c":1}`);
    expect(toJson({ a: [[]] }, { maxDepth: 2 })).toBe(`{"a":[${marker}]}`);
  });

  it('does what JSON.stringify does with what JSON has no text for', () => {
    const value = {
      u: undefined,
      f: () => 1,
      s: Symbol('s'),
      n: Number.NaN,
      i: Number.POSITIVE_INFINITY,
      z: -0,
      d: new Date(0),
      list: [undefined, () => 1, Symbol('t'), Number.NaN],
      nested: { only: undefined },
      custom: { toJSON: (k: string) => `custom at ${k}` },
    };
    for (const indent of [0, 2]) expect(toJson(value, { indent })).toBe(JSON.stringify(value, null, indent));
    expect(toJson(undefined)).toBe('null');
    expect(toJson(() => 1)).toBe('null');
    expect(toJson(new Date(0))).toBe(JSON.stringify(new Date(0)));
  });

  it('writes a bigint as its digits and a loop as the circular marker, where JSON.stringify throws', () => {
    expect(toJson({ big: 12345678901234567890n })).toBe('{"big":12345678901234567890}');
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = [loop];
    expect(toJson(loop)).toBe(`{"a":1,"self":[${JSON.stringify(CIRCULAR)}]}`);
    const shared = { s: 1 };
    expect(toJson([shared, shared])).toBe('[{"s":1},{"s":1}]');
  });

  it('clamps the indent as JSON.stringify does', () => {
    const value = { a: [1, { b: 2 }] };
    for (const indent of [-3, 0, 1, 2.7, 10, 11, 40, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(toJson(value, { indent })).toBe(JSON.stringify(value, null, indent));
    }
  });

  it('gives exactly JSON.stringify for JSON data, prototype-like keys included', () => {
    fc.assert(
      fc.property(anyJson, fc.integer({ min: 0, max: 10 }), (v, indent) => {
        expect(toJson(v, { indent })).toBe(JSON.stringify(v, null, indent));
      }),
      RUNS,
    );
  });

  it('gives exactly JSON.stringify for values thousands of levels deep, with maxDepth off', () => {
    fc.assert(
      fc.property(deepJson(2_000), fc.constantFrom(0, 1), (v, indent) => {
        expect(toJson(v, { indent, maxDepth: Infinity })).toBe(JSON.stringify(v, null, indent));
      }),
      RUNS,
    );
  });

  it('never goes deeper than maxDepth, and is JSON.stringify when the value is not deeper', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, deepJson(300)), fc.integer({ min: 0, max: 8 }), (v, maxDepth) => {
        const shown = toJson(v, { maxDepth });
        expect(depthOf(JSON.parse(shown))).toBeLessThanOrEqual(maxDepth);
        if (depthOf(v) <= maxDepth) expect(shown).toBe(JSON.stringify(v));
        else expect(shown).toContain(JSON.stringify(TOO_DEEP));
      }),
      RUNS,
    );
  });
});

describe('depthOf', () => {
  it.each<[unknown, number]>([
    [null, 0],
    ['x', 0],
    [1, 0],
    [[], 1],
    [{}, 1],
    [[1, 'a'], 1],
    [[[]], 2],
    [{ a: [{}], b: 1 }, 3],
    [[1, [2, [3]], []], 3],
  ])('%j is %i deep', (value, depth) => {
    expect(depthOf(value)).toBe(depth);
  });

  it.each([10_000, 100_000])('counts %i levels', (levels) => {
    expect(depthOf(chain(levels, 1))).toBe(levels);
    expect(depthOf(chain(levels, [], 'object', 'constructor'))).toBe(levels + 1);
  });

  it('stops at stopAt', () => {
    expect(depthOf(chain(100_000, 1), 101)).toBe(101);
    expect(depthOf(chain(50, 1), 101)).toBe(50);
  });

  it('is Infinity for a value that contains itself', () => {
    const loop: unknown[] = [];
    loop.push([loop]);
    expect(depthOf(loop)).toBe(Number.POSITIVE_INFINITY);
    expect(depthOf(loop, 10)).toBe(10);
    const shared = [[]];
    expect(depthOf([shared, shared])).toBe(3);
  });

  it('agrees with a recursive count', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, deepJson(1_000)), (v) => {
        expect(depthOf(v)).toBe(referenceDepth(v));
      }),
      RUNS,
    );
  });
});

describe('jsonEqual', () => {
  it('compares values, not references, and ignores key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(jsonEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(jsonEqual(0, -0)).toBe(true);
    expect(jsonEqual(record([['__proto__', 1]]), record([['__proto__', 1]], null))).toBe(true);
  });

  it.each<[unknown, unknown]>([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: 1 }],
    [{ a: undefined }, { b: undefined }],
    [{}, record([['__proto__', 1]])],
    [{ constructor: Object }, {}],
    [
      [1, 2],
      [2, 1],
    ],
    [[1], [1, 1]],
    [[], {}],
    [{ 0: 'a' }, ['a']],
    ['1', 1],
    [null, {}],
    [new Date(0), new Date(0)],
  ])('tells %j from %j', (a, b) => {
    expect(jsonEqual(a, b)).toBe(false);
    expect(jsonEqual(b, a)).toBe(false);
  });

  it.each([10_000, 100_000])('compares %i levels', (levels) => {
    expect(jsonEqual(chain(levels, 'x', 'object', '__proto__'), chain(levels, 'x', 'object', '__proto__'))).toBe(true);
    expect(jsonEqual(chain(levels, 'x'), chain(levels, 'y'))).toBe(false);
  });

  it('compares values that contain themselves', () => {
    const a: unknown[] = [1];
    a.push(a);
    const b: unknown[] = [1];
    b.push(b);
    expect(jsonEqual(a, b)).toBe(true);
    const c: unknown[] = [2];
    c.push(c);
    expect(jsonEqual(a, c)).toBe(false);
  });

  it('is true exactly when the texts with sorted keys are the same', () => {
    const reversed = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reversed);
      if (!isPlainRecord(v)) return v;
      return record(
        Object.keys(v)
          .reverse()
          .map((k) => [k, reversed(v[k])]),
      );
    };
    const sorted = (v: unknown): string => {
      if (Array.isArray(v)) return `[${v.map(sorted).join(',')}]`;
      if (!isPlainRecord(v)) return JSON.stringify(v);
      return `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${sorted(v[k])}`)
        .join(',')}}`;
    };
    // JSON data: NaN and Infinity have no text of their own, so they go through JSON first.
    const data = anyJson.map((v): unknown => JSON.parse(JSON.stringify(v)));
    const pair = fc.oneof(
      fc.tuple(data, data),
      data.map((a) => [a, reversed(a)] as const),
      data.map((a) => [a, mapStrings(a, (s) => (s.length === 1 ? `${s}.` : s))] as const),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(jsonEqual(a, b)).toBe(sorted(a) === sorted(b));
        expect(jsonEqual(b, a)).toBe(jsonEqual(a, b));
      }),
      RUNS,
    );
  });

  it('finds a change anywhere in a deep value', () => {
    fc.assert(
      fc.property(deepJson(2_000), (v) => {
        expect(jsonEqual(v, v)).toBe(true);
        expect(
          jsonEqual(
            v,
            mapStrings(v, (s) => s),
          ),
        ).toBe(true);
        const changed = mapStrings(v, (s) => `${s}!`);
        expect(jsonEqual(v, changed)).toBe(changed === v);
      }),
      RUNS,
    );
  });
});
