/**
 * The endpoints the dashboard reads, each defined once from its route (./routes.ts), its
 * parser and its query key. A feature reads one with `balanceEndpoint.useQuery(connection)`.
 *
 * To add an endpoint: its route in ./routes.ts (the proxy, the stub and a reload's early requests
 * follow), a parser (./parse-*.ts, ./billing/parse-*.ts), its definition here, its sample
 * answer in src/samples/sample-responses.ts (the compiler asks for it), and its path in
 * deploy/nginx.conf (a test compares the two).
 */
import { parseBalance } from './billing/parse-balance';
import { parseInvoices } from './billing/parse-invoices';
import { parsePaymentMethod } from './billing/parse-payment-method';
import { parseSpendingCaps } from './billing/parse-spending-caps';
import { parseUsageBreakdown } from './billing/parse-usage-breakdown';
import { parseUsageCurrent } from './billing/parse-usage-current';
import { defineEndpoint } from './define-endpoint';
import { parseOrganization } from './parse-organization';
import { API_ROUTES, INVOICES_SHOWN } from './routes';

export const organizationEndpoint = defineEndpoint({
  route: API_ROUTES.organization,
  key: ['organization'],
  parse: parseOrganization,
  what: 'an organization',
});

export const balanceEndpoint = defineEndpoint({
  route: API_ROUTES.balance,
  key: ['billing', 'balance'],
  parse: parseBalance,
  what: 'a credit balance',
});

export const usageCurrentEndpoint = defineEndpoint({
  route: API_ROUTES.usageCurrent,
  key: ['billing', 'usage-current'],
  parse: parseUsageCurrent,
  what: "this period's usage",
});

export const usageBreakdownEndpoint = defineEndpoint({
  route: API_ROUTES.usageBreakdown,
  key: ['billing', 'usage-breakdown'],
  parse: parseUsageBreakdown,
  what: 'a usage breakdown',
});

export const invoicesEndpoint = defineEndpoint({
  route: API_ROUTES.invoices,
  key: ['billing', 'invoices', INVOICES_SHOWN],
  parse: parseInvoices,
  what: 'a list of invoices',
});

export const spendingCapsEndpoint = defineEndpoint({
  route: API_ROUTES.spendingCaps,
  key: ['billing', 'spending-caps'],
  parse: parseSpendingCaps,
  what: 'spending caps',
});

export const paymentMethodEndpoint = defineEndpoint({
  route: API_ROUTES.paymentMethod,
  key: ['billing', 'payment-method'],
  parse: parsePaymentMethod,
  what: 'a payment method',
});
