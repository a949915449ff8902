import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMoreInvoices, type Invoice } from '@/model/billing';
import { parserCases } from '@/testing/parser-cases';
import { parseInvoices } from './parse-invoices';

/** The contract's InvoiceInfo example. */
const invoiceBody = (): Record<string, unknown> => ({
  invoice_id: 'in_1ABC2DEF3GHI',
  invoice_url: 'https://invoice.stripe.com/i/inv_1ABC2DEF3GHI',
  invoice_pdf: 'https://invoice.stripe.com/i/inv_1ABC2DEF3GHI/pdf',
  amount_due: 2345,
  amount_paid: 2345,
  status: 'paid',
  billing_month: '2025-11',
  total_credits: 23_450,
  created: '2025-12-01T00:00:00Z',
  paid_at: '2025-12-02T10:00:00Z',
});

const listBody = (invoices: unknown[] = [invoiceBody()], total = invoices.length, hasMore = false) => ({
  invoices,
  total,
  has_more: hasMore,
});

const expectedInvoice: Invoice = {
  invoiceId: 'in_1ABC2DEF3GHI',
  invoiceUrl: 'https://invoice.stripe.com/i/inv_1ABC2DEF3GHI',
  invoicePdf: 'https://invoice.stripe.com/i/inv_1ABC2DEF3GHI/pdf',
  amountDueCents: 2345,
  amountPaidCents: 2345,
  status: 'paid',
  billingMonth: '2025-11',
  totalCredits: 23_450,
  created: new Date('2025-12-01T00:00:00Z'),
  paidAt: new Date('2025-12-02T10:00:00Z'),
};

const INVOICE_PROPS = {
  invoice_id: 'invoiceId',
  invoice_url: 'invoiceUrl',
  invoice_pdf: 'invoicePdf',
  amount_due: 'amountDueCents',
  amount_paid: 'amountPaidCents',
  status: 'status',
  billing_month: 'billingMonth',
  total_credits: 'totalCredits',
  created: 'created',
  paid_at: 'paidAt',
} as const;

const REQUIRED = ['invoice_id', 'amount_due', 'amount_paid', 'status', 'billing_month', 'total_credits', 'created'];

const { parseOk } = parserCases(parseInvoices, () => listBody());

describe('parseInvoices: valid bodies', () => {
  it('reads the contract example', () => {
    expect(parseOk(listBody())).toEqual({ invoices: [expectedInvoice], total: 1, hasMore: false, problems: [] });
  });

  it('reads a draft with null URLs and no payment date', () => {
    const draft = {
      ...invoiceBody(),
      status: 'draft',
      invoice_url: null,
      invoice_pdf: null,
      paid_at: null,
      amount_paid: 0,
    };
    const value = parseOk(listBody([draft]));
    expect(value.invoices[0]).toMatchObject({
      status: 'draft',
      invoiceUrl: null,
      invoicePdf: null,
      paidAt: null,
      amountPaidCents: 0,
    });
    expect(value.problems).toEqual([]);
  });

  it.each(['open', 'void', 'uncollectible', 'refunded', 'Paid', 'past_due'])(
    'keeps the status %s as given',
    (status) => {
      const value = parseOk(listBody([{ ...invoiceBody(), status }]));
      expect(value.invoices[0]?.status).toBe(status);
      expect(value.problems).toEqual([]);
    },
  );

  it('keeps any string as a URL: deciding what becomes a link is not the parser’s job', () => {
    for (const url of ['javascript:alert(1)', 'http://evil.example/x', '', 'not a url']) {
      const value = parseOk(listBody([{ ...invoiceBody(), invoice_url: url, invoice_pdf: url }]));
      expect(value.invoices[0]).toMatchObject({ invoiceUrl: url, invoicePdf: url });
      expect(value.problems).toEqual([]);
    }
  });

  it('keeps amounts beyond 2^53 cents as given', () => {
    const value = parseOk(listBody([{ ...invoiceBody(), amount_due: 2 ** 60, total_credits: 2 ** 61 }]));
    expect(value.invoices[0]).toMatchObject({ amountDueCents: 2 ** 60, totalCredits: 2 ** 61 });
  });

  it('reads an empty list, and a list without invoices as empty', () => {
    expect(parseOk({ invoices: [], total: 0, has_more: false })).toEqual({
      invoices: [],
      total: 0,
      hasMore: false,
      problems: [],
    });
    expect(parseOk({ total: 0, has_more: false })).toEqual({ invoices: [], total: 0, hasMore: false, problems: [] });
  });

  it('ignores fields the contract does not know, in the list and in each invoice', () => {
    const value = parseOk({ ...listBody([{ ...invoiceBody(), currency: 'usd', lines: [] }]), next_cursor: 'abc' });
    expect(value).toEqual(parseOk(listBody()));
  });
});

describe('parseInvoices: total and has_more', () => {
  it('reads a page of a longer list: total above those listed, has_more true', () => {
    const value = parseOk(listBody([invoiceBody(), invoiceBody()], 13, true));
    expect(value).toMatchObject({ total: 13, hasMore: true, problems: [] });
    expect(hasMoreInvoices(value)).toBe(true);
  });

  it('reports a total below the number of invoices listed', () => {
    const value = parseOk(listBody([invoiceBody(), invoiceBody(), invoiceBody()], 2));
    expect(value.total).toBeNull();
    expect(value.invoices).toHaveLength(3);
    expect(value.problems).toEqual([
      { field: 'total', kind: 'invalid', expected: 'at least the 3 invoices listed', received: '2' },
    ]);
  });

  it('keeps has_more as given when total only counts the page', () => {
    const value = parseOk(listBody([invoiceBody()], 1, true));
    expect(value).toMatchObject({ total: 1, hasMore: true, problems: [] });
    expect(hasMoreInvoices(value)).toBe(true);
  });

  it.each([
    [1, false, false],
    [5, false, true],
    [1, true, true],
  ])('hasMoreInvoices with total %i and has_more %s is %s', (total, hasMore, expected) => {
    expect(hasMoreInvoices(parseOk(listBody([invoiceBody()], total, hasMore)))).toBe(expected);
  });

  it.each([
    ['total', -1],
    ['total', 1.5],
    ['total', '10'],
    ['has_more', 'false'],
    ['has_more', 0],
  ])('a malformed %s (%j) is null and named', (field, bad) => {
    const value = parseOk({ ...listBody(), [field]: bad });
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[field, 'invalid']]);
    expect(value[field === 'total' ? 'total' : 'hasMore']).toBeNull();
    expect(value.invoices).toEqual([expectedInvoice]);
  });

  it.each(['total', 'has_more'])('a missing %s is named', (field) => {
    const body = Object.fromEntries(Object.entries(listBody()).filter(([name]) => name !== field));
    expect(parseOk(body).problems).toEqual([{ field, kind: 'missing', expected: expect.any(String) as string }]);
  });
});

describe('parseInvoices: missing and malformed invoice fields', () => {
  it.each(REQUIRED)('a missing %s is named with the invoice index; the rest is kept', (field) => {
    const broken = Object.fromEntries(Object.entries(invoiceBody()).filter(([name]) => name !== field));
    const value = parseOk(listBody([invoiceBody(), broken]));
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[`invoices[1].${field}`, 'missing']]);
    const prop = INVOICE_PROPS[field as keyof typeof INVOICE_PROPS];
    expect(value.invoices[1]).toEqual({ ...expectedInvoice, [prop]: null });
    expect(value.invoices[0]).toEqual(expectedInvoice);
  });

  it.each(['invoice_url', 'invoice_pdf', 'paid_at'])('%s may be absent or null', (field) => {
    const absent = Object.fromEntries(Object.entries(invoiceBody()).filter(([name]) => name !== field));
    for (const invoice of [absent, { ...invoiceBody(), [field]: null }]) {
      expect(parseOk(listBody([invoice])).problems).toEqual([]);
    }
  });

  it.each([
    ['invoice_id', ''],
    ['invoice_url', 42],
    ['invoice_pdf', { href: 'x' }],
    ['amount_due', -100],
    ['amount_due', 23.45],
    ['amount_due', '2345'],
    ['amount_paid', -1],
    ['status', ''],
    ['status', 3],
    ['billing_month', '2025-13'],
    ['billing_month', '2025-11-01'],
    ['billing_month', '2025-1'],
    ['total_credits', -5],
    ['created', '2025-12-01'],
    ['created', 1_764_547_200],
    ['paid_at', '2025-12-02'],
  ] as const)('a malformed %s (%j) is null and named', (field, bad) => {
    const value = parseOk(listBody([{ ...invoiceBody(), [field]: bad }]));
    expect(value.problems.map((p) => [p.field, p.kind])).toEqual([[`invoices[0].${field}`, 'invalid']]);
    expect(value.invoices[0]).toEqual({ ...expectedInvoice, [INVOICE_PROPS[field]]: null });
  });

  it('drops entries that are not objects, naming each', () => {
    const value = parseOk(listBody([invoiceBody(), 'in_2', null, [invoiceBody()]], 4));
    expect(value.invoices).toEqual([expectedInvoice]);
    expect(value.problems.map((p) => p.field)).toEqual(['invoices[1]', 'invoices[2]', 'invoices[3]']);
  });

  it('reports an invoices value that is not a list, keeping total and has_more', () => {
    const value = parseOk({ invoices: { 0: invoiceBody() }, total: 1, has_more: false });
    expect(value).toMatchObject({ invoices: [], total: 1, hasMore: false });
    expect(value.problems).toEqual([
      { field: 'invoices', kind: 'invalid', expected: 'a list of invoice objects', received: 'an object' },
    ]);
  });
});

describe('parseInvoices: unreadable bodies', () => {
  it.each([null, [invoiceBody()], 'invoices', {}, { data: [] }])('refuses %j', (body) => {
    expect(parseInvoices(body).ok).toBe(false);
  });
});

describe('parseInvoices (property-based)', () => {
  it('never throws; total is never below the invoices listed', () => {
    const invoice = fc.dictionary(fc.constantFrom(...Object.keys(INVOICE_PROPS)), fc.jsonValue());
    const body = fc.record(
      {
        invoices: fc.oneof(fc.array(fc.oneof(invoice, fc.jsonValue())), fc.jsonValue()),
        total: fc.jsonValue(),
        has_more: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(body, fc.jsonValue()), (input) => {
        const result = parseInvoices(input);
        if (!result.ok) return;
        const { invoices, total } = result.value;
        if (total !== null) expect(total).toBeGreaterThanOrEqual(invoices.length);
        for (const inv of invoices) {
          expect(inv.amountDueCents === null || (Number.isInteger(inv.amountDueCents) && inv.amountDueCents >= 0)).toBe(
            true,
          );
          expect(inv.billingMonth === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(inv.billingMonth)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any list of valid invoices unchanged and in order', () => {
    const month = fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const invoice = fc.record({
      invoice_id: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      amount_due: fc.nat(),
      amount_paid: fc.nat(),
      status: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      billing_month: month,
      total_credits: fc.nat(),
      created: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.array(invoice, { maxLength: 20 }), fc.nat(5), (invoices, extra) => {
        const value = parseOk({ invoices, total: invoices.length + extra, has_more: extra > 0 });
        expect(value.problems).toEqual([]);
        expect(
          value.invoices.map((i) => [i.invoiceId, i.amountDueCents, i.billingMonth, i.created?.toISOString()]),
        ).toEqual(invoices.map((i) => [i.invoice_id, i.amount_due, i.billing_month, i.created]));
      }),
      { numRuns: 1000 },
    );
  });
});
