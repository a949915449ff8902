/**
 * File names built from API text (an organization ID, a card name) for downloads:
 * `mixpeek-<id>-<YYYY-MM-DD>-<part>.<ext>`. The text is data, so nothing in it may choose a
 * folder, hide or fake an extension, reverse the name on screen, or name a device on
 * Windows. Names keep to ASCII letters, digits, `.`, `-` and `_`, which every file system
 * and every browser's download code accepts as they are.
 */

/** Extensions the app writes; anything else is a programming error. */
export const EXPORT_EXTENSIONS = ['png', 'csv', 'txt', 'md', 'json', 'pdf', 'html'] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

/** Whole names (before the first dot) that Windows opens as devices, in any case. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A combining mark (left off after NFKD: `é` → `e`), else each character outside the set is `-`. */
const MARK = /\p{M}/gu;
const OUTSIDE = /[^A-Za-z0-9._-]/g;

/** Whether Windows would take the name (or its part before the first dot) for a device. */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name.split('.', 1)[0] ?? '');
}

function clean(text: string, maxLength: number): string {
  let part = text
    // Compatibility forms and accents to ASCII where there is one: `Ｃａｆé` → `Cafe`.
    .normalize('NFKD')
    .replace(MARK, '')
    .replace(OUTSIDE, '-')
    .replace(/[-.]*-[-.]*/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (part.length > maxLength) part = part.slice(0, maxLength).replace(/[-.]+$/, '');
  if (isWindowsDeviceName(part)) part = `_${part}`.slice(0, maxLength);
  return part;
}

/**
 * One part of a file name: every character outside `A-Z a-z 0-9 . - _` (path separators,
 * spaces, controls, invisible, bidirectional and zero-width characters, and everything
 * non-ASCII once accents are dropped) becomes `-`, a run of `-` and `.` collapses to one `-`
 * (to one `.` when it is only dots), and `-` and `.` are trimmed from both ends, so the part never starts with a dot, is never
 * `.` or `..` and never holds `..`. It is at most `maxLength` long (at least 1) and never a
 * Windows device name (`CON`, `nul.txt` → `_CON`, `_nul.txt`). When nothing is left, the
 * fallback, cleaned the same way, stands in (possibly empty).
 */
export function fileNamePart(text: string | null | undefined, maxLength: number, fallback = ''): string {
  const limit = Math.max(1, Math.floor(maxLength));
  return clean(text ?? '', limit) || clean(fallback, limit);
}

/** The local calendar day as `YYYY-MM-DD`, or an empty string for an invalid date. */
export function fileDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const year = String(date.getFullYear()).padStart(4, '0');
  return [year, ...[date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0'))].join('-');
}

export interface ExportFileNameOptions {
  /** The name's parts in order, each cleaned with fileNamePart; empty ones are left out. */
  parts: readonly (string | null | undefined)[];
  extension: ExportExtension;
  /** The whole name's longest length, extension included (default 120, at least 16). */
  maxLength?: number;
  /** The name before the extension when no part has anything left (default `export`). */
  fallback?: string;
}

/**
 * `part-part-….<extension>`: the cleaned parts joined with `-`, then exactly the given
 * extension. When the name is too long, the longest parts are cut first (all to one same
 * length), so a long ID does not push the date and the card out of the name.
 */
export function exportFileName({
  parts,
  extension,
  maxLength = 120,
  fallback = 'export',
}: ExportFileNameOptions): string {
  if (!(EXPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new RangeError(`Not an export extension: ${JSON.stringify(extension)}`);
  }
  const budget = Math.max(16, Math.floor(maxLength)) - extension.length - 1;
  let cleaned = parts.map((part) => fileNamePart(part, budget)).filter(Boolean);
  if (cleaned.length === 0) cleaned = [fileNamePart(fallback, budget, 'export')];
  const length = (list: readonly string[]) => list.reduce((sum, part) => sum + part.length, list.length - 1);
  if (length(cleaned) > budget) {
    // The longest cap that fits, found from the top down (the parts are at most `budget` long).
    let cap = budget;
    while (cap > 1 && length(cleaned.map((part) => part.slice(0, cap))) > budget) cap--;
    cleaned = cleaned.map((part) => fileNamePart(part, cap));
  }
  let stem = cleaned.join('-');
  if (stem.length > budget) stem = fileNamePart(stem, budget);
  if (isWindowsDeviceName(stem)) stem = `_${stem}`.slice(0, budget);
  return `${stem}.${extension}`;
}
