import type { ShareFacts } from './share-facts';

/** Longer API text is cut in the page's margin (a 10,000-character name would hide the page). */
const MARGIN_TEXT_MAX = 80;

/**
 * Text as a CSS string literal. Everything but plain letters, digits and a few marks becomes a
 * hex escape, so no quote, backslash, line break or `</style>` in API text can end the string
 * or the stylesheet it is written into (the statement file inlines this CSS).
 */
export function cssString(text: string): string {
  const cut = [...text].length > MARGIN_TEXT_MAX ? `${[...text].slice(0, MARGIN_TEXT_MAX - 1).join('')}…` : text;
  let out = '';
  for (const char of cut) {
    out += /^[A-Za-z0-9 .,:_()@-]$/.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `"${out}"`;
}

const MARGIN_STYLE = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #545c68;';

/**
 * The printed statement's page margins (CSS `@page` margin boxes, which Chromium prints): the
 * organization, its ID, the tier, the capture time with its time zone and the source on every
 * page, and "Page N of M". Built from the share facts, so hidden identifiers stay hidden.
 */
export function pageMarginCss(facts: ShareFacts): string {
  const who = `${facts.organizationName} · ${facts.organizationId} · ${facts.tier}`;
  return [
    '@page {',
    '  margin: 18mm 12mm 16mm;',
    `  @top-left { content: ${cssString(who)}; ${MARGIN_STYLE} }`,
    `  @top-right { content: ${cssString(`Captured ${facts.capturedAt}`)}; ${MARGIN_STYLE} }`,
    `  @bottom-left { content: ${cssString(`Source: ${facts.source}`)}; ${MARGIN_STYLE} }`,
    `  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${MARGIN_STYLE} }`,
    '}',
  ].join('\n');
}
