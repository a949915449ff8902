/**
 * Prerendered pages. The key screen is written into index.html (it paints before any script;
 * src/app/takeover.ts keeps what is typed there). And each sample organization gets
 * `<outDir>/sample/<id>/index.html` with its whole dashboard already in the HTML, so the page
 * paints every fact before any JavaScript arrives; the app then replaces the markup with the
 * same live render. The markup comes from the app's own components (src/app/prerender.tsx),
 * rendered by a Vite SSR server so aliases and env match the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { KEY_SCREEN_BUTTON, PRERENDERED_KEY_SCREEN } from '../src/features/session/model/typed-input.ts';
import { contentSecurityPolicy, type CspEnv } from '../src/config/csp.ts';

/** Where the pages are served: /sample/<id>/. */
export const samplePagePath = (sampleId: string) => `/sample/${sampleId}/`;

const ROOT_ELEMENT = '<div id="root"></div>';
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
const decodeAttribute = (text: string) =>
  text.replace(/&(amp|quot|lt|gt|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);
const encodeAttribute = (text: string) =>
  text.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!);

/** The Content-Security-Policy as the <meta> tag the built pages carry. */
export const cspMetaTag = (policy: string) =>
  `<meta http-equiv="Content-Security-Policy" content="${encodeAttribute(policy)}">`;

/** The distinct values of the style attributes in some markup, as the browser reads them. */
export function styleAttributeValues(markup: string): string[] {
  return [...new Set([...markup.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1]!)))];
}

const STYLESHEET = /<link rel="stylesheet"[^>]* href="([^"]+)">/;
const FIRST_PAINT_SCRIPT = /<script src="([^"]*\/first-paint\.js)"><\/script>/;
const MODULE_SCRIPT = /\s*<script type="module"[^>]* src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]* href="([^"]+)">/g;
/** Starts a stored key's requests on a reload (src/app/boot.ts): a sample page has none to start. */
const BOOT_SCRIPT = /\s*<script id="boot"[^>]* src="([^"]+)"><\/script>/;

/**
 * Holds the first paint until #root is parsed whole: a page painted while its markup is still
 * arriving lays out again as the rest comes, and the key screen, centred, moved (a layout
 * shift). The browser waits for the element named, so it is the loader, right after #root.
 */
const ROOT_PARSED = 'root-parsed';
const RENDER_WHEN_ROOT_PARSED = `<link rel="expect" href="#${ROOT_PARSED}" blocking="render">`;

function take(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(html);
  if (!match) throw new Error(`index.html has no ${what}`);
  return match;
}

/**
 * The app's script, loaded once the prerendered page is on screen: fetched in parallel it
 * would compete with the first paint for the network, which is all a slow phone has. "On
 * screen" is the first largest-contentful-paint entry after parsing (reported once the paint
 * is presented); at most 100 ms is spent waiting for one, as none comes when the largest
 * element was already painted or the browser does not report it. A hidden tab paints
 * nothing, so there it loads at once; so it does where `atOnce.when` (JavaScript) holds,
 * after the script `atOnce.first`.
 */
function loaderScript(
  entry: string,
  preloads: string[],
  atOnce?: { when: string; first: string },
  whileWaiting = '',
): string {
  const append = [
    ...preloads.map(
      (href) =>
        `l=document.createElement('link');l.rel='modulepreload';l.href=${JSON.stringify(href)};document.head.append(l);`,
    ),
    `s=document.createElement('script');s.type='module';s.src=${JSON.stringify(entry)};document.head.append(s);`,
  ].join('');
  const first = atOnce
    ? `s=document.createElement('script');s.type='module';s.src=${JSON.stringify(atOnce.first)};document.head.append(s);`
    : '';
  return (
    `(()=>{let l,s,seen,done=false;const load=()=>{if(done)return;done=true;seen?.disconnect();${append}};` +
    `${atOnce ? `if(${atOnce.when}){${first}return load()}` : ''}${whileWaiting}if(document.hidden)return load();const parsed=performance.now();` +
    `try{seen=new PerformanceObserver(list=>{if(list.getEntries().some(e=>e.startTime>=parsed))setTimeout(load)});` +
    `seen.observe({type:'largest-contentful-paint',buffered:true})}catch{}setTimeout(load,100)})()`
  );
}

/**
 * Until the app has taken the key screen over, what a press there asks for is kept on #root
 * for src/app/takeover.ts to hand on (the app then does it): Connect or Enter as
 * `data-pressed="connect"`, Try with sample data as `data-pressed="try-sample"` (the first
 * such press wins: it leaves the page), Show as a toggled `data-show-key`; Use the proxy
 * fills the base URL field at once, as the app would. The listeners stop with the takeover
 * (it drops `data-prerendered`).
 */
const earlyPresses = (): string => {
  const b = KEY_SCREEN_BUTTON;
  return (
    `const r=document.getElementById('root'),early=e=>{` +
    `if(r.dataset.prerendered!==${JSON.stringify(PRERENDERED_KEY_SCREEN)}){removeEventListener('submit',early,true);removeEventListener('click',early,true);return}` +
    `if(e.type==='submit'){e.preventDefault();r.dataset.pressed??='connect';return}` +
    `const t=e.target instanceof Element?e.target.closest('button[name]'):null;if(!t||!r.contains(t))return;` +
    `if(t.name===${JSON.stringify(b.trySample)})r.dataset.pressed??='try-sample';` +
    `else if(t.name===${JSON.stringify(b.showKey)})r.toggleAttribute('data-show-key');` +
    `else if(t.name===${JSON.stringify(b.useProxy)}){const i=r.querySelector('input[name="api-base-url"]');if(i)i.value=t.value}};` +
    `addEventListener('submit',early,true);addEventListener('click',early,true);`
  );
};

export interface SamplePageInput {
  /** The built index.html. */
  template: string;
  /** The prerendered dashboard. */
  markup: string;
  env: CspEnv;
  /** The text of a built file, by its URL path ("/assets/index-….css"). */
  readAsset: (path: string) => string;
  /** The build's base path ("/", "/tools/mixpeek/"). */
  base?: string;
}

/**
 * The template with what the first paint needs inlined: the stylesheet and the first-paint
 * script (told the base it would have found from its own address). Returns the hashes the
 * page's CSP must admit for them.
 */
function inlineFirstPaint(template: string, readAsset: (path: string) => string, base: string) {
  const stylesheet = take(template, STYLESHEET, 'stylesheet link');
  const firstPaint = take(template, FIRST_PAINT_SCRIPT, 'first-paint script');
  // A </style> or </script> inside would end the element early; built assets never have one.
  const css = readAsset(stylesheet[1]!);
  const firstPaintCode = readAsset(firstPaint[1]!);
  if (/<\/style/i.test(css) || /<\/script/i.test(firstPaintCode))
    throw new Error('an inlined asset closes its element');
  return {
    html: template
      .replace(stylesheet[0], () => `<style>${css}</style>`)
      .replace(firstPaint[0], () => `<script data-base="${encodeAttribute(base)}">${firstPaintCode}</script>`),
    scripts: [cspHash(firstPaintCode)],
    styles: [cspHash(css)],
  };
}

/**
 * The built index.html with `markup` in #root. Everything the first paint needs is in this one
 * response (stylesheet and first-paint script inlined), the app's scripts come from the loader
 * `loaderFor` makes, and the CSP admits exactly that inline code and the style attributes of
 * this markup, by hash.
 */
function pageWithMarkup(
  { template, markup, env, readAsset, base = '/' }: SamplePageInput,
  loaderFor: (entry: string, preloads: string[]) => string,
  rootAttributes = '',
): string {
  if (template.split(ROOT_ELEMENT).length !== 2) throw new Error(`index.html must contain ${ROOT_ELEMENT} once`);
  take(template, CSP_META, 'Content-Security-Policy meta tag');
  const entry = take(template, MODULE_SCRIPT, 'module script');
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const loader = loaderFor(entry[1]!, preloads);
  const inlined = inlineFirstPaint(template, readAsset, base);
  const policy = contentSecurityPolicy(env, {
    scripts: [...inlined.scripts, cspHash(loader)],
    styles: inlined.styles,
    styleAttributes: styleAttributeValues(markup).map(cspHash),
  });
  return inlined.html
    .replace(BOOT_SCRIPT, '')
    .replace(CSP_META, () => cspMetaTag(policy) + RENDER_WHEN_ROOT_PARSED)
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, '')
    .replace(
      ROOT_ELEMENT,
      () => `<div id="root"${rootAttributes}>${markup}</div><script id="${ROOT_PARSED}">${loader}</script>`,
    );
}

/** A sample organization's page: its dashboard prerendered, the app loaded after the first paint. */
export const samplePageHtml = (input: SamplePageInput): string =>
  pageWithMarkup(input, (entry, preloads) => loaderScript(entry, preloads));

/**
 * The built index.html with the key screen in #root, so it paints (and takes typing) before
 * the app's code is here: built as a sample page is (the app then hydrates this markup), and
 * loading the boot script first, at once, where the key screen is hidden.
 */
export function keyScreenHtml(input: SamplePageInput): string {
  const boot = take(input.template, BOOT_SCRIPT, 'boot script');
  // Where first-paint.js hid the key screen, another view is coming (the dashboard of a stored
  // key, most often): nothing to paint first, and the boot script starts its requests. Where
  // the key screen shows, no key is stored: the boot script has nothing to do.
  const atOnce = { when: "document.documentElement.dataset.keyScreen==='hidden'", first: boot[1]! };
  return pageWithMarkup(
    input,
    (entry, preloads) => loaderScript(entry, preloads, atOnce, earlyPresses()),
    ` data-prerendered="${PRERENDERED_KEY_SCREEN}"`,
  );
}

interface PrerenderModule {
  SAMPLE_IDS: string[];
  renderSamplePage(sampleId: string): Promise<string>;
  renderKeyScreen(): Promise<string>;
}

/**
 * Writes one page per sample organization next to the built index.html, then the key screen
 * into index.html itself; returns the sample pages' paths. `base` is the build's
 * (`--base /tools/mixpeek/`): the pages are rendered for it, and the built files they
 * inline are found under it.
 */
export async function writePrerenderedPages(outDir: string, mode: string, env: CspEnv, base = '/'): Promise<string[]> {
  const server = await createServer({
    mode,
    base,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const prerender = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
    const template = readFileSync(join(outDir, 'index.html'), 'utf8');
    const written: string[] = [];
    const readAsset = (path: string) =>
      readFileSync(join(outDir, path.startsWith(base) ? path.slice(base.length) : path), 'utf8');
    for (const sampleId of prerender.SAMPLE_IDS) {
      const markup = await prerender.renderSamplePage(sampleId);
      const dir = join(outDir, samplePagePath(sampleId));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), samplePageHtml({ template, markup, env, readAsset, base }));
      written.push(samplePagePath(sampleId));
    }
    const markup = await prerender.renderKeyScreen();
    writeFileSync(join(outDir, 'index.html'), keyScreenHtml({ template, markup, env, readAsset, base }));
    return written;
  } finally {
    await server.close();
  }
}
