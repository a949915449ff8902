import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parserCases } from '@/testing/parser-cases';
import { parsePaymentMethod } from './parse-payment-method';

const details = (): Record<string, unknown> => ({
  payment_method_id: 'pm_1Q2w3E4r5T6y',
  type: 'card',
  card_last4: '4242',
  card_brand: 'visa',
});

const validBody = (): Record<string, unknown> => ({
  has_payment_method: true,
  payment_method: details(),
  auto_billing_enabled: true,
});

const omit = (body: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(body).filter(([name]) => name !== field));

const { parseOk } = parserCases(parsePaymentMethod, validBody);

describe('parsePaymentMethod: valid bodies', () => {
  it('reads a saved card', () => {
    expect(parseOk(validBody())).toEqual({
      hasPaymentMethod: true,
      paymentMethod: { paymentMethodId: 'pm_1Q2w3E4r5T6y', type: 'card', cardLast4: '4242', cardBrand: 'visa' },
      autoBillingEnabled: true,
      problems: [],
    });
  });

  it('reads "no payment method", with payment_method null or absent', () => {
    for (const body of [
      { has_payment_method: false, payment_method: null, auto_billing_enabled: false },
      { has_payment_method: false, auto_billing_enabled: false },
    ]) {
      expect(parseOk(body)).toEqual({
        hasPaymentMethod: false,
        paymentMethod: null,
        autoBillingEnabled: false,
        problems: [],
      });
    }
  });

  it('keeps last four digits with leading zeros as a string', () => {
    expect(
      parseOk({ ...validBody(), payment_method: { ...details(), card_last4: '0005' } }).paymentMethod?.cardLast4,
    ).toBe('0005');
  });

  it('keeps an unknown brand and type as given; ignores unknown fields', () => {
    const value = parseOk({
      ...validBody(),
      payment_method: { ...details(), card_brand: 'cartes_bancaires', type: 'link', exp_month: 12, fingerprint: 'x' },
      default_source: 'src_1',
    });
    expect(value.paymentMethod).toEqual({
      paymentMethodId: 'pm_1Q2w3E4r5T6y',
      type: 'link',
      cardLast4: '4242',
      cardBrand: 'cartes_bancaires',
    });
    expect(value.problems).toEqual([]);
  });
});

describe('parsePaymentMethod: missing and malformed fields', () => {
  it.each(['has_payment_method', 'auto_billing_enabled'])('a missing %s is named; the rest is kept', (field) => {
    const value = parseOk(omit(validBody(), field));
    expect(value.problems).toEqual([{ field, kind: 'missing', expected: 'true or false' }]);
    expect(value.paymentMethod?.cardLast4).toBe('4242');
  });

  it.each(['payment_method_id', 'type', 'card_last4', 'card_brand'])(
    'a missing payment_method.%s is named; the rest is kept',
    (field) => {
      const value = parseOk({ ...validBody(), payment_method: omit(details(), field) });
      expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[`payment_method.${field}`, 'missing']]);
      expect(Object.values(value.paymentMethod ?? {}).filter((x) => x === null)).toHaveLength(1);
    },
  );

  it.each([
    ['card_last4', '424'],
    ['card_last4', '42424'],
    ['card_last4', 4242],
    ['card_last4', '42a2'],
    ['card_last4', '•••• 4242'],
    ['card_brand', ''],
    ['card_brand', 1],
    ['type', null],
    ['payment_method_id', '   '],
  ])('a malformed payment_method.%s (%j) is named', (field, bad) => {
    const value = parseOk({ ...validBody(), payment_method: { ...details(), [field]: bad } });
    expect(value.problems.map((p) => p.field)).toEqual([`payment_method.${field}`]);
  });

  it.each([
    ['has_payment_method', 'true', 'hasPaymentMethod'],
    ['auto_billing_enabled', 1, 'autoBillingEnabled'],
    ['payment_method', 'pm_1', 'paymentMethod'],
    ['payment_method', [details()], 'paymentMethod'],
  ] as const)('a malformed %s (%j) is null and named', (field, bad, prop) => {
    const value = parseOk({ ...validBody(), [field]: bad });
    expect(value[prop]).toBeNull();
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'invalid']]);
  });
});

describe('parsePaymentMethod: unreadable bodies', () => {
  it.each([null, [], 'card', {}, { payment_methods: [] }])('refuses %j', (body) => {
    expect(parsePaymentMethod(body).ok).toBe(false);
  });
});

describe('parsePaymentMethod (property-based)', () => {
  it('never throws; last four is always four digits when kept', () => {
    const inner = fc.dictionary(
      fc.constantFrom('payment_method_id', 'type', 'card_last4', 'card_brand'),
      fc.oneof(fc.jsonValue(), fc.stringMatching(/^\d{3,5}$/)),
    );
    const body = fc.record(
      {
        has_payment_method: fc.jsonValue(),
        payment_method: fc.oneof(inner, fc.jsonValue()),
        auto_billing_enabled: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(body, fc.jsonValue()), (input) => {
        const result = parsePaymentMethod(input);
        if (!result.ok) return;
        const last4 = result.value.paymentMethod?.cardLast4;
        if (last4 !== undefined && last4 !== null) expect(last4).toMatch(/^\d{4}$/);
      }),
      { numRuns: 1000 },
    );
  });
});
