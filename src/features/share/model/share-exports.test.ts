import { describe, expect, it } from 'vitest';
import { parseOrganization } from '@/api/parse-organization';
import { resolveAllowance } from '@/model/allowance';
import { findSample } from '@/samples/sample-organizations';
import { csvField, factsCsv, toCsv } from './csv';
import { exportFileName } from './file-name';
import { maskEmail, maskIdentifier } from '@/lib/redaction';
import { buildShareFacts, type ShareContext } from './share-facts';
import { escapeMarkdown, summaryMarkdown, summaryText } from './summary';

function sampleFacts(id: string, overrides: Partial<ShareContext> & { customAllowance?: number | null } = {}) {
  const parsed = parseOrganization(findSample(id)!.body);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { customAllowance = null, ...rest } = overrides;
  return buildShareFacts({
    org: parsed.organization,
    sample: false,
    apiBaseUrl: 'https://api.mixpeek.com',
    capturedAt: new Date('2026-11-28T12:00:00Z'),
    allowance: resolveAllowance(parsed.organization.accountType, customAllowance),
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

describe('exportFileName and redaction', () => {
  const day = new Date(2026, 10, 28, 9, 30);
  it('is mixpeek-<organization_id>-<YYYY-MM-DD>', () => {
    expect(exportFileName('org_demo123', day, 'png', false)).toBe('mixpeek-org_demo123-2026-11-28.png');
  });
  it('leaves the id out when identifiers are hidden or missing, and makes odd ids safe', () => {
    expect(exportFileName('org_demo123', day, 'png', true)).toBe('mixpeek-organization-2026-11-28.png');
    expect(exportFileName(null, day, 'csv', false)).toBe('mixpeek-organization-2026-11-28.csv');
    expect(exportFileName('org/../x y', day, 'png', false)).toBe('mixpeek-org-x-y-2026-11-28.png');
  });
  it('masks keep only a type prefix', () => {
    expect(maskIdentifier('org_demo123')).toBe('org_•••••');
    expect(maskIdentifier('secret')).toBe('•••••');
    expect(maskEmail('billing@acme.example')).toBe('•••@•••');
  });
});

describe('exportFileName for a card', () => {
  it('adds the card after the date, so card and dashboard images do not overwrite each other', () => {
    expect(exportFileName('org_demo123', new Date(2026, 10, 28), 'png', false, 'credit')).toBe(
      'mixpeek-org_demo123-2026-11-28-credit.png',
    );
  });
});
