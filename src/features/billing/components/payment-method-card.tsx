import { CreditCard } from 'lucide-react';
import type { PaymentMethod } from '@/model/billing';
import { paymentMethodText, paymentMethodView } from '@/model/payment-method';
import { BillingCard, type BillingQueryProps } from './billing-card';

/** The saved payment method ("Visa •••• 4242"), its digits hidden with the identifiers. */
export function PaymentMethodCard({
  hideIdentifiers,
  ...query
}: BillingQueryProps<PaymentMethod> & { hideIdentifiers: boolean }) {
  return (
    <BillingCard name="payment-method" title="Payment method" {...query}>
      {(method) => (
        <>
          <p className="flex items-center gap-2 text-lg font-semibold" data-testid="payment-method">
            <CreditCard size={18} aria-hidden className="shrink-0 text-ink-muted" />
            {paymentMethodText(paymentMethodView(method), { hideIdentifiers })}
          </p>
          {method.autoBillingEnabled !== null ? (
            <p className="mt-2 text-sm text-ink-muted">
              Auto-billing {method.autoBillingEnabled ? 'is on: usage is charged to it monthly' : 'is off'}.
            </p>
          ) : null}
        </>
      )}
    </BillingCard>
  );
}
