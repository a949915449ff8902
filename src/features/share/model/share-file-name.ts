import { exportFileName, fileDate, type ExportExtension } from '@/lib/safe-file-name';

/**
 * `mixpeek-<organization_id>-<YYYY-MM-DD>.<ext>`, the date in the local calendar; a card's
 * own export adds the card (`…-credit.png`) so it does not overwrite the dashboard's. With
 * identifiers hidden the id is left out of the name too. The id is API text: lib/safe-file-name
 * keeps the name safe whatever it holds.
 */
export function shareFileName(
  organizationId: string | null,
  date: Date,
  extension: ExportExtension,
  hideIdentifiers: boolean,
  part?: string,
): string {
  const id = hideIdentifiers || !organizationId ? 'organization' : organizationId;
  return exportFileName({ parts: ['mixpeek', id, fileDate(date), part], extension });
}
