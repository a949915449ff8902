import type { PaymentMethod } from './billing';

/**
 * The saved payment method in words: "Visa •••• 4242", or masked without the last four
 * digits when identifiers are hidden (exports and screenshots for people outside billing).
 */

/** Card networks as they write their own names, by Stripe's brand codes and common spellings. */
const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  americanexpress: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  diners: 'Diners Club',
  dinersclub: 'Diners Club',
};

/** "visa" → "Visa", "amex" → "American Express", "diners_club" → "Diners Club"; an unknown brand as given. */
export function cardBrandName(brand: string): string {
  const key = brand.toLowerCase().replace(/[\s_-]/g, '');
  return Object.hasOwn(BRAND_NAMES, key) ? BRAND_NAMES[key]! : brand;
}

export type PaymentMethodView =
  | { kind: 'card'; brand: string | null; last4: string | null }
  /** A saved method that is not a card (a bank account, a wallet), its type as given. */
  | { kind: 'other'; type: string; last4: string | null }
  | { kind: 'none' }
  /** has_payment_method is true but the details were not given or not readable. */
  | { kind: 'saved-without-details' }
  | { kind: 'not-reported' };

/** has_payment_method decides whether there is one; the details say which. */
export function paymentMethodView(answer: PaymentMethod): PaymentMethodView {
  const details = answer.paymentMethod;
  if (answer.hasPaymentMethod === false) return { kind: 'none' };
  if (details === null)
    return answer.hasPaymentMethod === true ? { kind: 'saved-without-details' } : { kind: 'not-reported' };
  if (details.type !== null && details.type.toLowerCase() !== 'card') {
    return { kind: 'other', type: details.type, last4: details.cardLast4 };
  }
  return {
    kind: 'card',
    brand: details.cardBrand === null ? null : cardBrandName(details.cardBrand),
    last4: details.cardLast4,
  };
}

const DOTS = '••••';

/** "Visa •••• 4242"; with `hideIdentifiers`, "Visa ••••" (no digits); "No payment method". */
export function paymentMethodText(view: PaymentMethodView, options: { hideIdentifiers?: boolean } = {}): string {
  const digits = (last4: string | null) =>
    last4 === null ? null : options.hideIdentifiers ? DOTS : `${DOTS} ${last4}`;
  switch (view.kind) {
    case 'card': {
      const name = view.brand ?? 'Card';
      const shown = digits(view.last4);
      return shown === null ? (view.brand ? `${name} card` : name) : `${name} ${shown}`;
    }
    case 'other': {
      const shown = digits(view.last4);
      return shown === null ? view.type : `${view.type} ${shown}`;
    }
    case 'none':
      return 'No payment method';
    case 'saved-without-details':
      return 'Payment method saved (details not reported)';
    case 'not-reported':
      return 'Payment method not reported';
  }
}
