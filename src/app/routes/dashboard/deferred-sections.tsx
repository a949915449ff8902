import { Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import type { Connection } from '@/api/connection';
import { AccountDetails } from '@/features/account/components/account-details';
import { preloadable } from '@/lib/preloadable';
import { whenIdle } from '@/lib/when-idle';

// Billing's cards are below the headline: their code loads once the headline is drawn (a
// prerendered page has it at once, so the live render matches it without suspending).
const billingSection = preloadable(() =>
  import('@/features/billing/components/billing-section').then((m) => m.default),
);
const BillingSection = billingSection.Component;

const billingLoading = (
  <p className="text-sm text-ink-muted" data-testid="billing-section-loading">
    Loading billing…
  </p>
);

/** Calls `onDrawn` at the first idle moment after it has mounted (that is, after billing did). */
function WhenDrawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => whenIdle(onDrawn), [onDrawn]);
  return null;
}

/**
 * The sections below the headline (billing, 10,000 users, hundreds of metadata keys). They
 * render in a deferred, interruptible pass after the headline, so no single task blocks the
 * page for long and nothing below the headline loads before it: on the first render while
 * billing's code is not here yet (a page that prerenders the headline shows none of them),
 * at once once it is. Billing's cards wait for the headline to be complete. Until billing has
 * rendered and the page has been idle once, they skip layout and paint while off screen
 * (`.below-fold` in index.css); after that they are ordinary sections (`data-drawn`), so a
 * full-page capture or a print taken without scrolling draws them all.
 */
export function DeferredSections({
  connection,
  hideIdentifiers,
  headlineDone,
}: {
  connection: Connection;
  hideIdentifiers: boolean;
  headlineDone: boolean;
}) {
  const shown = useDeferredValue(true, billingSection.isLoaded() ? undefined : false);
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  if (!shown) return null;
  return (
    <div className="statement-sections contents" data-drawn={drawn ? '' : undefined}>
      <div className="below-fold space-y-4 print:hidden" data-testid="deferred-sections">
        <Suspense fallback={billingLoading}>
          {headlineDone ? (
            <>
              <BillingSection connection={connection} hideIdentifiers={hideIdentifiers} />
              <WhenDrawn onDrawn={onDrawn} />
            </>
          ) : (
            billingLoading
          )}
        </Suspense>
        <AccountDetails connection={connection} hideIdentifiers={hideIdentifiers} />
      </div>
    </div>
  );
}
