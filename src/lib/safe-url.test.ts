import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINK_LENGTH, safeLinkUrl } from './safe-url';

const RUNS = { numRuns: 1000 };

/** Whether a link target is one the rules allow, judged by a fresh parse of it. */
function isAllowedTarget(href: string): boolean {
  const url = new URL(href);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return (
    (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
    url.username === '' &&
    url.password === '' &&
    url.href === href
  );
}

describe('safeLinkUrl', () => {
  it.each([
    ['https://mixpeek.com', 'https://mixpeek.com/'],
    ['https://mixpeek.com/billing?invoice=42#total', 'https://mixpeek.com/billing?invoice=42#total'],
    ['HTTPS://MIXPEEK.COM/Path', 'https://mixpeek.com/Path'],
    ['  https://mixpeek.com/x \n', 'https://mixpeek.com/x'],
    ['https://mixpeek.com:443/', 'https://mixpeek.com/'],
    ['https://mixpeek.com:8443/', 'https://mixpeek.com:8443/'],
    ['https://пример.рф/путь', 'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C'],
    ['https://mixpeek.com/a/../b', 'https://mixpeek.com/b'],
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://LOCALHOST', 'http://localhost/'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['http://[::1]:3000/', 'http://[::1]:3000/'],
    ['http://[0:0::1]/', 'http://[::1]/'],
  ])('links %j as %j', (value, href) => {
    expect(safeLinkUrl(value)).toBe(href);
  });

  it.each([
    ['javascript:', ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'javascript://%0aalert(1)']],
    ['script with hidden characters', ['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)']],
    ['other schemes', ['data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']],
    ['more schemes', ['blob:https://mixpeek.com/uuid', 'ftp://mixpeek.com/', 'ws://mixpeek.com', 'mailto:a@b.example']],
    [
      'plain http elsewhere',
      ['http://mixpeek.com', 'http://localhost.evil.example', 'http://127.0.0.2', 'http://10.0.0.1'],
    ],
    ['relative addresses', ['//evil.example', '/billing', 'billing', '?x=1', '#top', '', '   ']],
    ['credentials', ['https://user:pass@mixpeek.com', 'https://user@mixpeek.com', 'https://mixpeek.com@evil.example']],
    ['backslashes', ['https:\\\\evil.example', 'https:/\\evil.example', 'https://mixpeek.com\\@evil.example']],
    ['a scheme without //', ['https:evil.example', 'https:/evil.example', 'http:localhost']],
    ['characters inside', ['https://mixpeek.com/a b', 'ht\ttps://mixpeek.com', 'https://mix\u200Bpeek.com']],
    ['more characters inside', ['https://mixpeek.com/\u202Efdp.exe', 'https://mixpeek.com/\u0085', 'https://a\u00A0b']],
    ['unparseable', ['https://', 'https://[::1', 'https://256.256.256.256', 'https://exa mple.com']],
  ])('keeps %s as text', (_, values) => {
    for (const value of values) expect(safeLinkUrl(value), JSON.stringify(value)).toBeNull();
  });

  it.each([null, undefined, 42, true, {}, ['https://mixpeek.com'], new URL('https://mixpeek.com')])(
    'keeps a non-string (%j) as text',
    (value) => {
      expect(safeLinkUrl(value)).toBeNull();
    },
  );

  it('caps the length of the serialised link', () => {
    const base = 'https://mixpeek.com/';
    expect(safeLinkUrl(base + 'a'.repeat(MAX_LINK_LENGTH - base.length))).toHaveLength(MAX_LINK_LENGTH);
    expect(safeLinkUrl(base + 'a'.repeat(MAX_LINK_LENGTH - base.length + 1))).toBeNull();
    // Percent-encoding makes the link longer than the text: the link's length counts.
    expect(safeLinkUrl(base + 'é'.repeat(1000))).toBeNull();
    expect(safeLinkUrl('https://mixpeek.com/abc', 10)).toBeNull();
  });

  it('links ordinary https addresses as the parser writes them', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(!new URL(url).username && url.length <= MAX_LINK_LENGTH);
        expect(safeLinkUrl(url)).toBe(new URL(url).href);
      }),
      RUNS,
    );
  });

  const anyInput = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.webUrl({ validSchemes: ['https', 'http', 'ftp', 'javascript', 'data', 'file'], withFragments: true }),
    fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '\u0000', '\n', '\u00A0'),
        fc.mixedCase(fc.constantFrom('https', 'http', 'javascript', 'data', 'file', 'blob', 'vbscript')),
        fc.constantFrom(':', '://', ':/', ':\\\\', ':/\\', '://user:pw@', '://@', ':\t//'),
        fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'mixpeek.com', 'xn--e1afmkfd.xn--p1ai', '', '%00'),
        fc.string({ unit: fc.constantFrom('/', '\\', '?', '#', '@', ':', 'a', '%', ' ', '\t', '\u202E', 'é') }),
      )
      .map((parts) => parts.join('')),
    // Mostly well-formed, so that many come out as links.
    fc
      .tuple(
        fc.constantFrom('', ' ', '\n'),
        fc.mixedCase(fc.constantFrom('https', 'http')),
        fc.constant('://'),
        fc.oneof(fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'LocalHost:8080'), fc.domain()),
        fc.string({ unit: fc.constantFrom('/', '.', '..', '?', '#', '&', '=', '%41', '%', 'a', 'é', '🚀', '"', '<') }),
      )
      .map((parts) => parts.join('')),
  );

  it('gives null or an https link (http only to this machine), whatever goes in', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const href = safeLinkUrl(value);
        if (href === null) return;
        expect(isAllowedTarget(href)).toBe(true);
        expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(href).toMatch(/^https?:\/\/[^\s\\]+$/);
      }),
      RUNS,
    );
  });

  it('is idempotent: a link it gives comes back unchanged', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const href = safeLinkUrl(value);
        expect(safeLinkUrl(href)).toBe(href);
      }),
      RUNS,
    );
  });
});
