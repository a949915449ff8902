/**
 * "Hide identifiers": what a shared screenshot, file or summary shows in place of an
 * identifier or an email. The replacement keeps the kind of thing (an org_ id, an email)
 * recognisable and none of its characters beyond a type prefix.
 */
const DOT = '•';

/** "org_demo123" → "org_•••••"; "int_x1y2z3" → "int_•••••"; no prefix → "•••••". */
export function maskIdentifier(value: string): string {
  const prefix = /^[a-z]{2,5}_/i.exec(value)?.[0] ?? '';
  return `${prefix}${DOT.repeat(5)}`;
}

/** "billing@acme.example" → "•••@•••". */
export function maskEmail(_value: string): string {
  return `${DOT.repeat(3)}@${DOT.repeat(3)}`;
}

/** Applies the toggle: the value itself when identifiers are shown. */
export const shownIdentifier = (value: string, hide: boolean) => (hide ? maskIdentifier(value) : value);
export const shownEmail = (value: string, hide: boolean) => (hide ? maskEmail(value) : value);
