/**
 * Cells for spreadsheets: RFC 4180 CSV files.
 *
 * Text from the API is data, but a spreadsheet runs any cell that looks like a formula
 * (OWASP "CSV injection"): `=HYPERLINK(…)` or `=WEBSERVICE(…)` can send the sheet's contents
 * elsewhere, and old Excel can start programs through DDE. So every text cell that a
 * spreadsheet could read as a formula is prefixed with `'`, the spreadsheet's own "this is
 * text" mark, and numbers are passed as JS numbers, never as text.
 */

/** What a cell may hold: text, a number (kept a number), or nothing (an empty cell). */
export type Cell = string | number | null;

/** The characters that start a formula in Excel, LibreOffice Calc and Google Sheets. */
const FORMULA_START = new Set(['=', '+', '-', '@']);

/** Cells that start with one of these are prefixed whatever follows (OWASP lists all three). */
const LEADING_BREAK = /^[\t\r\n]/;

/**
 * What an importer may skip before it looks for a formula: Google Sheets and LibreOffice
 * (with "trim spaces") drop leading spaces, and invisible characters hide from the eye and
 * from naive checks alike, so `" =1+1"` or `"\u200B=1+1"` count as formulas too.
 */
const SKIPPABLE_PREFIX = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]+/u;

/**
 * Whether a spreadsheet could read the text as a formula. The first visible character
 * counts in its compatibility form (NFKC), so full-width `＝ ＋ － ＠` (which Excel in
 * East Asian locales reads as formulas) and small or superscript forms count as well.
 */
export function isFormulaLike(text: string): boolean {
  if (LEADING_BREAK.test(text)) return true;
  const first = text.replace(SKIPPABLE_PREFIX, '').codePointAt(0);
  if (first === undefined) return false;
  return FORMULA_START.has(String.fromCodePoint(first).normalize('NFKC').charAt(0));
}

/** The text with `'` in front when a spreadsheet could read it as a formula, else as it is. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/**
 * A number in plain decimal digits: the shortest digits that read back as the same number,
 * never in exponent form (`1e+21` → `1000000000000000000000`, `1e-7` → `0.0000001`), since
 * plain digits are what every reader of numbers takes. `-0` is written `0`; NaN and
 * ±Infinity, which no spreadsheet has, are empty cells.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', lead = '', rest = '', exponent = '0'] = match;
  const digits = lead + rest;
  const point = 1 + Number(exponent); // digits before the decimal point
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Quoted when RFC 4180 needs it (a quote, comma, CR or LF) and also for a semicolon or tab
 * (the separators spreadsheets guess in other locales) and for spaces at either end (which
 * some readers trim from unquoted fields), so the cell reads back whole.
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^ | $/;

/** One RFC 4180 field: formula-like text neutralised, quotes doubled, numbers plain. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file: CRLF after every row (the last one too) and a UTF-8 byte-order mark first,
 * without which Excel reads UTF-8 as the system code page. No `sep=` line: Excel ignores
 * the byte-order mark when there is one.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

const UNQUOTED = /[^,\r\n]*/y;

/**
 * Reads RFC 4180 text back into rows of fields (a leading byte-order mark is skipped; CRLF
 * or LF ends a row; the break after the last row is optional). For checking what was
 * written; throws a SyntaxError on text that is not RFC 4180.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  if (i === text.length) return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new SyntaxError(`Unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      UNQUOTED.lastIndex = i;
      field = UNQUOTED.exec(text)?.[0] ?? '';
      if (field.includes('"')) throw new SyntaxError(`Quote inside an unquoted field at ${i}`);
      i += field.length;
    }
    row.push(field);
    if (i === text.length) break;
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) i += 2;
    else if (text[i] === '\n') i++;
    else throw new SyntaxError(`Expected a comma or line break at ${i}`);
    rows.push(row);
    row = [];
    if (i === text.length) return rows;
  }
  rows.push(row);
  return rows;
}
