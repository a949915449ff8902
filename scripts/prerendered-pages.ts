/**
 * Prerendered pages (docs/first-paint.md). The key screen is written into index.html (it paints
 * before any script; the app hydrates it). And each sample organization gets
 * `<outDir>/sample/<id>/index.html` with its headline already in the HTML, so the page paints
 * every fact before any JavaScript arrives; the app then replaces the markup with the same live
 * render. The markup comes from the app's own components (src/app/prerender.tsx), rendered by a
 * Vite SSR server so aliases and env match the build; the inline scripts from src/first-paint/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { contentSecurityPolicy, type CspEnv } from '../src/config/csp.ts';
import { cspMetaTag, decodeAttribute, encodeAttribute } from '../src/config/csp-meta.ts';
import { PRERENDERED_KEY_SCREEN, ROOT_PARSED_ID } from '../src/first-paint/page-markers.ts';
import { loaderCode } from './first-paint-scripts.ts';

/** Where the pages are served: /sample/<id>/. */
export const samplePagePath = (sampleId: string) => `/sample/${sampleId}/`;

const ROOT_ELEMENT = '<div id="root"></div>';
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The distinct values of the style attributes in some markup, as the browser reads them. */
export function styleAttributeValues(markup: string): string[] {
  return [...new Set([...markup.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1]!)))];
}

const STYLESHEET = /<link rel="stylesheet"[^>]* href="([^"]+)">/;
/** The first-paint script the build inlined into index.html (vite.config.ts). */
const FIRST_PAINT_SCRIPT = /<script data-base="[^"]*" data-requests="[^"]*">([\s\S]*?)<\/script>/;
const MODULE_SCRIPT = /\s*<script type="module"[^>]* src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]* href="([^"]+)">/g;

/**
 * Holds the first paint until #root is parsed whole: a page painted while its markup is still
 * arriving lays out again as the rest comes, and the key screen, centred, moved (a layout
 * shift). The browser waits for the element named, so it is the loader, right after #root.
 */
const RENDER_WHEN_ROOT_PARSED = `<link rel="expect" href="#${ROOT_PARSED_ID}" blocking="render">`;

function take(html: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(html);
  if (!match) throw new Error(`index.html has no ${what}`);
  return match;
}

/** What the loader (src/first-paint/loader.ts) is told, as attributes of its script element. */
interface LoaderSettings {
  entry: string;
  preloads: string[];
}

const loaderElement = ({ entry, preloads }: LoaderSettings) =>
  `<script id="${ROOT_PARSED_ID}" data-entry="${encodeAttribute(entry)}" data-preloads="${encodeAttribute(preloads.join(' '))}">${loaderCode()}</script>`;

export interface SamplePageInput {
  /** The built index.html. */
  template: string;
  /** The prerendered dashboard. */
  markup: string;
  env: CspEnv;
  /** The text of a built file, by its URL path ("/assets/index-….css"). */
  readAsset: (path: string) => string;
}

/**
 * The template with the stylesheet inlined, beside the first-paint script the build already
 * inlined. Returns the hashes the page's CSP must admit for them.
 */
function inlineFirstPaint(template: string, readAsset: (path: string) => string) {
  const stylesheet = take(template, STYLESHEET, 'stylesheet link');
  const firstPaint = take(template, FIRST_PAINT_SCRIPT, 'inline first-paint script');
  // A </style> inside would end the element early; built assets never have one.
  const css = readAsset(stylesheet[1]!);
  if (/<\/style/i.test(css)) throw new Error('an inlined asset closes its element');
  return {
    html: template.replace(stylesheet[0], () => `<style>${css}</style>`),
    scripts: [cspHash(firstPaint[1]!)],
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
  { template, markup, env, readAsset }: SamplePageInput,
  options: { rootAttributes?: string } = {},
): string {
  if (template.split(ROOT_ELEMENT).length !== 2) throw new Error(`index.html must contain ${ROOT_ELEMENT} once`);
  take(template, CSP_META, 'Content-Security-Policy meta tag');
  const entry = take(template, MODULE_SCRIPT, 'module script')[1]!;
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  const loader = loaderElement({ entry, preloads });
  const inlined = inlineFirstPaint(template, readAsset);
  const policy = contentSecurityPolicy(env, {
    scripts: [...inlined.scripts, cspHash(loaderCode())],
    styles: inlined.styles,
    styleAttributes: styleAttributeValues(markup).map(cspHash),
  });
  return inlined.html
    .replace(CSP_META, () => cspMetaTag(policy) + RENDER_WHEN_ROOT_PARSED)
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, '')
    .replace(ROOT_ELEMENT, () => `<div id="root"${options.rootAttributes ?? ''}>${markup}</div>${loader}`);
}

/** A sample organization's page: its headline prerendered, the app loaded after the first paint. */
export const samplePageHtml = (input: SamplePageInput): string => pageWithMarkup(input);

/**
 * The built index.html with the key screen in #root, so it paints (and takes typing) before
 * the app's code is here: built as a sample page is (the app then hydrates this markup). Where
 * a key is stored, the first-paint script hides it and sends the dashboard's requests.
 */
export const keyScreenHtml = (input: SamplePageInput): string =>
  pageWithMarkup(input, { rootAttributes: ` data-prerendered="${PRERENDERED_KEY_SCREEN}"` });

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
      writeFileSync(join(dir, 'index.html'), samplePageHtml({ template, markup, env, readAsset }));
      written.push(samplePagePath(sampleId));
    }
    const markup = await prerender.renderKeyScreen();
    writeFileSync(join(outDir, 'index.html'), keyScreenHtml({ template, markup, env, readAsset }));
    return written;
  } finally {
    await server.close();
  }
}
