import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  describeValue,
  FieldReader,
  integer,
  nonNegativeInteger,
  nonNegativeNumber,
  openResponse,
  yearMonth,
  type Schema,
} from './field-reader';

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [[1, 2], 'an array'],
    [{ a: 1 }, 'an object'],
    ['12', '"12"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    [12, '12'],
    [-0.5, '-0.5'],
    [false, 'false'],
    [undefined, 'undefined'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('shortens strings over 40 characters', () => {
    const long = 'x'.repeat(41);
    expect(describeValue(long)).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue('y'.repeat(40))).toBe(`"${'y'.repeat(40)}"`);
  });
});

describe('non-negative, year-month schemas', () => {
  const ok = <T>(schema: Schema<T>, value: unknown) => v.safeParse(schema, value).success;

  it('nonNegativeInteger takes 0 and up, any size, and normalises -0', () => {
    expect([0, 1, 2 ** 53, 2 ** 60].every((n) => ok(nonNegativeInteger, n))).toBe(true);
    expect([-1, 0.5, Number.NaN, Infinity, '1', null].some((n) => ok(nonNegativeInteger, n))).toBe(false);
    expect(Object.is(v.parse(nonNegativeInteger, -0), 0)).toBe(true);
  });

  it('nonNegativeNumber takes finite numbers from 0 up', () => {
    expect([0, 0.001, 23.45, 1e300].every((n) => ok(nonNegativeNumber, n))).toBe(true);
    expect([-0.01, Infinity, Number.NaN, '1'].some((n) => ok(nonNegativeNumber, n))).toBe(false);
    expect(Object.is(v.parse(nonNegativeNumber, -0), 0)).toBe(true);
  });

  it.each(['2025-01', '2025-12', '1999-09', '0001-01'])('yearMonth accepts %s', (text) => {
    expect(ok(yearMonth, text)).toBe(true);
  });

  it.each(['2025-00', '2025-13', '2025-1', '25-01', '2025-01-01', '2025/01', ' 2025-01', '2025-01 ', '202501', 202501])(
    'yearMonth refuses %j',
    (text) => {
      expect(ok(yearMonth, text)).toBe(false);
    },
  );
});

describe('openResponse', () => {
  it.each([
    [null, 'The response is null, not a thing.'],
    [[1], 'The response is an array, not a thing.'],
    ['x', 'The response is "x", not a thing.'],
    [{}, 'The response holds none of the fields of a thing.'],
    [{ a: null, other: 1 }, 'The response holds none of the fields of a thing.'],
  ])('refuses %j', (body, reason) => {
    expect(openResponse(body, ['a', 'b'], 'a thing')).toEqual({ ok: false, reason });
  });

  it('opens a body with one documented field present, even a malformed one', () => {
    const opened = openResponse({ b: 'x' }, ['a', 'b'], 'a thing');
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.reader.problems).toEqual([]);
  });

  it('does not count inherited properties as fields', () => {
    expect(openResponse({}, ['constructor', 'toString'], 'a thing').ok).toBe(false);
  });
});

describe('FieldReader.list', () => {
  const expected = { list: 'a list of numbers', entry: 'a whole number' };

  it('keeps good entries and reports each bad one by index', () => {
    const read = new FieldReader({ xs: [1, 'two', 3, null, 4.5] });
    expect(read.list('xs', integer, expected)).toEqual([1, 3]);
    expect(read.problems).toEqual([
      { field: 'xs[1]', kind: 'invalid', expected: 'a whole number', received: '"two"' },
      { field: 'xs[3]', kind: 'invalid', expected: 'a whole number', received: 'null' },
      { field: 'xs[4]', kind: 'invalid', expected: 'a whole number', received: '4.5' },
    ]);
  });

  it('gives null for absent or null, with a problem only when required', () => {
    const read = new FieldReader({ xs: null });
    expect(read.list('xs', integer, expected)).toBeNull();
    expect(read.list('ys', integer, expected)).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.list('ys', integer, expected, true)).toBeNull();
    expect(read.problems).toEqual([{ field: 'ys', kind: 'missing', expected: 'a list of numbers' }]);
  });

  it('reports a value that is not a list', () => {
    const read = new FieldReader({ xs: { 0: 1 } }, 'outer');
    expect(read.list('xs', integer, expected)).toBeNull();
    expect(read.problems).toEqual([
      { field: 'outer.xs', kind: 'invalid', expected: 'a list of numbers', received: 'an object' },
    ]);
  });

  it('gives [] for an empty list', () => {
    expect(new FieldReader({ xs: [] }).list('xs', integer, expected)).toEqual([]);
  });
});

describe('FieldReader.objects', () => {
  it('gives a reader per object entry, prefixed with its index; other entries are problems', () => {
    const read = new FieldReader({ items: [{ n: 1 }, 2, { n: 'x' }] });
    const readers = read.objects('items', 'a list of items')!;
    expect(readers.map((item) => item.optional('n', integer, 'a whole number'))).toEqual([1, null]);
    expect(read.problems).toEqual([
      { field: 'items[1]', kind: 'invalid', expected: 'an object', received: '2' },
      { field: 'items[2].n', kind: 'invalid', expected: 'a whole number', received: '"x"' },
    ]);
  });

  it('handles absent, null and non-list values', () => {
    const read = new FieldReader({ a: null, b: 'x' });
    expect(read.objects('a', 'a list')).toBeNull();
    expect(read.objects('missing', 'a list')).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.objects('b', 'a list')).toBeNull();
    expect(read.objects('missing', 'a list', true)).toBeNull();
    expect(read.problems).toEqual([
      { field: 'b', kind: 'invalid', expected: 'a list', received: '"x"' },
      { field: 'missing', kind: 'missing', expected: 'a list' },
    ]);
  });
});

describe('FieldReader.map', () => {
  const expected = { map: 'an object of counts', value: 'a whole number' };

  it('reads entries into a Map, in order, dropping bad values with a problem each', () => {
    const read = new FieldReader({ m: { b: 2, a: 1, bad: '3' } });
    const map = read.map('m', integer, expected)!;
    expect(map).toBeInstanceOf(Map);
    expect([...map]).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(read.problems).toEqual([{ field: 'm.bad', kind: 'invalid', expected: 'a whole number', received: '"3"' }]);
  });

  it('keeps __proto__, constructor and prototype as ordinary entries and leaves Object.prototype alone', () => {
    const body = JSON.parse('{"m":{"__proto__":5,"constructor":6,"prototype":7,"toString":8}}') as Record<
      string,
      unknown
    >;
    const map = new FieldReader(body).map('m', integer, expected)!;
    expect([...map]).toEqual([
      ['__proto__', 5],
      ['constructor', 6],
      ['prototype', 7],
      ['toString', 8],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('prototype');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('handles absent, null and non-object values', () => {
    const read = new FieldReader({ a: null, b: [1] });
    expect(read.map('a', integer, expected)).toBeNull();
    expect(read.map('none', integer, expected)).toBeNull();
    expect(read.problems).toEqual([]);
    expect(read.map('b', integer, expected)).toBeNull();
    expect(read.map('none', integer, expected, true)).toBeNull();
    expect(read.problems).toEqual([
      { field: 'b', kind: 'invalid', expected: 'an object of counts', received: 'an array' },
      { field: 'none', kind: 'missing', expected: 'an object of counts' },
    ]);
  });
});

describe('FieldReader.period', () => {
  it('reads both ends', () => {
    const read = new FieldReader({ s: '2026-11-01T00:00:00Z', e: '2026-12-01T00:00:00Z' });
    const { start, end } = read.period('s', 'e');
    expect([start?.toISOString(), end?.toISOString()]).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
    expect(read.problems).toEqual([]);
  });

  it.each(['2026-11-01T00:00:00Z', '2026-10-31T23:59:59Z', '2026-11-01T01:00:00+01:00'])(
    'reports an end (%s) that is not after the start, keeping the start',
    (endText) => {
      const read = new FieldReader({ s: '2026-11-01T00:00:00Z', e: endText });
      const { start, end } = read.period('s', 'e');
      expect(start?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
      expect(end).toBeNull();
      expect(read.problems).toEqual([
        { field: 'e', kind: 'invalid', expected: 'a date-time after s', received: JSON.stringify(endText) },
      ]);
    },
  );

  it('reports missing and malformed ends as such, without comparing', () => {
    const malformed = new FieldReader({ s: '2026-11-01', e: '2026-12-01T00:00:00Z' });
    expect(malformed.period('s', 'e').end?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(malformed.problems).toEqual([
      { field: 's', kind: 'invalid', expected: 'an ISO 8601 date-time', received: '"2026-11-01"' },
    ]);
    const missing = new FieldReader({ s: '2026-11-01T00:00:00Z' });
    expect(missing.period('s', 'e')).toEqual({ start: new Date('2026-11-01T00:00:00Z'), end: null });
    expect(missing.problems).toEqual([{ field: 'e', kind: 'missing', expected: 'an ISO 8601 date-time' }]);
  });
});
