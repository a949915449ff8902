import { useLayoutEffect } from 'react';
import { pageMarginCss } from '../model/page-margins';
import type { ShareFacts } from '../model/share-facts';

/**
 * Keeps the page's print margins (organization, ID, tier, capture time, source, page N of M)
 * in step with the facts. A constructed stylesheet, as the text is data and the page's CSP
 * admits no inline `<style>`; a layout effect, so a print stamped in `beforeprint` has it.
 */
export function usePageMargins(facts: ShareFacts | null): void {
  const css = facts ? pageMarginCss(facts) : null;
  useLayoutEffect(() => {
    if (css === null || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
