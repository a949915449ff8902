/**
 * Names from the API shown in text-only places: CSV cells, plain-text and Markdown
 * summaries, image footers (file names have safe-file-name.ts). There, no markup can contain a
 * name's Unicode controls: a U+202E RIGHT-TO-LEFT OVERRIDE inside an organization name
 * would reverse the text after it ("Acme" U+202E "fdp.exe" reads as "Acmeexe.pdf"), and zero-width
 * characters make two different names look alike.
 */

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const LRO = '\u202D';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** Characters that end a paragraph for the bidirectional algorithm (class B), and with it every embedding. */
const PARAGRAPH_BREAKS: ReadonlySet<string> = new Set(['\n', '\r', '\u001C', '\u001D', '\u001E', '\u0085', '\u2029']);

/** The embeddings, overrides and isolates a paragraph leaves open, innermost last, and its unmatched PDIs. */
function openAtEnd(paragraph: string): { open: string[]; strayIsolateEnds: number } {
  const open: string[] = [];
  let strayIsolateEnds = 0;
  for (const char of paragraph) {
    switch (char) {
      case LRE:
      case RLE:
      case LRO:
      case RLO:
        open.push(PDF);
        break;
      case LRI:
      case RLI:
      case FSI:
        open.push(PDI);
        break;
      case PDF:
        // Closes an embedding or override opened since the last isolate; otherwise it does nothing.
        if (open.at(-1) === PDF) open.pop();
        break;
      case PDI: {
        // Closes the last isolate and everything opened inside it.
        const isolate = open.lastIndexOf(PDI);
        if (isolate === -1) {
          strayIsolateEnds++;
          open.length = 0;
        } else {
          open.length = isolate;
        }
        break;
      }
    }
  }
  return { open, strayIsolateEnds };
}

function isolateParagraph(paragraph: string): string {
  if (paragraph === '') return '';
  const { open, strayIsolateEnds } = openAtEnd(paragraph);
  // A PDI without its isolate would end the wrapper early, so each gets an isolate to end.
  return FSI.repeat(1 + strayIsolateEnds) + paragraph + open.reverse().join('') + PDI;
}

/**
 * The text as one bidirectional island: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, with every embedding, override or isolate it opens closed before the end, so
 * nothing in it can reorder the text around it, and its direction comes from its own first
 * strong letter. A PDI in the text without a matching isolate would end the island early,
 * so an extra isolate is opened for it. All of the text's characters stay, in order. Each
 * paragraph (the algorithm resets at a line break) is an island of its own; empty
 * paragraphs stay empty.
 */
export function isolateBidi(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !PARAGRAPH_BREAKS.has(text[i]!)) continue;
    out += isolateParagraph(text.slice(start, i)) + text.slice(i, i + 1);
    start = i + 1;
  }
  return out;
}

/** The variation selectors: FE00–FE0F, Mongolian FVS1–FVS4, and the supplement E0100–E01EF. */
const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f || (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * Characters that are invisible, or change how other text is shown without showing
 * themselves:
 * - controls other than tab, LF and CR: C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F; NEL too);
 * - every Default_Ignorable_Code_Point: among them U+00AD soft hyphen, U+034F, U+061C ARABIC
 *   LETTER MARK, U+115F/U+1160/U+3164/U+FFA0 Hangul fillers, U+17B4–U+17B5, U+180B–U+180F,
 *   U+200B–U+200F (zero-width space, non-joiner, joiner, LRM, RLM), U+202A–U+202E
 *   (embeddings and overrides), U+2060–U+2064 (word joiner, invisible operators),
 *   U+2066–U+2069 (isolates), U+206A–U+206F, U+FE00–U+FE0F (variation selectors), U+FEFF,
 *   U+1BCA0–U+1BCA3, U+1D173–U+1D17A, U+E0000–U+E0FFF (tags, more variation selectors);
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, U+FFF9–U+FFFB annotation marks;
 * - lone surrogates, which are no character at all.
 */
const HIDDEN = /^(?:(?![\t\n\r])\p{Cc}|[\u2028\u2029\uFFF9-\uFFFB]|\p{Default_Ignorable_Code_Point}|\p{Cs})$/u;

const isHidden = (char: string) => HIDDEN.test(char);
const isAscii = (char: string) => char.charCodeAt(0) < 0x80;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const EMOJI_MODIFIER = /^\p{Emoji_Modifier}$/u;

/**
 * Whether an invisible character at `i` is doing its visible job inside an emoji or a
 * variant, and so stays: a zero-width joiner between two pictographs (woman, ZWJ, laptop), a variation
 * selector right after a visible non-ASCII character (a red heart, an ideographic variant) or
 * in a keycap (1, U+FE0F, U+20E3).
 */
function isPartOfVisible(chars: readonly string[], i: number): boolean {
  const char = chars[i]!;
  const previous = chars[i - 1];
  const next = chars[i + 1];
  if (previous === undefined) return false;
  if (char === '\u200D') {
    const joinsAfter = PICTOGRAPH.test(previous) || EMOJI_MODIFIER.test(previous) || previous === '\uFE0F';
    return joinsAfter && next !== undefined && PICTOGRAPH.test(next);
  }
  if (!isVariationSelector(char.codePointAt(0)!)) return false;
  if (/^[0-9#*]$/.test(previous)) return char === '\uFE0F' && next === '\u20E3';
  return !isAscii(previous) && !isHidden(previous);
}

/** Where tag characters spell a subdivision flag (U+1F3F4 WAVING BLACK FLAG, tags, U+E007F CANCEL TAG): the index of its cancel tag. */
function flagEnd(chars: readonly string[], i: number): number {
  if (chars[i] !== '\u{1F3F4}') return -1;
  let j = i + 1;
  while (j < chars.length && /^[\u{E0020}-\u{E007E}]$/u.test(chars[j]!)) j++;
  return j > i + 1 && chars[j] === '\u{E007F}' ? j : -1;
}

const reveal = (char: string) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * The text with every hidden character (see HIDDEN above) written as `<U+XXXX>`, for places
 * where an invisible character would deceive: identifiers, e-mail addresses, names in an
 * export that someone compares by eye. Emoji stay whole (their joiners, variation
 * selectors and flag tags are kept where they form one); tab, LF and CR stay as they are.
 */
export function revealInvisible(text: string): string {
  const chars = Array.from(text);
  let out = '';
  let keepUntil = -1;
  for (let i = 0; i < chars.length; i++) {
    keepUntil = Math.max(keepUntil, flagEnd(chars, i));
    const char = chars[i]!;
    out += i <= keepUntil || !isHidden(char) || isPartOfVisible(chars, i) ? char : reveal(char);
  }
  return out;
}

/** Whether revealInvisible would change the text: it holds a hidden character. */
export function hasInvisible(text: string): boolean {
  return revealInvisible(text) !== text;
}

/** Letters of right-to-left scripts: text holding any may reorder what follows it. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/**
 * API text as an export writes it (CSV, summaries, image footers): hidden characters
 * revealed (so a zero-width space or a right-to-left override cannot fake a name), and the
 * text made a bidirectional island only when it holds right-to-left letters, so plain
 * names stay exactly as they are.
 */
export function exportText(text: string): string {
  const revealed = revealInvisible(text);
  return RIGHT_TO_LEFT.test(revealed) ? isolateBidi(revealed) : revealed;
}
