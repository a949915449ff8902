// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loaderCode } from './first-paint-scripts';
import { cspHash, keyScreenHtml, samplePageHtml, styleAttributeValues } from './prerendered-pages';

const TEMPLATE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">
<script data-base="/tools/mixpeek/" data-requests="/v1/organizations">document.documentElement.dataset.theme = "dark";</script>
    <link rel="modulepreload" crossorigin href="/assets/api-client-uvw.js">
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
</head><body><div id="root"></div></body></html>`;

const FIRST_PAINT = 'document.documentElement.dataset.theme = "dark";';
const ASSETS: Record<string, string> = { '/assets/index-ghi.css': 'body{color:red}' };
const MARKUP = '<p style="width:10px">A &amp; B</p><span style="background:var(--x);color:&quot;q&quot;">x</span>';

const page = (overrides: Partial<Parameters<typeof samplePageHtml>[0]> = {}) =>
  samplePageHtml({ template: TEMPLATE, markup: MARKUP, env: {}, readAsset: (path) => ASSETS[path]!, ...overrides });

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replaceAll('&#39;', "'");
const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))!
    .split(' ')
    .slice(1);
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy admits the first-paint script, the loader, the stylesheet and MARKUP's style attributes: exactly. */
function expectHashedPolicy(policy: string) {
  expect(directive(policy, 'script-src')).toEqual(["'self'", sha(FIRST_PAINT), sha(loaderCode())]);
  expect(directive(policy, 'style-src')).toEqual([
    "'self'",
    sha('body{color:red}'),
    "'unsafe-hashes'",
    sha('width:10px'),
    sha('background:var(--x);color:"q"'),
  ]);
}

describe('styleAttributeValues', () => {
  it('reads each distinct style attribute as the browser does, entities decoded', () => {
    expect(styleAttributeValues(`${MARKUP}<i style="width:10px"></i>`)).toEqual([
      'width:10px',
      'background:var(--x);color:"q"',
    ]);
    expect(styleAttributeValues('<p data-style="a">no</p>')).toEqual([]);
  });
});

/** The loader's script element right after #root, and the settings written on it. */
function loaderOf(html: string) {
  const match = /<\/div><script id="root-parsed"([^>]*)>(.*?)<\/script>/.exec(html)!;
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(match[1]!)?.[1];
  return {
    code: match[2]!,
    entry: attribute('data-entry'),
    preloads: attribute('data-preloads'),
  };
}

describe('samplePageHtml', () => {
  it('puts the markup in #root, inlines the stylesheet, keeps the inlined first-paint script', () => {
    const html = page();
    expect(html).toContain(`<div id="root">${MARKUP}</div>`);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain(
      `<script data-base="/tools/mixpeek/" data-requests="/v1/organizations">${FIRST_PAINT}</script>`,
    );
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('loads the app script (and its preloads) only from the loader, after the first paint', () => {
    const html = page();
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(loaderOf(html)).toEqual({
      code: loaderCode(),
      entry: '/assets/index-abc.js',
      preloads: '/assets/api-client-uvw.js /assets/jsx-runtime-def.js',
    });
  });

  it('admits exactly its inline code and style attributes by hash, and nothing inline beyond', () => {
    const policy = policyOf(page());
    expectHashedPolicy(policy);
    expect(policy).not.toContain('unsafe-inline');
    expect(cspHash('width:10px')).toBe(sha('width:10px'));
  });

  it('refuses a template it cannot fill, and an asset that would close its element early', () => {
    expect(() => page({ template: TEMPLATE.replace('<div id="root"></div>', '') })).toThrow(/#?root/);
    expect(() => page({ template: TEMPLATE.replace(/<meta[^>]*>/, '') })).toThrow(/Content-Security-Policy/);
    expect(() => page({ template: TEMPLATE.replace(/<link rel="stylesheet"[^>]*>/, '') })).toThrow(/stylesheet/);
    expect(() => page({ template: TEMPLATE.replace(/<script data-base[^<]*<\/script>/, '') })).toThrow(/first-paint/);
    expect(() => page({ readAsset: () => 'a{}</style><script>x()' })).toThrow(/closes its element/);
  });
});

describe('keyScreenHtml', () => {
  const html = keyScreenHtml({ template: TEMPLATE, markup: MARKUP, env: {}, readAsset: (path) => ASSETS[path]! });

  it('paints only once #root is parsed whole, so a page still arriving never lays out twice', () => {
    for (const built of [html, page()]) {
      const head = built.slice(0, built.indexOf('</head>'));
      expect(head).toContain('<link rel="expect" href="#root-parsed" blocking="render">');
      // The element it waits for comes right after #root.
      expect(built).toMatch(/<div id="root"[^>]*>[\s\S]*<\/div><script id="root-parsed"/);
    }
  });

  it('inlines what the first paint needs, marked for the app to take over', () => {
    expect(html).toContain(`<div id="root" data-prerendered="key-screen">${MARKUP}</div>`);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain(
      `<script data-base="/tools/mixpeek/" data-requests="/v1/organizations">${FIRST_PAINT}</script>`,
    );
  });

  it('loads the app only from the loader, as a sample page does', () => {
    expect(html).not.toMatch(/<script[^>]*src="\/assets\/index-abc.js"/);
    expect(loaderOf(html)).toEqual({
      code: loaderCode(),
      entry: '/assets/index-abc.js',
      preloads: '/assets/api-client-uvw.js /assets/jsx-runtime-def.js',
    });
  });

  it('admits exactly its inline code and style attributes by hash', () => {
    expectHashedPolicy(policyOf(html));
  });
});
