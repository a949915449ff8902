/**
 * The Content-Security-Policy of the built app. Shared by the build (vite.config.ts writes
 * it into index.html) and the app (which refuses, with a clear message, an API base URL
 * the policy would block).
 */
import { DEFAULT_API_URL } from './proxy.ts';

export interface CspEnv {
  VITE_MIXPEEK_API_URL?: string | undefined;
  /** Extra API origins this build may call, separated by spaces or commas. */
  VITE_CSP_CONNECT_SRC?: string | undefined;
}

function originOf(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null; // relative (same-origin proxy) or invalid: nothing to add beyond 'self'
  }
}

/** API origins the build may connect to, besides its own origin. */
export function allowedApiOrigins(env: CspEnv): string[] {
  const candidates = [
    DEFAULT_API_URL,
    env.VITE_MIXPEEK_API_URL ?? '',
    ...(env.VITE_CSP_CONNECT_SRC ?? '').split(/[\s,]+/),
  ];
  const origins = candidates.map(originOf).filter((o): o is string => o !== null);
  return [...new Set(origins)];
}

/**
 * Inline code a page may run, as CSP hash sources ('sha256-…'). Only the prerendered sample
 * pages have any: their inlined stylesheet and scripts, and the style attributes in their markup.
 */
export interface InlineHashes {
  scripts?: readonly string[];
  styles?: readonly string[];
  styleAttributes?: readonly string[];
}

export function contentSecurityPolicy(env: CspEnv, inline: InlineHashes = {}): string {
  const { scripts = [], styles = [], styleAttributes = [] } = inline;
  // 'unsafe-hashes' lets only style attributes whose exact text is listed apply: not any inline style.
  const attributeSources = styleAttributes.length ? ["'unsafe-hashes'", ...styleAttributes] : [];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles, ...attributeSources].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${allowedApiOrigins(env).join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Null when the CSP lets the page call this base URL (its own origin always may);
 * otherwise the message that says which setting to change.
 */
export function connectRefusal(baseUrl: string, pageOrigin: string, allowed: readonly string[]): string | null {
  const origin = originOf(baseUrl);
  if (origin === null || origin === pageOrigin || allowed.includes(origin)) return null;
  return (
    `This build may only call ${allowed.join(', ')} and its own origin (its Content-Security-Policy). ` +
    `To use ${origin}, rebuild with VITE_CSP_CONNECT_SRC=${origin}, or use this site's proxy.`
  );
}
