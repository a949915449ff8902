/**
 * The performance floors the app is measured against: static HTML, no JavaScript. One shows
 * the same facts as the dashboard for a sample organization; the other is the key screen's
 * own markup and stylesheet, as index.html holds them, without any script.
 */
import { contentSecurityPolicy } from '../src/config/csp';
import { cspMetaTag } from '../src/config/csp-meta';
import { cspHash, styleAttributeValues } from '../scripts/prerendered-pages';
import { balanceStatusText } from '../src/model/balance-status';
import { resolveAllowance } from '../src/model/allowance';
import { gaugeModel } from '../src/model/credit-gauge';
import { parseOrganization } from '../src/api/parse-organization';
import { rateLimitRows } from '../src/model/rate-limit-rows';
import { findTier } from '../src/model/tiers';
import { formatInteger, formatPercent } from '../src/lib/format.ts';
import { findSample } from '../src/samples/sample-organizations';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function dashboardFloorPage(sampleId: string): string {
  const parsed = parseOrganization(findSample(sampleId)!.body);
  if (!parsed.ok) throw new Error(parsed.reason);
  const org = parsed.value;
  const model = gaugeModel(org.creditCount, resolveAllowance(org.accountType, null));
  const rows = rateLimitRows(org.rateLimits);
  const max = Math.max(...rows.map((r) => r.perMinute ?? 0));
  const bars = rows
    .map(
      (r) =>
        `<div class="bar"><span>${escape(r.label)}</span><i style="width:${(((r.perMinute ?? 0) / max) * 70).toFixed(1)}%"></i><b>${r.perMinute === null ? 'not reported' : `${formatInteger(r.perMinute, 'en-US')} / min`}</b></div>`,
    )
    .join('');
  const css = `body{margin:0;font-family:system-ui,sans-serif;background:#f6f7f9;color:#14171c}main{max-width:1280px;margin:auto;padding:16px;display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(320px,1fr))}
section{background:#fff;border:1px solid #dde1e7;border-radius:12px;padding:20px}h1{font-size:18px;margin:0 0 12px}.big{font-size:24px;font-weight:600}
.bar{display:flex;align-items:center;gap:8px;margin:8px 0}.bar span{width:96px;text-align:right}.bar i{display:block;height:24px;background:#3b5bdb;border-radius:0 4px 4px 0}.wide{grid-column:1/-1}`;
  const body = `<header style="background:#fff;border-bottom:1px solid #dde1e7;padding:12px 24px;font-weight:600">Mixpeek account dashboard</header><main>
<section><h1>Account</h1><p class="big">${escape(org.organizationName ?? '')}</p><p>${escape(findTier(org.accountType)?.label ?? '')} · ${escape(org.organizationId ?? '')}</p>
<p>Credit balance: ${formatInteger(org.creditCount ?? 0, 'en-US')} credits</p><p>Billing email: ${escape(org.billingEmail ?? '')}</p></section>
<section><h1>Credits</h1><p class="big">${model.percent === null ? '' : formatPercent(model.percent, 'en-US')}</p><p>${formatInteger(org.creditCount ?? 0, 'en-US')} credits</p><p>${escape(balanceStatusText(model))}</p></section>
<section class="wide"><h1>Rate limits</h1>${bars}</section></main>`;
  // Served by the production server, which sends each page's own <meta> policy: this one's admits its inline style.
  const policy = contentSecurityPolicy(
    {},
    { styles: [cspHash(css)], styleAttributes: styleAttributeValues(body).map(cspHash) },
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${cspMetaTag(policy)}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mixpeek account dashboard (static floor)</title>
<style>${css}</style></head>
<body>${body}</body></html>`;
}

/** index.html as built (the key screen prerendered in it) without a single script. */
export function keyScreenFloorPage(indexHtml: string): string {
  return indexHtml
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}
