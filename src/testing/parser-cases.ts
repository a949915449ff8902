import { expect, it } from 'vitest';
import type { Parsed } from '@/lib/field-reader';

/** What every parser's result carries besides its fields. */
interface WithProblems {
  problems: readonly { field: string; kind: string }[];
}

/**
 * The scaffold every API parser's tests share: read a body that must parse, take fields out of
 * a valid one, and check that a missing field is named while the rest of the body is kept.
 */
export function parserCases<T extends WithProblems>(
  parse: (body: unknown) => Parsed<T>,
  validBody: () => Record<string, unknown>,
) {
  /** The parsed value of a body that must be readable; the parser's reason otherwise. */
  function parseOk(body: unknown): T {
    const result = parse(body);
    if (!result.ok) throw new Error(`expected ok, got: ${result.reason}`);
    return result.value;
  }

  /** The valid body less the given fields. */
  const without = (...fields: string[]): Record<string, unknown> =>
    Object.fromEntries(Object.entries(validBody()).filter(([name]) => !fields.includes(name)));

  /**
   * One test per field of `props` (wire name → property): without that field, its property is
   * null, the field alone is named as missing, and every other property is as in the full body.
   */
  function eachMissingFieldIsNamed(props: Readonly<Record<string, keyof T>>): void {
    it.each(Object.entries(props))('a missing %s is named in problems; the rest is kept', (field, prop) => {
      const value = parseOk(without(field));
      expect(value[prop]).toBeNull();
      expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'missing']]);
      const full = parseOk(validBody());
      for (const other of Object.values(props)) if (other !== prop) expect(value[other]).toEqual(full[other]);
    });
  }

  return { parseOk, without, eachMissingFieldIsNamed };
}
