import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportText, hasInvisible, isolateBidi, revealInvisible } from './display-text';

const RUNS = { numRuns: 2000 };

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const LRO = '\u202D';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const CONTROLS = [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI];
/** The text's paragraphs: the bidirectional algorithm ends one at each character of class B. */
function paragraphs(text: string): string[] {
  const list = [''];
  for (const char of text) {
    if (['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029'].includes(char)) list.push('');
    else list[list.length - 1] += char;
  }
  return list;
}

/**
 * Checks one isolated paragraph the way the bidirectional algorithm reads it (rules X1–X8,
 * without the depth limit): it starts with FSI, that isolate stays open until the very last
 * character (a PDI), nothing inside is left open at that point, and no PDI is without its
 * isolate. A PDF that matches nothing does nothing, as in the algorithm.
 */
function isIsolatedParagraph(text: string): boolean {
  if (!text.startsWith(FSI) || !text.endsWith(PDI)) return false;
  const stack: ('embedding' | 'isolate')[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (i > 0 && stack.length === 0) return false; // the outer isolate ended before the end
    if (char === LRE || char === RLE || char === LRO || char === RLO) stack.push('embedding');
    else if (char === LRI || char === RLI || char === FSI) stack.push('isolate');
    else if (char === PDF) {
      if (stack.at(-1) === 'embedding') stack.pop();
    } else if (char === PDI) {
      if (i === chars.length - 1 && stack.length !== 1) return false; // something left open
      const isolate = stack.lastIndexOf('isolate');
      if (isolate === -1) return false;
      stack.length = isolate;
    }
  }
  return stack.length === 0;
}

/** Every paragraph of the text is empty or one isolated island. */
const isIsolated = (text: string) => paragraphs(text).every((p) => p === '' || isIsolatedParagraph(p));

const withoutControls = (text: string) => [...text].filter((c) => !CONTROLS.includes(c)).join('');

/** Text full of bidirectional controls and paragraph breaks, with ordinary and right-to-left letters. */
const bidiText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...CONTROLS, '\u200E', '\u200F', '\u061C', '\n', '\r', '\u2029', '\u0085', '\u2028'),
    fc.constantFrom('a', 'Z', '1', ' ', '.', 'א', 'ب', '\u{1F469}\u200D\u{1F4BB}'),
    fc.string({ unit: 'grapheme', maxLength: 1 }),
  ),
  maxLength: 40,
});
const anyText = fc.oneof(bidiText, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('the checker', () => {
  it.each([
    `${FSI}abc${PDI}`,
    `${FSI}${RLO}abc${PDF}${PDI}`,
    `${FSI}${RLI}${LRE}x${PDF}${PDI}${PDI}`,
    `${FSI}${PDF}x${PDI}`,
    `${FSI}${RLE}${LRI}x${PDI}${PDF}${PDI}`,
  ])('accepts %j', (text) => {
    expect(isIsolatedParagraph(text)).toBe(true);
  });

  it.each([
    'abc',
    `${FSI}abc`,
    `${FSI}${RLO}abc${PDI}`,
    `${FSI}${PDI}x${PDI}`,
    `${FSI}${RLI}x${PDI}`,
    `${FSI}x${PDI}${PDI}`,
    `${LRI}x${PDI}`,
  ])('rejects %j', (text) => {
    expect(isIsolatedParagraph(text)).toBe(false);
  });
});

describe('isolateBidi', () => {
  it.each([
    ['Acme', `${FSI}Acme${PDI}`],
    ['', ''],
    [`Acme${RLO}fdp.exe`, `${FSI}Acme${RLO}fdp.exe${PDF}${PDI}`],
    [`${RLE}a${LRI}b`, `${FSI}${RLE}a${LRI}b${PDI}${PDF}${PDI}`],
    [`${RLO}a${PDF}b`, `${FSI}${RLO}a${PDF}b${PDI}`],
    [`${RLI}a${RLO}b${PDI}c`, `${FSI}${RLI}a${RLO}b${PDI}c${PDI}`],
    [`a${PDI}${RLO}b`, `${FSI}${FSI}a${PDI}${RLO}b${PDF}${PDI}`],
    [`${RLO}a${PDI}b`, `${FSI}${FSI}${RLO}a${PDI}b${PDI}`],
    [`${PDF}a`, `${FSI}${PDF}a${PDI}`],
    ['שלום', `${FSI}שלום${PDI}`],
    [`a${RLO}\nb`, `${FSI}a${RLO}${PDF}${PDI}\n${FSI}b${PDI}`],
    ['a\r\nb', `${FSI}a${PDI}\r\n${FSI}b${PDI}`],
  ])('%j → %j', (text, expected) => {
    expect(isolateBidi(text)).toBe(expected);
  });

  it('keeps an override in a name from reversing what follows it', () => {
    const line = `Organization: ${isolateBidi(`Acme${RLO}fdp.exe`)} (verified)`;
    expect(isIsolated(isolateBidi(`Acme${RLO}fdp.exe`))).toBe(true);
    expect(line.endsWith(`${PDF}${PDI} (verified)`)).toBe(true);
  });

  it('always gives balanced, closed islands', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(isIsolated(isolateBidi(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps every character of the text, in order, each paragraph in one piece', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = isolateBidi(text);
        expect(withoutControls(out)).toBe(withoutControls(text));
        const inParagraphs = paragraphs(text);
        const outParagraphs = paragraphs(out);
        expect(outParagraphs).toHaveLength(inParagraphs.length);
        inParagraphs.forEach((p, i) => expect(outParagraphs[i]).toContain(p));
        // Only bidirectional controls are added.
        expect([...out].length - [...text].length).toBe(
          [...out].filter((c) => CONTROLS.includes(c)).length - [...text].filter((c) => CONTROLS.includes(c)).length,
        );
      }),
      RUNS,
    );
  });

  it('only wraps plain ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1 }), (text) => {
        expect(isolateBidi(text)).toBe(`${FSI}${text}${PDI}`);
      }),
      RUNS,
    );
  });

  it('isolates each line of ASCII text and leaves the line breaks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        const out = isolateBidi(text);
        expect(out.replace(/[\u2068\u2069]/g, '')).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('revealInvisible', () => {
  it.each([
    ['Acme', 'Acme'],
    ['Ac\u200Bme', 'Ac<U+200B>me'],
    [`Acme${RLO}fdp.exe`, 'Acme<U+202E>fdp.exe'],
    ['\uFEFFid', '<U+FEFF>id'],
    ['a\u0000b\u001Bc\u007Fd\u0085e', 'a<U+0000>b<U+001B>c<U+007F>d<U+0085>e'],
    ['tab\tand\nlines\r\n', 'tab\tand\nlines\r\n'],
    ['a\u2028b\u2029c', 'a<U+2028>b<U+2029>c'],
    ['\u061C\u200E\u200F\u2066\u2067\u2068\u2069', '<U+061C><U+200E><U+200F><U+2066><U+2067><U+2068><U+2069>'],
    ['\u2060\u2061\u2062\u2063\u2064', '<U+2060><U+2061><U+2062><U+2063><U+2064>'],
    ['soft\u00ADhyphen', 'soft<U+00AD>hyphen'],
    ['\u3164\u115F\uFFA0', '<U+3164><U+115F><U+FFA0>'],
    ['a\uD800b', 'a<U+D800>b'],
    ['\u{E0041}\u{E0042}', '<U+E0041><U+E0042>'],
    ['a\uFE0F', 'a<U+FE0F>'],
    ['a\u{E0100}', 'a<U+E0100>'],
    ['\u200D', '<U+200D>'],
    ['a\u200Db', 'a<U+200D>b'],
  ])('%j → %j', (text, expected) => {
    expect(revealInvisible(text)).toBe(expected);
  });

  it.each([
    ['a joined emoji', '\u{1F469}\u200D\u{1F4BB}'],
    ['a joined emoji with a skin tone', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'],
    ['a rainbow flag', '\u{1F3F3}\uFE0F\u200D\u{1F308}'],
    ['a family', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['a red heart', '\u2764\uFE0F'],
    ['a keycap', '1\uFE0F\u20E3'],
    ['a subdivision flag', '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
    ['an ideographic variant', '\u845B\u{E0100}'],
    ['a country flag', '\u{1F1EF}\u{1F1F5}'],
    ['accents', 'e\u0301cole, Mar\u00EDa'],
    ['right-to-left letters', 'שלום مرحبا'],
  ])('keeps %s whole', (_, text) => {
    expect(revealInvisible(text)).toBe(text);
    expect(hasInvisible(text)).toBe(false);
  });

  it('reveals a second variation selector, and tags not ending a flag', () => {
    expect(revealInvisible('\u2764\uFE0F\uFE0F')).toBe('\u2764\uFE0F<U+FE0F>');
    expect(revealInvisible('\u{1F3F4}\u{E0067}\u{E0062}')).toBe('\u{1F3F4}<U+E0067><U+E0062>');
    expect(revealInvisible('\u{1F469}\u200D\u200B\u{1F4BB}')).toBe('\u{1F469}<U+200D><U+200B>\u{1F4BB}');
  });

  it('leaves no bidirectional control, zero-width space or stray control behind', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = revealInvisible(text);
        expect(out).not.toMatch(
          /(?![\t\n\r])\p{Cc}|[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u2028\u2029]/u,
        );
        expect(out).not.toMatch(/\p{Cs}/u); // no lone surrogate
        expect(revealInvisible(out)).toBe(out);
      }),
      RUNS,
    );
  });

  it('loses nothing: putting the characters back gives the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        fc.pre(!text.includes('<U+'));
        const back = revealInvisible(text).replace(/<U\+([0-9A-F]{4,6})>/g, (_, hex: string) =>
          String.fromCodePoint(parseInt(hex, 16)),
        );
        expect(back).toBe(text);
      }),
      RUNS,
    );
  });

  it('leaves printable text as it is, emoji included', () => {
    // Printable for fast-check, but revealed on purpose: line and paragraph separators, and
    // the Hangul fillers, which make names look blank.
    const revealedOnPurpose = /[\u2028\u2029\u115F\u1160\u3164\uFFA0]/;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!revealedOnPurpose.test(text));
        expect(revealInvisible(text)).toBe(text);
      }),
      RUNS,
    );
  });

  it('is what hasInvisible reports', () => {
    expect(hasInvisible('Ac\u200Bme')).toBe(true);
    expect(hasInvisible('Acme')).toBe(false);
    fc.assert(
      fc.property(anyText, (text) => {
        expect(hasInvisible(text)).toBe(revealInvisible(text) !== text);
      }),
      RUNS,
    );
  });
});

describe('exportText', () => {
  it('leaves plain names exactly as they are', () => {
    expect(exportText('Acme Corporation')).toBe('Acme Corporation');
    expect(exportText('Café Ünïcödé 🚀')).toBe('Café Ünïcödé 🚀');
  });

  it('reveals hidden characters and overrides, so they cannot fake a name', () => {
    expect(exportText('Acme\u200BCorp')).toBe('Acme<U+200B>Corp');
    expect(exportText('invoice\u202Efdp.exe')).toBe('invoice<U+202E>fdp.exe');
  });

  it('isolates right-to-left text, so it cannot reorder what follows', () => {
    expect(exportText('שלום Acme')).toBe('\u2068שלום Acme\u2069');
    expect(exportText('مرحبا')).toBe('\u2068مرحبا\u2069');
  });
});
