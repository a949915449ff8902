import { cspMetaTag, encodeAttribute } from '@/config/csp-meta';
import type { ShareFacts } from '../model/share-facts';
import { pageMarginCss } from '../model/page-margins';
import { sanitizeStatementTree } from './sanitize-statement';

/**
 * The statement file's own policy: no script at all, nothing fetched from anywhere; only its
 * inline styles (its stylesheet and the charts' style attributes) and data: images.
 */
export const STATEMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const isPrintMedia = (rule: CSSRule): rule is CSSMediaRule =>
  rule instanceof CSSMediaRule && rule.media.mediaText.trim() === 'print';

/** The rules inside `@media print` blocks, at any depth (Tailwind nests its `print:` variants in layers). */
function printRulesOf(rules: CSSRuleList, out: string[]): void {
  for (const rule of Array.from(rules)) {
    if (isPrintMedia(rule)) out.push(...Array.from(rule.cssRules, (inner) => inner.cssText));
    else if (rule instanceof CSSGroupingRule) printRulesOf(rule.cssRules, out);
  }
}

/**
 * The page's stylesheets as text, with the print rules repeated after them outside any layer
 * or `@media print`, so the file looks on screen as the statement prints (light, no controls,
 * the statement's tables).
 */
function statementStyles(sheets: Iterable<CSSStyleSheet>): string {
  const rules: string[] = [];
  const printRules: string[] = [];
  for (const sheet of sheets) {
    rules.push(...Array.from(sheet.cssRules, (rule) => rule.cssText));
    printRulesOf(sheet.cssRules, printRules);
  }
  // Nothing in a stylesheet may close the <style> element it is written into.
  return [...rules, ...printRules].join('\n').replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * The print rules assume a page about 700 px wide (two columns in the headline); on a phone the
 * file keeps the dashboard's one column, and drawings narrower than the screen.
 */
const PHONE_CSS = `@media (max-width: 639.98px) {
  .print\\:grid-cols-2 { grid-template-columns: minmax(0, 1fr); }
  .print\\:col-span-2 { grid-column: auto; }
}
svg { max-width: 100%; }`;

export interface StatementInput {
  /** The rendered dashboard (`main`): the headline, billing and the account's sections. */
  dashboard: HTMLElement;
  facts: ShareFacts;
  sheets: Iterable<CSSStyleSheet>;
}

/** One self-contained HTML file of the statement: no script, nothing to fetch, text as text. */
export function statementHtml({ dashboard, facts, sheets }: StatementInput): string {
  const copy = dashboard.cloneNode(true) as HTMLElement;
  sanitizeStatementTree(copy);
  copy.removeAttribute('tabindex');
  copy.removeAttribute('aria-busy');
  const css = `${statementStyles(sheets)}\n${PHONE_CSS}\n${pageMarginCss(facts)}`;
  return [
    '<!doctype html>',
    '<html lang="en" data-theme="light">',
    '<head>',
    '<meta charset="utf-8">',
    cspMetaTag(STATEMENT_CSP),
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${encodeAttribute(`Mixpeek account statement: ${facts.organizationName}`)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>${copy.outerHTML}</body>`,
    '</html>',
  ].join('\n');
}
