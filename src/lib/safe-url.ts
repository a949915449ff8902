/**
 * Links from API text. A URL the API sends (a website, an invoice link) is only a link if it
 * is an ordinary `https:` address; anything else stays text. Script and data URLs would run
 * in or replace the page, `file:` and `blob:` reach local data, credentials in a link hide
 * its host (`https://bank.example@evil.example`), and a scheme-relative or relative address
 * would resolve against the dashboard's own origin.
 */

/** The longest link kept, counted in the serialised form (longer ones stay text). */
export const MAX_LINK_LENGTH = 2048;

/** Hosts on this machine: plain `http:` is allowed for them (a local API or stub). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Characters that have no place in a link as written. The URL parser silently drops tabs
 * and line breaks (`java\tscript:`), strips leading controls and spaces, and reads `\` as
 * `/` in web addresses, so text holding any of them would link somewhere else than it
 * reads; invisible and bidirectional characters and other spaces would deceive the eye.
 */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Z}\\]/u;

/**
 * The address as a link target, or null when it must stay text. Only an absolute
 * `https://…` address qualifies (`http://` only for localhost, 127.0.0.1 and [::1]), written
 * out with its scheme and `//`, without credentials, without the characters above inside
 * (surrounding whitespace is trimmed), at most `maxLength` long. The result is the parser's
 * serialisation (`href`): lower-case scheme and host, internationalised hosts in punycode,
 * other characters percent-encoded. Show that form next to the link where a look-alike
 * host would matter.
 */
export function safeLinkUrl(value: unknown, maxLength: number = MAX_LINK_LENGTH): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length > maxLength || UNSAFE_CHARACTER.test(text)) return null;
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href.length > maxLength ? null : url.href;
}
