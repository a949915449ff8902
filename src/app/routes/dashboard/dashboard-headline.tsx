import type { RefObject } from 'react';
import type { Connection } from '@/api/connection';
import { CardExtrasProvider, type CardExtras } from '@/components/ui/card';
import { AccountHeadline, AccountNotices } from '@/features/account/components/account-headline';
import { BillingHeadline } from '@/features/billing/components/billing-headline';
import { CardExportMenu } from '@/features/share/components/card-export-menu';
import { ExportFooter } from '@/features/share/components/export-footer';
import { DashboardNotices } from './dashboard-notices';

/** Every headline card gets its export menu and the footer its exported image carries. */
const CARD_EXTRAS: CardExtras = { Actions: CardExportMenu, footer: <ExportFooter scope="card" /> };

/**
 * The headline that is shared as an image and printed: the notices, the billing line, the
 * account, its credits and its rate limits, and the footer that says whose and when.
 */
export function DashboardHeadline({
  connection,
  hideIdentifiers,
  exportRef,
}: {
  connection: Connection;
  hideIdentifiers: boolean;
  exportRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <CardExtrasProvider value={CARD_EXTRAS}>
      <div
        ref={exportRef}
        id="dashboard-export"
        className="-mx-3 -mt-4 mb-0 space-y-4 bg-canvas p-3 pt-4 sm:-mx-4 sm:p-4"
      >
        <DashboardNotices connection={connection} />
        <BillingHeadline connection={connection} />
        <AccountNotices connection={connection} />
        <AccountHeadline connection={connection} hideIdentifiers={hideIdentifiers} />
        <ExportFooter scope="dashboard" />
      </div>
    </CardExtrasProvider>
  );
}
