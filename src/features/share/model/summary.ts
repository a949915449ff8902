import type { ShareFacts } from './share-facts';

function balanceLine(f: ShareFacts): string {
  const against =
    f.percent.value !== null ? `${f.percent.text} of the monthly allowance of ${f.allowance.text}` : f.allowance.text;
  return `${f.balance.text} · ${against} · ${f.status}`;
}

const rateLimitsLine = (f: ShareFacts, separator: string) =>
  f.rateLimits.map((r) => `${r.label.toLowerCase()} ${r.text}`).join(separator);

/** Billing as label and text, where there is any: this period, the spending, the payment method. */
function billingLines(f: ShareFacts): [string, string][] {
  const b = f.billing;
  if (!b) return [];
  const lines: [string, string | null][] = [
    ['This period', b.line?.replace(/^This period: /, '') ?? null],
    ['Billing period', b.period],
    ['Spending', b.spending],
    ['Payment method', b.paymentMethod],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== null);
}

/** A plain-text summary for an email or chat message. */
export function summaryText(f: ShareFacts): string {
  return [
    'Mixpeek account summary',
    `Organization: ${f.organizationName} (${f.organizationId})`,
    `Tier: ${f.tier}`,
    `Credit balance: ${balanceLine(f)}`,
    `Rate limits (requests per minute): ${rateLimitsLine(f, ', ')}`,
    ...billingLines(f).map(([label, text]) => `${label}: ${text}`),
    `Captured: ${f.capturedAt}`,
    `Source: ${f.source}`,
  ].join('\n');
}

/**
 * Backslash-escapes what Markdown would read as formatting inside a line of text (emphasis,
 * code, links, HTML); dots and dashes mid-line are left alone so URLs and numbers read plainly.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** The same summary in Markdown, for chat tools and tickets. */
export function summaryMarkdown(f: ShareFacts): string {
  const md = escapeMarkdown;
  return [
    '**Mixpeek account summary**',
    '',
    `- **Organization:** ${md(f.organizationName)} (\`${f.organizationId.replace(/`/g, "'")}\`)`,
    `- **Tier:** ${md(f.tier)}`,
    `- **Credit balance:** ${md(balanceLine(f))}`,
    `- **Rate limits** (requests per minute): ${md(rateLimitsLine(f, ' · '))}`,
    ...billingLines(f).map(([label, text]) => `- **${label}:** ${md(text)}`),
    `- **Captured:** ${md(f.capturedAt)}`,
    `- **Source:** ${md(f.source)}`,
  ].join('\n');
}
