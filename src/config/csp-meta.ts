/**
 * The Content-Security-Policy as a page's `<meta>` tag, written by the build and read back by
 * the server (which sends each page's policy as a header too) and the tests. Pure TypeScript
 * without imports, for all of them.
 */

const ENCODED: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
const DECODED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };

/** Text as a double-quoted HTML attribute value. */
export const encodeAttribute = (text: string): string => text.replace(/[&"'<>]/g, (c) => ENCODED[c]!);

/** A double-quoted attribute value as the browser reads it (the entities an HTML writer uses). */
export const decodeAttribute = (text: string): string =>
  text.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name: string) => DECODED[name]!);

export const cspMetaTag = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${encodeAttribute(policy)}">`;

// Lenient about spacing, case and a self-closing slash: the server reads pages it did not write too.
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;

/** The policy of a page's CSP `<meta>` tag, decoded; null without one. */
export function metaPolicy(html: string): string | null {
  const match = CSP_META.exec(html);
  return match ? decodeAttribute(match[1]!) : null;
}
