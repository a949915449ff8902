/**
 * The build the server serves, read once at start: its base path and hashed files from
 * `.build-info.json`, and the Content-Security-Policy of each HTML page from the page's own
 * <meta> tag, so the header and the tag can never disagree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { metaPolicy } from '../src/config/csp-meta.ts';
import { BUILD_INFO_FILE, parseBuildInfo } from './build-info.ts';

export interface Dist {
  /** Absolute path of the build folder. */
  root: string;
  /** The base path the build was made for ('/' or '/tools/mixpeek/'). */
  base: string;
  /** Relative paths ('assets/index-Ab12Cd34.js') that may be cached for good. */
  hashedFiles: ReadonlySet<string>;
  /** The CSP of each HTML file, by relative path ('index.html', 'sample/pro-over/index.html'). */
  htmlPolicies: ReadonlyMap<string, string>;
}

export class DistError extends Error {}

/** Loads the build in `dir` (relative to the working directory), or throws a DistError saying what is missing. */
export function loadDist(dir: string): Dist {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new DistError(`DIST_DIR must name a build folder with an index.html (${root} has none: run npm run build)`);
  }
  let info: unknown;
  try {
    info = JSON.parse(readFileSync(join(root, BUILD_INFO_FILE), 'utf8'));
  } catch {
    throw new DistError(`DIST_DIR: ${join(root, BUILD_INFO_FILE)} is missing or not JSON (rebuild with npm run build)`);
  }
  const parsed = parseBuildInfo(info);
  if (!parsed.ok) throw new DistError(`DIST_DIR: ${BUILD_INFO_FILE}: ${parsed.error}`);

  const htmlPolicies = new Map<string, string>();
  for (const file of htmlFiles(root)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    // A page without a policy of its own gets the strictest one rather than none.
    htmlPolicies.set(toRelative(root, file), policy ?? "default-src 'none'");
  }
  return { root, base: parsed.info.base, hashedFiles: new Set(parsed.info.hashedFiles), htmlPolicies };
}

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** `file` relative to `root` with '/' separators. */
export const toRelative = (root: string, file: string) => relative(root, file).split(sep).join('/');
