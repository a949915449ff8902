import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, keyScreenHtml, samplePageHtml, styleAttributeValues } from './prerendered-pages';

const TEMPLATE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">
<script src="/first-paint.js"></script>
    <script id="boot" type="module" crossorigin src="/assets/boot-xyz.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/api-client-uvw.js">
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
</head><body><div id="root"></div></body></html>`;

const ASSETS: Record<string, string> = {
  '/first-paint.js': 'document.documentElement.dataset.theme = "dark";',
  '/assets/index-ghi.css': 'body{color:red}',
};
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

/** The policy admits the first-paint script, this loader, the stylesheet and MARKUP's style attributes: exactly. */
function expectHashedPolicy(policy: string, loader: string) {
  expect(directive(policy, 'script-src')).toEqual(["'self'", sha(ASSETS['/first-paint.js']!), sha(loader)]);
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

describe('samplePageHtml', () => {
  it('puts the markup in #root and inlines the stylesheet and the theme script', () => {
    const html = page();
    expect(html).toContain(`<div id="root">${MARKUP}</div>`);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain(`<script data-base="/">${ASSETS['/first-paint.js']}</script>`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).not.toContain('src="/first-paint.js"');
  });

  it('loads the app script (and its preloads) only from the loader, after the first paint', () => {
    const html = page();
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toContain('<link rel="modulepreload"');
    const loader = /<\/div><script id="root-parsed">(.*?)<\/script>/.exec(html)![1]!;
    expect(loader).toContain('"/assets/index-abc.js"');
    expect(loader).toContain('"/assets/jsx-runtime-def.js"');
    expect(loader).toContain('largest-contentful-paint');
    // The boot script starts a stored key's requests: a sample page has none.
    expect(html).not.toContain('boot-xyz.js');
  });

  it('admits exactly its inline code and style attributes by hash, and nothing inline beyond', () => {
    const html = page();
    const policy = policyOf(html);
    expectHashedPolicy(policy, /<\/div><script id="root-parsed">(.*?)<\/script>/.exec(html)![1]!);
    expect(policy).not.toContain('unsafe-inline');
    expect(cspHash('width:10px')).toBe(sha('width:10px'));
  });

  it('refuses a template it cannot fill, and an asset that would close its element early', () => {
    expect(() => page({ template: TEMPLATE.replace('<div id="root"></div>', '') })).toThrow(/#?root/);
    expect(() => page({ template: TEMPLATE.replace(/<meta[^>]*>/, '') })).toThrow(/Content-Security-Policy/);
    expect(() => page({ template: TEMPLATE.replace(/<link rel="stylesheet"[^>]*>/, '') })).toThrow(/stylesheet/);
    expect(() => page({ readAsset: (path) => (path.endsWith('.css') ? 'a{}</style><script>x()' : 'y()') })).toThrow(
      /closes its element/,
    );
  });
});

describe('keyScreenHtml', () => {
  const html = keyScreenHtml({
    template: TEMPLATE,
    markup: MARKUP,
    env: {},
    readAsset: (path) => ASSETS[path]!,
    base: '/tools/mixpeek/',
  });
  const loader = /<\/div><script id="root-parsed">(.*?)<\/script>/.exec(html)![1]!;

  it('paints only once #root is parsed whole, so a page still arriving never lays out twice', () => {
    for (const built of [html, page()]) {
      const head = built.slice(0, built.indexOf('</head>'));
      expect(head).toContain('<link rel="expect" href="#root-parsed" blocking="render">');
      // The element it waits for comes right after #root.
      expect(built).toMatch(/<div id="root"[^>]*>[\s\S]*<\/div><script id="root-parsed">/);
    }
  });

  it('inlines what the first paint needs, marked for the app to take over', () => {
    expect(html).toContain(`<div id="root" data-prerendered="key-screen">${MARKUP}</div>`);
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain(`<script data-base="/tools/mixpeek/">${ASSETS['/first-paint.js']}</script>`);
  });

  it('loads the app after the first paint, or, where the key screen is hidden, the boot script and the app at once', () => {
    expect(html).not.toContain('<script id="boot"');
    expect(loader).toContain('"/assets/boot-xyz.js"');
    // Run where the key screen is hidden: the boot script first, then the preloads and the app.
    document.documentElement.dataset.keyScreen = 'hidden';
    new Function(loader)();
    delete document.documentElement.dataset.keyScreen;
    const added = [...document.head.querySelectorAll('script[src], link[rel="modulepreload"]')].map(
      (el) => el.getAttribute('src') ?? el.getAttribute('href'),
    );
    document.head.replaceChildren();
    expect(added).toEqual([
      '/assets/boot-xyz.js',
      '/assets/api-client-uvw.js',
      '/assets/jsx-runtime-def.js',
      '/assets/index-abc.js',
    ]);
    expect(html).not.toMatch(/<script[^>]*src="\/assets\/index-abc.js"/);
    expect(html).not.toContain('<link rel="modulepreload"');
    expect(loader).toContain('"/assets/index-abc.js"');
    expect(loader).toContain('"/assets/jsx-runtime-def.js"');
    expect(loader).toContain("document.documentElement.dataset.keyScreen==='hidden'");
  });

  it('keeps what is pressed on the key screen before the app is here, on #root, until the takeover', () => {
    document.body.innerHTML = `<div id="root" data-prerendered="key-screen"><form><input name="api-key">
      <button type="button" name="show-key">Show</button><input name="api-base-url" value="https://x.example">
      <button type="button" name="use-proxy" value="/mixpeek-api">Use the proxy</button>
      <button type="submit">Connect</button><button type="button" name="try-sample">Try</button></form></div>`;
    new Function(loader)();
    const root = document.getElementById('root')!;
    const click = (name: string) => root.querySelector<HTMLButtonElement>(`button[name="${name}"]`)!.click();
    click('show-key');
    expect(root.hasAttribute('data-show-key')).toBe(true);
    click('use-proxy');
    expect(root.querySelector('input[name="api-base-url"]')).toHaveProperty('value', '/mixpeek-api');
    expect(root.dataset.pressed).toBeUndefined();
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(root.dataset.pressed).toBe('connect');
    click('try-sample'); // the first press that leaves the page wins
    expect(root.dataset.pressed).toBe('connect');
    click('show-key');
    expect(root.hasAttribute('data-show-key')).toBe(false);
    // Taken over: the app answers from here on.
    delete root.dataset.prerendered;
    click('show-key');
    const late = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(late);
    expect(root.hasAttribute('data-show-key')).toBe(false);
    expect(late.defaultPrevented).toBe(false);
    document.body.replaceChildren();
    document.head.replaceChildren();
  });

  it('admits exactly its inline code and style attributes by hash', () => {
    expectHashedPolicy(policyOf(html), loader);
  });
});
