import * as v from 'valibot';
import { nonEmptyString, openResponse, type Parsed } from '@/lib/field-reader';
import type { PaymentMethod, PaymentMethodInfo } from '@/model/billing';

const FIELDS = ['has_payment_method', 'payment_method', 'auto_billing_enabled'] as const;

const lastFour = v.pipe(v.string(), v.regex(/^\d{4}$/));

/**
 * Validates a GET /v1/organizations/billing/payment-method body field by field; the nested
 * payment_method is read the same way (`payment_method.card_last4` in problems). Never throws.
 */
export function parsePaymentMethod(body: unknown): Parsed<PaymentMethod> {
  const opened = openResponse(body, FIELDS, 'a payment method answer');
  if (!opened.ok) return opened;
  const read = opened.reader;
  const hasPaymentMethod = read.required('has_payment_method', v.boolean(), 'true or false');
  const details = read.nested('payment_method');
  const paymentMethod: PaymentMethodInfo | null = details && {
    paymentMethodId: details.required('payment_method_id', nonEmptyString, 'a non-empty string'),
    type: details.required('type', nonEmptyString, 'a payment method type such as card'),
    cardLast4: details.required('card_last4', lastFour, 'the last 4 digits of the card'),
    cardBrand: details.required('card_brand', nonEmptyString, 'a card brand such as visa'),
  };
  return {
    ok: true,
    value: {
      hasPaymentMethod,
      paymentMethod,
      autoBillingEnabled: read.required('auto_billing_enabled', v.boolean(), 'true or false'),
      problems: read.problems,
    },
  };
}
