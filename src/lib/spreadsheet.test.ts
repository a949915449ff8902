import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, isFormulaLike, neutraliseFormula, parseCsv, plainNumber, toCsv, type Cell } from './spreadsheet';

const RUNS = { numRuns: 1000 };

/** Text rich in what matters here: formula starters, quotes, separators, breaks, invisible and wide characters. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', "'", '"', ',', ';', ' ', '\t', '\r', '\n'),
    fc.constantFrom('\u00A0', '\u200B', '\u202E', '\uFEFF', '\u3000', '\u0000', '\u2028', 'a', '1', '.', 'é'),
    fc.string({ unit: 'binary', maxLength: 1 }),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 12,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
const cell: fc.Arbitrary<Cell> = fc.oneof(anyText, fc.double(), fc.integer(), fc.constant(null));

describe('isFormulaLike', () => {
  it.each(['=1+1', '+1', '-1+1', '@SUM(1,1)', '=HYPERLINK("http://example.invalid","x")', '\t', '\tplain', '\r', '\n'])(
    'is true for %j',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
    },
  );

  it.each([
    ['full-width forms', ['＝1+1', '＋1', '－1', '＠SUM(1)']],
    ['small and superscript forms', ['﹦1', '﹢1', '﹣1', '﹫x', '⁼1', '⁺1', '₊1']],
    ['leading spaces and invisible characters', [' =1', '   +1', '\u00A0=1', '\u3000=1', '\u200B=1', '\uFEFF=1']],
    ['leading controls', ['\u0000=1', '\u001B=1', '\u202E=1', '\u2066@x']],
  ])('is true for %s', (_, texts) => {
    for (const text of texts) expect(isFormulaLike(text), JSON.stringify(text)).toBe(true);
  });

  it.each(['', ' ', 'Acme', "'=1", 'a=1', '1-2', 'org_123', ' hello', '"=1"', '−5', '—', 'e=mc²'])(
    'is false for %j',
    (text) => {
      expect(isFormulaLike(text)).toBe(false);
    },
  );
});

describe('neutraliseFormula', () => {
  it("prefixes formula-like text with ' and leaves other text alone", () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula(' =1+1')).toBe("' =1+1");
    expect(neutraliseFormula('-5')).toBe("'-5");
    expect(neutraliseFormula('Acme')).toBe('Acme');
  });

  it('leaves no formula behind, whatever the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = neutraliseFormula(text);
        expect(out === text || out === `'${text}`).toBe(true);
        expect(isFormulaLike(out)).toBe(false);
        // Already neutral text is never prefixed twice.
        expect(neutraliseFormula(out)).toBe(out);
      }),
      RUNS,
    );
  });
});

describe('plainNumber', () => {
  it.each([
    [250000, '250000'],
    [-5, '-5'],
    [12.5, '12.5'],
    [0, '0'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [-1.5e22, '-15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-1.25e-7, '-0.000000125'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [Number.MIN_VALUE, `0.${'0'.repeat(323)}5`],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [Number.NEGATIVE_INFINITY, ''],
  ])('%d → %j', (value, expected) => {
    expect(plainNumber(value)).toBe(expected);
  });

  it('reads back as the same number and is never in exponent form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      RUNS,
    );
  });
});

describe('csvField', () => {
  it.each<[Cell, string]>([
    [null, ''],
    ['', ''],
    ['Acme', 'Acme'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['a;b', '"a;b"'],
    ['a\tb', '"a\tb"'],
    [' padded ', '" padded "'],
    ['=1+1', "'=1+1"],
    ['=SUM(1,2)', `"'=SUM(1,2)"`],
    ['-5', "'-5"],
    ['＝1+1', "'＝1+1"],
    ['\t=1', `"'\t=1"`],
    [250000, '250000'],
    [-5, '-5'],
    [12.5, '12.5'],
    [1e21, '1000000000000000000000'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("reads back as the text, or as ' and the text when the text was formula-like", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const field = csvField(text);
        // After the file's own byte-order mark, which the reader skips, as a file's first cell.
        const rows = parseCsv(`\uFEFF${field}\r\n`);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toHaveLength(1);
        expect(rows[0]![0]).toBe(isFormulaLike(text) ? `'${text}` : text);
      }),
      RUNS,
    );
  });

  it('never starts with a formula character: it is quoted, neutralised, or neither is needed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const field = csvField(text);
        expect(isFormulaLike(field)).toBe(false);
        const content = parseCsv(`\uFEFF${field}`)[0]?.[0] ?? '';
        expect(isFormulaLike(content)).toBe(false);
        if (field !== content) expect(field.startsWith('"')).toBe(true);
      }),
      RUNS,
    );
  });

  it('writes numbers as numbers that read back', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const field = csvField(value);
        expect(field).not.toContain('"');
        expect(Number(field)).toBe(value === 0 ? 0 : value);
      }),
      RUNS,
    );
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['Fact', 'Value'],
        ['Balance', 250000],
        ['Name', '=cmd|"/c calc"!A0'],
        ['Missing', null],
      ]),
    ).toBe('\uFEFFFact,Value\r\nBalance,250000\r\nName,"\'=cmd|""/c calc""!A0"\r\nMissing,\r\n');
  });

  it('is only the byte-order mark for no rows', () => {
    expect(toCsv([])).toBe('\uFEFF');
    expect(parseCsv(toCsv([]))).toEqual([]);
  });

  it('reads back row by row, cell by cell', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const text = toCsv(rows);
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(text.endsWith('\r\n') || rows.length === 0).toBe(true);
        expect(parseCsv(text)).toEqual(rows.map((row) => row.map(expectedCell)));
      }),
      RUNS,
    );
  });
});

/** What a CSV cell reads back as. */
function expectedCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return isFormulaLike(value) ? `'${value}` : value;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and breaks, and rows ended by CRLF or LF', () => {
    expect(parseCsv('\uFEFFa,"b,""c""\r\nd"\r\n,\ne')).toEqual([['a', 'b,"c"\r\nd'], ['', ''], ['e']]);
  });

  it.each(['"open', 'a"b', '"a"b', '"a"\rb'])('rejects %j', (text) => {
    expect(() => parseCsv(text)).toThrow(SyntaxError);
  });
});
