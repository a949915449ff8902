/**
 * What the build tells the production server about itself, in `<outDir>/.build-info.json`:
 * the base path it was built for (so the server cannot be told a different one) and the files
 * the bundler emitted with a content hash in their name (so they may be cached for good).
 * Written by the `buildInfo` Vite plugin (server/build-plugins.ts), read by server/dist.ts.
 */
export const BUILD_INFO_FILE = '.build-info.json';

export interface BuildInfo {
  /** Vite's `base`, always starting and ending with '/'. */
  base: string;
  /** Paths relative to the build folder ("assets/index-Ab12Cd34.js"). */
  hashedFiles: string[];
}

// Plain segments only: a base becomes part of the server's routes, where ':' or '*' would mean more.
const BASE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;

/** Vite's resolved `base` as the path to serve at ('./' and '' are relative: the root), or null. */
export function basePath(viteBase: string): string | null {
  if (viteBase === '' || viteBase === './') return '/';
  return BASE_PATH.test(viteBase) ? viteBase : null;
}

/** Checks a parsed .build-info.json; the message says what is wrong. */
export function parseBuildInfo(value: unknown): { ok: true; info: BuildInfo } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'not a JSON object' };
  const { base, hashedFiles } = value as Record<string, unknown>;
  if (typeof base !== 'string' || basePath(base) !== base) {
    return { ok: false, error: 'base must be a path such as "/" or "/tools/mixpeek/"' };
  }
  if (!Array.isArray(hashedFiles) || !hashedFiles.every((f): f is string => typeof f === 'string')) {
    return { ok: false, error: 'hashedFiles must be a list of file names' };
  }
  return { ok: true, info: { base, hashedFiles } };
}
