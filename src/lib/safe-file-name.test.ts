import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_EXTENSIONS,
  exportFileName,
  fileDate,
  fileNamePart,
  isWindowsDeviceName,
  type ExportExtension,
} from './safe-file-name';

const RUNS = { numRuns: 1000 };

const SAFE_PART = /^[A-Za-z0-9_]([A-Za-z0-9._-]*[A-Za-z0-9_])?$/;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const nasty = fc.constantFrom(
  '/',
  '\\',
  '.',
  '..',
  '-',
  ' ',
  '\u0000',
  '\u001F',
  '\u007F',
  '\u200B',
  '\u200D',
  '\u202E',
  '\u2066',
  '\uFEFF',
  'CON',
  'nul',
  'Com1',
  'ＣＯＮ',
  'é',
  '🚀',
);
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: fc.oneof(nasty, loneSurrogate, fc.string({ unit: 'grapheme-ascii', maxLength: 1 })) }),
);
const extension = fc.constantFrom(...EXPORT_EXTENSIONS);

describe('fileNamePart', () => {
  it.each([
    ['org_demo123', 'org_demo123'],
    ['org/../x y', 'org-x-y'],
    ['v1.2-beta', 'v1.2-beta'],
    ['a.-.b', 'a-b'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\System32', 'C-Windows-System32'],
    ['.hidden', 'hidden'],
    ['name.', 'name'],
    ['a...b', 'a.b'],
    ['--a--b--', 'a-b'],
    ['a\u0000b\u001Fc', 'a-b-c'],
    ['a\u200Bb', 'a-b'],
    ['evil\u202Egnp.exe', 'evil-gnp.exe'],
    ['\u2066x\u2069', 'x'],
    ['María José', 'Maria-Jose'],
    ['e\u0301cole', 'ecole'],
    ['Ｆｕｌｌ＿ｗｉｄｔｈ', 'Full_width'],
    ['ﬁle', 'file'],
    ['🚀 Rocket', 'Rocket'],
    ['日本語', ''],
  ])('%j → %j', (text, expected) => {
    expect(fileNamePart(text, 64)).toBe(expected);
  });

  it.each(['.', '..', '...', '/', '\\', '', '   ', '\u202E', '-.-'])('falls back for %j', (text) => {
    expect(fileNamePart(text, 64, 'organization')).toBe('organization');
  });

  it('cleans the fallback too, and gives an empty string when nothing is left', () => {
    expect(fileNamePart(null, 64, '../x')).toBe('x');
    expect(fileNamePart(undefined, 64, '..')).toBe('');
    expect(fileNamePart('', 64)).toBe('');
  });

  it('caps the length without leaving a separator at the end', () => {
    expect(fileNamePart('abcdef', 3)).toBe('abc');
    expect(fileNamePart('ab-cdef', 3)).toBe('ab');
    expect(fileNamePart('ab.cdef', 3)).toBe('ab');
    expect(fileNamePart('abc', 0)).toBe('a');
  });

  it.each([
    ['CON', '_CON'],
    ['nul', '_nul'],
    ['Aux.txt', '_Aux.txt'],
    ['com1', '_com1'],
    ['LPT9.tar.gz', '_LPT9.tar.gz'],
    ['ＣＯＮ', '_CON'],
    ['COM¹', '_COM1'],
    ['console', 'console'],
    ['con-x', 'con-x'],
    ['com10', 'com10'],
  ])('never gives a Windows device name: %j → %j', (text, expected) => {
    expect(fileNamePart(text, 64)).toBe(expected);
  });

  it('keeps to the safe characters, the length and no dot at the start, whatever the text', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 80 }), (text, max) => {
        const part = fileNamePart(text, max);
        expect(part.length).toBeLessThanOrEqual(max);
        if (part === '') return;
        expect(part).toMatch(SAFE_PART);
        expect(part).not.toContain('..');
        expect(part).not.toContain('--');
        expect(isWindowsDeviceName(part)).toBe(false);
        // Cleaning is stable: a clean part comes through unchanged.
        expect(fileNamePart(part, max)).toBe(part);
      }),
      RUNS,
    );
  });

  it('keeps ASCII letters and digits in their order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const kept = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');
        const part = fileNamePart(text, 1000);
        expect(kept(part.replace(/^_/, ''))).toBe(kept(text));
      }),
      RUNS,
    );
  });
});

describe('isWindowsDeviceName', () => {
  it.each(['CON', 'prn', 'AUX', 'NUL', 'COM0', 'com9', 'LPT1', 'nul.txt', 'con.tar.gz'])('is true for %j', (name) => {
    expect(isWindowsDeviceName(name)).toBe(true);
  });
  it.each(['', 'CONX', 'xcon', 'COM10', '_NUL', 'nul-x.txt'])('is false for %j', (name) => {
    expect(isWindowsDeviceName(name)).toBe(false);
  });
});

describe('fileDate', () => {
  it('is the local calendar day', () => {
    expect(fileDate(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(fileDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
  it('is empty for an invalid date', () => {
    expect(fileDate(new Date(Number.NaN))).toBe('');
  });
});

describe('exportFileName', () => {
  const day = fileDate(new Date(2026, 10, 28));

  it('follows mixpeek-<id>-<YYYY-MM-DD>-<part>.<ext>', () => {
    expect(exportFileName({ parts: ['mixpeek', 'org_demo123', day], extension: 'png' })).toBe(
      'mixpeek-org_demo123-2026-11-28.png',
    );
    expect(exportFileName({ parts: ['mixpeek', 'org_demo123', day, 'credit'], extension: 'csv' })).toBe(
      'mixpeek-org_demo123-2026-11-28-credit.csv',
    );
  });

  it('cleans the parts and leaves empty ones out', () => {
    expect(exportFileName({ parts: ['mixpeek', 'org/../x y', null, '', '\u202E', day], extension: 'png' })).toBe(
      'mixpeek-org-x-y-2026-11-28.png',
    );
  });

  it('falls back when no part is left', () => {
    expect(exportFileName({ parts: [], extension: 'txt' })).toBe('export.txt');
    expect(exportFileName({ parts: ['..', '/'], extension: 'md', fallback: 'organization' })).toBe('organization.md');
    expect(exportFileName({ parts: [null], extension: 'md', fallback: '..' })).toBe('export.md');
  });

  it('never gives a Windows device name', () => {
    expect(exportFileName({ parts: ['NUL'], extension: 'txt' })).toBe('_NUL.txt');
    expect(exportFileName({ parts: [], extension: 'json', fallback: 'con' })).toBe('_con.json');
  });

  it('cuts the longest parts first, so the date and the card stay in the name', () => {
    const name = exportFileName({ parts: ['mixpeek', 'x'.repeat(300), day, 'credit'], extension: 'png' });
    expect(name.length).toBe(120);
    expect(name).toMatch(/^mixpeek-x+-2026-11-28-credit\.png$/);
  });

  it('rejects an extension outside the list', () => {
    for (const bad of ['exe', 'PNG', '.png', 'png.exe', 'htm', 'svg', '']) {
      expect(() => exportFileName({ parts: ['a'], extension: bad as ExportExtension })).toThrow(RangeError);
    }
  });

  it('always ends with exactly the extension, within the length, with only safe characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(anyText, { nil: null }), { maxLength: 8 }),
        extension,
        fc.integer({ min: 0, max: 200 }),
        (parts, ext, maxLength) => {
          const name = exportFileName({ parts, extension: ext, maxLength });
          expect(name.length).toBeLessThanOrEqual(Math.max(16, maxLength));
          expect(name.endsWith(`.${ext}`)).toBe(true);
          const stem = name.slice(0, -ext.length - 1);
          expect(stem).toMatch(SAFE_PART);
          expect(stem).not.toContain('..');
          expect(isWindowsDeviceName(name)).toBe(false);
          expect(isWindowsDeviceName(stem)).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('keeps every part, cut to a prefix at most, while the parts fit at one character each', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,60}$/), { maxLength: 12 }), (parts) => {
        const name = exportFileName({ parts, extension: 'csv', maxLength: 40 });
        expect(name.length).toBeLessThanOrEqual(40);
        if (parts.length === 0) return;
        const pieces = name.slice(0, -'.csv'.length).split('-');
        expect(pieces).toHaveLength(parts.length);
        pieces.forEach((piece, i) => expect(parts[i]!.startsWith(piece.replace(/^_/, ''))).toBe(true));
        // Parts are cut only when they do not fit, and then all to one length.
        if (parts.join('-').length <= 36) expect(pieces).toEqual(parts.map((p) => fileNamePart(p, 36)));
      }),
      RUNS,
    );
  });
});
