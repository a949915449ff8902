import type { ShareFacts } from './share-facts';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: CRLF line breaks, a final CRLF, UTF-8 byte-order mark for spreadsheet apps. */
export function toCsv(rows: (string | number | null)[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The account facts and rate limits, one fact per row. Numbers stay numbers (250000, not
 * "250,000") so a spreadsheet can compute with them; absent values are empty cells.
 */
export function factsCsv(f: ShareFacts): string {
  const rows: (string | number | null)[][] = [
    ['Fact', 'Value'],
    ['Organization name', f.organizationName],
    ['Organization ID', f.organizationId],
    ...(f.internalId ? [['Internal ID', f.internalId]] : []),
    ['Tier', f.tier],
    ['Credit balance (credits)', f.balance.value],
    ['Monthly allowance (credits)', f.allowance.value],
    ['Balance as % of monthly allowance', f.percent.value === null ? null : Number(f.percent.value.toFixed(2))],
    ['Balance status', f.status],
    ['Billing email', f.billingEmail],
    ...f.rateLimits.map((r) => [`Rate limit: ${r.label} (requests per minute)`, r.perMinute]),
    ['Captured', f.capturedAt],
    ['Source', f.source],
  ];
  return toCsv(rows);
}
