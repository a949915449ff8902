/**
 * `mixpeek-<organization_id>-<YYYY-MM-DD>.<ext>`, the date in the local calendar; a card's
 * own export adds the card (`…-credit.png`) so it does not overwrite the dashboard's. With
 * identifiers hidden the id is left out of the name too.
 */
export function exportFileName(
  organizationId: string | null,
  date: Date,
  extension: string,
  hideIdentifiers: boolean,
  part?: string,
): string {
  const id = hideIdentifiers || !organizationId ? 'organization' : organizationId.replace(/[^A-Za-z0-9_-]+/g, '-');
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `mixpeek-${id}-${day}${part ? `-${part}` : ''}.${extension}`;
}
