import * as v from 'valibot';
import {
  dateTime,
  nonEmptyString,
  nonNegativeInteger,
  openResponse,
  yearMonth,
  type FieldReader,
  type Parsed,
} from '@/lib/field-reader';
import type { Invoice, InvoiceList } from '@/model/billing';

const FIELDS = ['invoices', 'total', 'has_more'] as const;

const CENTS = 'a whole number of cents (0 or more)';

function readInvoice(read: FieldReader): Invoice {
  return {
    invoiceId: read.required('invoice_id', nonEmptyString, 'a non-empty string'),
    invoiceUrl: read.optional('invoice_url', v.string(), 'a URL string or null'),
    invoicePdf: read.optional('invoice_pdf', v.string(), 'a URL string or null'),
    amountDueCents: read.required('amount_due', nonNegativeInteger, CENTS),
    amountPaidCents: read.required('amount_paid', nonNegativeInteger, CENTS),
    status: read.required('status', nonEmptyString, 'an invoice status such as paid or open'),
    billingMonth: read.required('billing_month', yearMonth, 'a month as YYYY-MM'),
    totalCredits: read.required('total_credits', nonNegativeInteger, 'a whole number of credits (0 or more)'),
    created: read.required('created', dateTime, 'an ISO 8601 date-time'),
    paidAt: read.optional('paid_at', dateTime, 'an ISO 8601 date-time or null'),
  };
}

/**
 * Validates a GET /v1/organizations/billing/invoices body field by field, each invoice on its
 * own (`invoices[3].amount_due` in problems). A status the contract does not list is kept as
 * given; URLs are kept as strings for a separate filter to judge. `total` counts all invoices,
 * so one below the number listed is a problem; `has_more` is kept as given. Never throws.
 */
export function parseInvoices(body: unknown): Parsed<InvoiceList> {
  const opened = openResponse(body, FIELDS, 'an invoice list');
  if (!opened.ok) return opened;
  const read = opened.reader;
  const invoices = (read.objects('invoices', 'a list of invoice objects') ?? []).map(readInvoice);
  let total = read.required('total', nonNegativeInteger, 'a whole number of invoices (0 or more)');
  if (total !== null && total < invoices.length) {
    read.report({
      field: 'total',
      kind: 'invalid',
      expected: `at least the ${invoices.length} invoices listed`,
      received: String(total),
    });
    total = null;
  }
  return {
    ok: true,
    value: {
      invoices,
      total,
      hasMore: read.required('has_more', v.boolean(), 'true or false'),
      problems: read.problems,
    },
  };
}
