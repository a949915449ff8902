import { describe, expect, it } from 'vitest';
import { describeValue } from './field-reader';

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
