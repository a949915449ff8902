import { describe, expect, it } from 'vitest';
import { cspMetaTag, decodeAttribute, encodeAttribute, metaPolicy } from './csp-meta';

describe('the CSP meta tag', () => {
  it('reads a page’s policy with its entities decoded', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; style-src &#39;sha256-a+b/c=&#39; &amp;">`;
    expect(metaPolicy(html)).toBe("default-src 'self'; style-src 'sha256-a+b/c=' &");
    expect(metaPolicy('<meta charset="UTF-8">')).toBeNull();
  });

  it('reads tags written by other hands: spacing, case, a closing slash', () => {
    expect(metaPolicy(`<META  http-equiv="Content-Security-Policy"\n content="default-src 'none'" />`)).toBe(
      "default-src 'none'",
    );
  });

  it('reads back exactly what it writes', () => {
    const policy = `default-src 'none'; script-src 'sha256-+/=' "x" <a> & b`;
    expect(metaPolicy(`<head>${cspMetaTag(policy)}</head>`)).toBe(policy);
    expect(cspMetaTag(policy)).not.toMatch(/content="[^"]*['<>][^"]*"/);
  });

  it('decodes only the entities it encodes, once', () => {
    expect(decodeAttribute(encodeAttribute('&amp;'))).toBe('&amp;');
    expect(decodeAttribute('&lt;&#x27;&#39;&gt;&nbsp;')).toBe("<''>&nbsp;");
  });
});
