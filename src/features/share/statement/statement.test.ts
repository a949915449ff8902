import { describe, expect, it } from 'vitest';
import { parseOrganization } from '@/api/parse-organization';
import { resolveAllowance } from '@/model/allowance';
import { findSample } from '@/samples/sample-organizations';
import { pageMarginCss, cssString } from '../model/page-margins';
import { buildShareFacts } from '../model/share-facts';
import { sanitizeStatementTree } from './sanitize-statement';
import { STATEMENT_CSP, statementHtml } from './statement-file';

function facts(hideIdentifiers: boolean, name?: string) {
  const parsed = parseOrganization(findSample('pro-over')!.body);
  if (!parsed.ok) throw new Error(parsed.reason);
  const org = name === undefined ? parsed.value : { ...parsed.value, organizationName: name };
  return buildShareFacts({
    org,
    sample: false,
    apiBaseUrl: 'https://api.mixpeek.com',
    capturedAt: new Date('2026-11-28T12:00:00Z'),
    allowance: resolveAllowance(org.accountType, null),
    hideIdentifiers,
    locale: 'en-US',
    timeZone: 'UTC',
  });
}

/** A small stand-in for the rendered dashboard, with what the statement keeps and drops. */
function dashboard(): HTMLElement {
  const main = document.createElement('main');
  main.id = 'dashboard';
  main.innerHTML = `
    <section id="account-card"><h2>Account</h2><p data-testid="organization-name"></p>
      <button type="button" onclick="alert(1)">Refresh</button><img src="https://example.com/logo.png" alt=""></section>
    <section id="history-card"><div class="hidden print:block" data-statement-only><table><tr><td>Nov</td></tr></table></div>
      <svg><defs><linearGradient id="g"></linearGradient></defs><rect fill="url(#g)" onmouseover="x()"></rect><use href="https://evil.example/s.svg#a"></use></svg></section>
    <section id="invoices-card"><a href="https://invoice.stripe.com/i/1">View</a><a href="javascript:alert(1)">PDF</a>
      <span>in_1PkAcme202610</span></section>
    <section id="users-card"><div data-statement-omit><table><tr><td>ada@acme.example</td></tr></table></div><div data-testid="user-counts">admin 1</div></section>
    <section id="metadata-card">industry</section>
    <div data-export-exclude><input value="x"></div>
    <script>alert(1)</script>`;
  main.querySelector('[data-testid="organization-name"]')!.textContent = '<img src=x onerror=alert(1)>';
  return main;
}

describe('the statement', () => {
  it('keeps the billing, tiers and user counts, and drops controls, scripts, the users rows and metadata', () => {
    const copy = dashboard();
    sanitizeStatementTree(copy);
    expect(copy.querySelectorAll('script, button, input, img, [data-export-exclude], #metadata-card')).toHaveLength(0);
    expect(copy.querySelector('#users-card')!.textContent).not.toContain('ada@acme.example');
    expect(copy.querySelector('[data-testid="user-counts"]')).not.toBeNull();
    expect(copy.querySelector('#invoices-card')!.textContent).toContain('in_1PkAcme202610');
    // The table behind the chart is shown in the statement.
    expect(copy.querySelector('[data-statement-only]')!.classList.contains('hidden')).toBe(false);
  });

  it('leaves no event handler, and links only to https pages, without opener or referrer', () => {
    const copy = dashboard();
    sanitizeStatementTree(copy);
    const attributes = [...copy.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const links = [...copy.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://invoice.stripe.com/i/1']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(copy.textContent).toContain('PDF'); // the refused link stays as its text
    expect(copy.querySelector('use')!.hasAttribute('href')).toBe(false);
    expect(copy.querySelector('rect')!.getAttribute('fill')).toBe('url(#g)');
  });

  it('is one file with its own policy, no script, and API text escaped', () => {
    const html = statementHtml({
      dashboard: dashboard(),
      facts: facts(false, '</title><script>x()</script>'),
      sheets: [],
    });
    expect(html).toContain(STATEMENT_CSP.replace(/'/g, '&#39;'));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Mixpeek account statement: &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
  });

  it('puts the organization, ID, tier, capture time and page numbers in the page margins, IDs masked when hidden', () => {
    expect(pageMarginCss(facts(false))).toContain('org_demo123');
    const hidden = pageMarginCss(facts(true));
    expect(hidden).not.toContain('org_demo123');
    expect(hidden).toContain('counter(page)');
    expect(hidden).toContain('counter(pages)');
    expect(hidden).toContain('Captured');
    expect(hidden).toMatch(/UTC/);
  });

  it('writes API text into a margin as a CSS string nothing in it can end', () => {
    const css = cssString('a"b\\c\n</style><x>');
    expect(css.slice(1, -1)).not.toMatch(/["\\<>\n](?![0-9a-f]+ )/);
    expect(css).not.toContain('</style');
    expect([...cssString('x'.repeat(500))].length).toBeLessThan(100);
  });
});
