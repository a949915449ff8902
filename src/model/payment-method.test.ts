import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentMethod, PaymentMethodInfo } from './billing';
import { cardBrandName, paymentMethodText, paymentMethodView } from './payment-method';

const card = (fields: Partial<PaymentMethodInfo> = {}): PaymentMethodInfo => ({
  paymentMethodId: 'pm_1Q2w3E4r5T6y',
  type: 'card',
  cardLast4: '4242',
  cardBrand: 'visa',
  ...fields,
});

const answer = (paymentMethod: PaymentMethodInfo | null, hasPaymentMethod: boolean | null = true): PaymentMethod => ({
  hasPaymentMethod,
  paymentMethod,
  autoBillingEnabled: false,
  problems: [],
});

const text = (a: PaymentMethod, hideIdentifiers = false) =>
  paymentMethodText(paymentMethodView(a), { hideIdentifiers });

describe('cardBrandName', () => {
  it.each([
    ['visa', 'Visa'],
    ['VISA', 'Visa'],
    ['mastercard', 'Mastercard'],
    ['MasterCard', 'Mastercard'],
    ['amex', 'American Express'],
    ['american_express', 'American Express'],
    ['American Express', 'American Express'],
    ['discover', 'Discover'],
    ['jcb', 'JCB'],
    ['unionpay', 'UnionPay'],
    ['union-pay', 'UnionPay'],
    ['diners', 'Diners Club'],
    ['diners_club', 'Diners Club'],
  ])('%s → %s', (brand, name) => {
    expect(cardBrandName(brand)).toBe(name);
  });

  it.each(['cartes_bancaires', 'eftpos_au', 'unknown', 'constructor', '__proto__', 'toString', ''])(
    'keeps the unknown brand %j as given',
    (brand) => {
      expect(cardBrandName(brand)).toBe(brand);
    },
  );
});

describe('paymentMethodText', () => {
  it('names the card with its last four digits', () => {
    expect(text(answer(card()))).toBe('Visa •••• 4242');
    expect(text(answer(card({ cardBrand: 'amex', cardLast4: '0005' })))).toBe('American Express •••• 0005');
    expect(text(answer(card({ cardBrand: 'mastercard', cardLast4: '4444' })))).toBe('Mastercard •••• 4444');
  });

  it('hides the last four digits when identifiers are hidden', () => {
    expect(text(answer(card()), true)).toBe('Visa ••••');
    expect(text(answer(card({ cardBrand: 'cartes_bancaires' })), true)).toBe('cartes_bancaires ••••');
  });

  it('never shows the digits or the payment method id when hidden (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{4}$/),
        fc.string(),
        fc.option(fc.constantFrom('card', 'us_bank_account')),
        (last4, brand, type) => {
          const shown = text(
            answer(card({ cardLast4: last4, cardBrand: brand, type, paymentMethodId: 'pm_secret' })),
            true,
          );
          expect(shown.replace(brand, '')).not.toContain(last4);
          expect(shown).not.toContain('pm_secret');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('copes with missing details', () => {
    expect(text(answer(card({ cardLast4: null })))).toBe('Visa card');
    expect(text(answer(card({ cardBrand: null })))).toBe('Card •••• 4242');
    expect(text(answer(card({ cardBrand: null, cardLast4: null })))).toBe('Card');
    expect(text(answer(card({ type: null })))).toBe('Visa •••• 4242');
  });

  it('keeps another payment method type as given', () => {
    expect(paymentMethodView(answer(card({ type: 'us_bank_account', cardLast4: '6789' })))).toEqual({
      kind: 'other',
      type: 'us_bank_account',
      last4: '6789',
    });
    expect(text(answer(card({ type: 'us_bank_account', cardLast4: '6789' })))).toBe('us_bank_account •••• 6789');
    expect(text(answer(card({ type: 'link', cardLast4: null })))).toBe('link');
  });

  it('says when there is none, when details are missing and when nothing is known', () => {
    expect(text(answer(null, false))).toBe('No payment method');
    expect(text(answer(card(), false))).toBe('No payment method');
    expect(text(answer(null, true))).toBe('Payment method saved (details not reported)');
    expect(text(answer(null, null))).toBe('Payment method not reported');
    expect(text(answer(card(), null))).toBe('Visa •••• 4242');
  });
});
