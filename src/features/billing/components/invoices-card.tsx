import { ExternalLink } from 'lucide-react';
import { DateTime } from '@/components/date-time';
import { NotReported } from '@/components/not-reported';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';
import { formatInteger } from '@/lib/format';
import { shownIdentifier } from '@/lib/redaction';
import { safeLinkUrl } from '@/lib/safe-url';
import { hasMoreInvoices, isKnownInvoiceStatus, type Invoice, type InvoiceList } from '@/model/billing';
import { billingMonthLabel } from '@/model/billing-months';
import { formatCents } from '@/model/money';
import { BillingCard, type BillingQueryProps } from './billing-card';

const STATUS_TONES: Record<string, BadgeTone> = {
  paid: 'invoice-paid',
  open: 'invoice-open',
  draft: 'invoice-draft',
  void: 'invoice-void',
  uncollectible: 'invoice-uncollectible',
};

/**
 * A link to an invoice page the API named, when it is one: only https (or http to this
 * machine) becomes a link, opened in a new tab without referrer; anything else stays text.
 */
function InvoiceLink({ url, label }: { url: string | null; label: string }) {
  if (url === null) return null;
  const href = safeLinkUrl(url);
  if (href === null) {
    return (
      <span className="break-all text-ink-muted" title="Not an https link, so not opened">
        {url}
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1 text-accent underline"
    >
      {label}
      <ExternalLink size={12} aria-hidden />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

const money = (cents: number | null) => (cents === null ? <NotReported /> : formatCents(cents));

/** The invoices: month, credits, amounts, status, dates and the hosted invoice and its PDF. */
export function InvoicesCard({
  hideIdentifiers,
  ...query
}: BillingQueryProps<InvoiceList> & { hideIdentifiers: boolean }) {
  return (
    <BillingCard name="invoices" title="Invoices" {...query}>
      {(list) => (
        <>
          <p className="mb-3 text-sm text-ink-muted" data-testid="invoice-count">
            {list.invoices.length === 0
              ? 'No invoices yet.'
              : hasMoreInvoices(list)
                ? `The latest ${formatInteger(list.invoices.length)} of ${list.total === null ? 'more' : formatInteger(list.total)}`
                : `${formatInteger(list.invoices.length)} ${list.invoices.length === 1 ? 'invoice' : 'invoices'}`}
          </p>
          {list.invoices.length > 0 ? (
            <Table<Invoice>
              caption="Invoices, newest first"
              testId="invoices-table"
              rows={list.invoices}
              rowKey={(invoice, i) => invoice.invoiceId ?? `row-${i}`}
              columns={[
                {
                  key: 'month',
                  label: 'Month',
                  rowHeader: true,
                  cell: (i) => (i.billingMonth ? billingMonthLabel(i.billingMonth) : <NotReported />),
                },
                {
                  key: 'credits',
                  label: 'Credits',
                  align: 'end',
                  className: 'tabular',
                  cell: (i) => (i.totalCredits === null ? <NotReported /> : formatInteger(i.totalCredits)),
                },
                {
                  key: 'due',
                  label: 'Amount due',
                  align: 'end',
                  className: 'tabular',
                  cell: (i) => money(i.amountDueCents),
                },
                {
                  key: 'paid',
                  label: 'Paid',
                  align: 'end',
                  className: 'tabular',
                  cell: (i) => money(i.amountPaidCents),
                },
                {
                  key: 'status',
                  label: 'Status',
                  cell: (i) =>
                    i.status === null ? (
                      <NotReported />
                    ) : (
                      <Badge tone={isKnownInvoiceStatus(i.status) ? STATUS_TONES[i.status] : 'neutral'}>
                        {i.status}
                      </Badge>
                    ),
                },
                {
                  key: 'created',
                  label: 'Created',
                  wide: true,
                  cell: (i) => (i.created ? <DateTime date={i.created} /> : <NotReported />),
                },
                {
                  key: 'paid-at',
                  label: 'Paid on',
                  wide: true,
                  cell: (i) => (i.paidAt ? <DateTime date={i.paidAt} /> : '—'),
                },
                {
                  key: 'links',
                  label: 'Invoice',
                  cell: (i) =>
                    i.invoiceUrl === null && i.invoicePdf === null ? (
                      <span className="text-ink-muted">not finalised</span>
                    ) : (
                      <span className="inline-flex flex-wrap gap-x-3 gap-y-1">
                        <InvoiceLink url={i.invoiceUrl} label="View" />
                        <InvoiceLink url={i.invoicePdf} label="PDF" />
                      </span>
                    ),
                },
                {
                  key: 'id',
                  label: 'ID',
                  wide: true,
                  className: 'font-mono text-xs',
                  cell: (i) => (i.invoiceId ? shownIdentifier(i.invoiceId, hideIdentifiers) : <NotReported />),
                },
              ]}
            />
          ) : null}
        </>
      )}
    </BillingCard>
  );
}
