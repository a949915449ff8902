import { describe, expect, it } from 'vitest';
import { parseOrganization } from '@/api/parse-organization';
import { resolveAllowance } from '@/model/allowance';
import { findSample } from '@/samples/sample-organizations';
import { parseBalance } from '@/api/billing/parse-balance';
import { parseInvoices } from '@/api/billing/parse-invoices';
import { parsePaymentMethod } from '@/api/billing/parse-payment-method';
import { parseSpendingCaps } from '@/api/billing/parse-spending-caps';
import { parseUsageCurrent } from '@/api/billing/parse-usage-current';
import { csvField, parseCsv, toCsv } from '@/lib/spreadsheet';
import { sampleBilling } from '@/samples/sample-billing';
import { factsCsv, invoicesCsv } from './csv';
import { shareFileName } from './share-file-name';
import { maskEmail, maskIdentifier } from '@/lib/redaction';
import { buildShareFacts, type ShareContext } from './share-facts';
import { escapeMarkdown, summaryMarkdown, summaryText } from './summary';

function sampleFacts(id: string, overrides: Partial<ShareContext> & { customAllowance?: number | null } = {}) {
  const parsed = parseOrganization(findSample(id)!.body);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { customAllowance = null, ...rest } = overrides;
  return buildShareFacts({
    org: parsed.value,
    sample: false,
    apiBaseUrl: 'https://api.mixpeek.com',
    capturedAt: new Date('2026-11-28T12:00:00Z'),
    allowance: resolveAllowance(parsed.value.accountType, customAllowance),
    hideIdentifiers: false,
    locale: 'en-US',
    timeZone: 'UTC',
    ...rest,
  });
}

describe('summaryText', () => {
  it('gives the exact plain-text summary of the Pro sample organization', () => {
    expect(summaryText(sampleFacts('pro-over'))).toBe(
      [
        'Mixpeek account summary',
        'Organization: Acme Corporation (org_demo123)',
        'Tier: Pro',
        'Credit balance: 250,000 credits · 250% of the monthly allowance of 100,000 credits · Above the monthly allowance',
        'Rate limits (requests per minute): metadata 200, data 100, search 100, upload 50, compute 50',
        'Captured: Nov 28, 2026, 12:00 PM UTC',
        'Source: https://api.mixpeek.com',
      ].join('\n'),
    );
  });

  it('says "custom allowance" for enterprise until one is typed, then compares', () => {
    expect(summaryText(sampleFacts('enterprise'))).toContain(
      'Credit balance: 4,250,000 credits · custom allowance · Custom allowance: enter the contracted monthly allowance to compare',
    );
    expect(summaryText(sampleFacts('enterprise', { customAllowance: 5_000_000 }))).toContain(
      'Credit balance: 4,250,000 credits · 85% of the monthly allowance of 5,000,000 credits (contracted) · Within the monthly allowance',
    );
  });

  it('names sample data as the source and masks identifiers when asked', () => {
    const text = summaryText(sampleFacts('pro-over', { sample: true, hideIdentifiers: true }));
    expect(text).toContain('Organization: Acme Corporation (org_•••••)');
    expect(text).toContain('Source: Sample data');
    expect(text).not.toContain('org_demo123');
  });
});

describe('summaryMarkdown', () => {
  it('gives the exact Markdown summary of the Free sample organization', () => {
    expect(summaryMarkdown(sampleFacts('free-low'))).toBe(
      [
        '**Mixpeek account summary**',
        '',
        '- **Organization:** Tinker Labs (`org_tinker42`)',
        '- **Tier:** Free',
        '- **Credit balance:** 62 credits · 6.2% of the monthly allowance of 1,000 credits · Low balance: under 10% of the monthly allowance',
        '- **Rate limits** (requests per minute): metadata 20 · data 10 · search 10 · upload 5 · compute 5',
        '- **Captured:** Nov 28, 2026, 12:00 PM UTC',
        '- **Source:** https://api.mixpeek.com',
      ].join('\n'),
    );
  });

  it('escapes what Markdown would read as formatting in values from the API', () => {
    expect(escapeMarkdown('*Acme* [x](http://e) <b>_a_</b> `c`')).toBe(
      '\\*Acme\\* \\[x\\](http://e) \\<b\\>\\_a\\_\\</b\\> \\`c\\`',
    );
    expect(escapeMarkdown('https://api.mixpeek.com · 6.2%')).toBe('https://api.mixpeek.com · 6.2%');
  });
});

describe('CSV', () => {
  it('quotes fields per RFC 4180 only where needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(250000)).toBe('250000');
  });

  it('writes a BOM, CRLF line ends and a final CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('lists the facts one per row with raw numbers', () => {
    const rows = factsCsv(sampleFacts('pro-over')).slice(1).split('\r\n');
    expect(rows[0]).toBe('Fact,Value');
    expect(rows).toContain('Organization name,Acme Corporation');
    expect(rows).toContain('Credit balance (credits),250000');
    expect(rows).toContain('Monthly allowance (credits),100000');
    expect(rows).toContain('Balance as % of monthly allowance,250');
    expect(rows).toContain('Rate limit: Metadata (requests per minute),200');
    expect(rows).toContain('Captured,"Nov 28, 2026, 12:00 PM UTC"');
  });
});

describe('shareFileName and redaction', () => {
  const day = new Date(2026, 10, 28, 9, 30);
  it('is mixpeek-<organization_id>-<YYYY-MM-DD>', () => {
    expect(shareFileName('org_demo123', day, 'png', false)).toBe('mixpeek-org_demo123-2026-11-28.png');
  });
  it('leaves the id out when identifiers are hidden or missing, and makes odd ids safe', () => {
    expect(shareFileName('org_demo123', day, 'png', true)).toBe('mixpeek-organization-2026-11-28.png');
    expect(shareFileName(null, day, 'csv', false)).toBe('mixpeek-organization-2026-11-28.csv');
    expect(shareFileName('org/../x y', day, 'png', false)).toBe('mixpeek-org-x-y-2026-11-28.png');
  });
  it('masks keep only a type prefix', () => {
    expect(maskIdentifier('org_demo123')).toBe('org_•••••');
    expect(maskIdentifier('secret')).toBe('•••••');
    expect(maskEmail('billing@acme.example')).toBe('•••@•••');
  });
});

describe('shareFileName for a card', () => {
  it('adds the card after the date, so card and dashboard images do not overwrite each other', () => {
    expect(shareFileName('org_demo123', new Date(2026, 10, 28), 'png', false, 'credit')).toBe(
      'mixpeek-org_demo123-2026-11-28-credit.png',
    );
  });
});

describe('exports carry the billing facts', () => {
  const now = new Date('2026-11-12T10:00:00Z');
  const pro = sampleBilling('pro-over', now)!;
  const read = <T>(parsed: { ok: true; value: T } | { ok: false; reason: string }): T => {
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.value;
  };
  const billing = {
    usage: read(parseUsageCurrent(pro.usageCurrent)),
    balance: read(parseBalance(pro.balance)),
    invoices: read(parseInvoices(pro.invoices(24))),
    spendingCaps: read(parseSpendingCaps(pro.spendingCaps)),
    paymentMethod: read(parsePaymentMethod(pro.paymentMethod)),
  };
  const facts = (hideIdentifiers = false) => sampleFacts('pro-over', { billing, capturedAt: now, hideIdentifiers });

  it('in the summaries: this period, the period, spending and the payment method', () => {
    const text = summaryText(facts());
    expect(text).toContain('This period: 44,290 credits · $44.29 estimated · about 64 days left');
    expect(text).toContain('Billing period: Nov 1, 2026 – Nov 30, 2026 (UTC)');
    expect(text).toContain('Spending: $44.29 of $200.00 (22%)');
    expect(text).toContain('Payment method: Visa •••• 4242');
    expect(summaryMarkdown(facts())).toContain(
      '- **This period:** 44,290 credits · $44.29 estimated · about 64 days left',
    );
    expect(summaryText(facts(true))).toContain('Payment method: Visa ••••\n');
  });

  it('in the facts CSV, numbers as numbers', () => {
    const rows = factsCsv(facts()).slice(1).split('\r\n');
    expect(rows).toContain('Credits used this period,44290');
    expect(rows).toContain('Estimated cost this period (USD),44.29');
    expect(rows).toContain('Payment method,Visa •••• 4242');
  });

  it('in an invoices CSV, one invoice a row, amounts exact from the cents, ids masked when asked', () => {
    const rows = parseCsv(invoicesCsv(facts()).slice(1));
    expect(rows[0]).toEqual([
      'Invoice ID',
      'Billing month',
      'Credits',
      'Amount due (USD)',
      'Amount paid (USD)',
      'Status',
      'Created (UTC)',
      'Paid on (UTC)',
      'Invoice URL',
      'PDF URL',
    ]);
    expect(rows[2]).toEqual([
      'in_1PkAcme202610',
      '2026-10',
      '128030',
      '128.03',
      '0',
      'open',
      '2026-11-01',
      '',
      'https://invoice.stripe.com/i/acct_1MixpeekDemo/test_PkAcme202610',
      'https://pay.stripe.com/invoice/acct_1MixpeekDemo/test_PkAcme202610/pdf',
    ]);
    expect(invoicesCsv(facts(true))).not.toContain('in_1PkAcme');
  });

  it('says nothing of billing when there is none', () => {
    expect(summaryText(sampleFacts('pro-over'))).not.toContain('This period');
  });
});

describe('exports of hostile data', () => {
  const hostile = (org: Record<string, unknown>) => {
    const parsed = parseOrganization({ ...findSample('pro-over')!.body, ...org });
    if (!parsed.ok) throw new Error(parsed.reason);
    return buildShareFacts({
      org: parsed.value,
      sample: false,
      apiBaseUrl: 'https://api.mixpeek.com',
      capturedAt: new Date('2026-11-28T12:00:00Z'),
      allowance: resolveAllowance('pro', null),
      hideIdentifiers: false,
      locale: 'en-US',
      timeZone: 'UTC',
    });
  };

  it('neutralises formulas in every text cell of the CSV, whatever field they came from', () => {
    const facts = hostile({
      organization_name: '=HYPERLINK("https://evil.example","click")',
      organization_id: '+1+2',
      billing_email: '@evil.example',
    });
    const rows = parseCsv(factsCsv(facts).slice(1));
    const value = (fact: string) => rows.find((r) => r[0] === fact)?.[1];
    expect(value('Organization name')).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(value('Organization ID')).toBe("'+1+2");
    expect(value('Credit balance (credits)')).toBe('250000'); // numbers stay numbers
  });

  it('makes a file name safe from any organization id', () => {
    const day = new Date(2026, 10, 28);
    expect(shareFileName('../../etc/passwd', day, 'png', false)).toBe('mixpeek-etc-passwd-2026-11-28.png');
    expect(shareFileName('org\u202Egnp.exe', day, 'png', false)).toBe('mixpeek-org-gnp.exe-2026-11-28.png');
    expect(shareFileName('.hidden', day, 'csv', false)).toBe('mixpeek-hidden-2026-11-28.csv');
    expect(shareFileName('x'.repeat(500), day, 'png', false).length).toBeLessThanOrEqual(120);
    expect(shareFileName('x'.repeat(500), day, 'png', false)).toMatch(/-2026-11-28\.png$/);
  });
});

describe('keys that name the prototype, through the exports', () => {
  it('are ordinary rate-limit categories in the facts, the CSV and both summaries', async () => {
    const { PROTOTYPE_JSON } = await import('@/testing/mocks/fault-keys');
    const parsed = parseOrganization(JSON.parse(PROTOTYPE_JSON));
    if (!parsed.ok) throw new Error(parsed.reason);
    const facts = buildShareFacts({
      org: parsed.value,
      sample: false,
      apiBaseUrl: 'https://api.mixpeek.com',
      capturedAt: new Date('2026-11-28T12:00:00Z'),
      allowance: resolveAllowance(parsed.value.accountType, null),
      hideIdentifiers: false,
      locale: 'en-US',
      timeZone: 'UTC',
    });
    const rows = parseCsv(factsCsv(facts).replace(/^\uFEFF/, ''));
    expect(rows.some(([fact]) => fact?.startsWith('Rate limit: __proto__'))).toBe(true);
    expect(summaryText(facts)).toContain('__proto__');
    expect(summaryMarkdown(facts)).toContain('\\_\\_proto\\_\\_');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
