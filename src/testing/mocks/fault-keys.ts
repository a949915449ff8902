import { API_ROUTES, routeNameOf } from '@/api/routes';
import { isRecord } from '@/lib/guards';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { sampleOrganizationBody, sampleResponse } from '@/samples/sample-responses';
import { largeOrganizationBody } from './large-organization';

/**
 * The stub API's keys that misbehave on purpose, as plain answers (status, headers, body,
 * delay); the MSW handlers in handlers.ts serve them.
 */
export interface StubResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or bytes made once for the answers too large to make again on every request. */
  body: string | Uint8Array;
  /** Wait this long before answering (slow and hanging fault keys). */
  delayMs?: number;
}

const JSON_TYPE = 'application/json';

export function errorBody(status: number, type: string, message: string, details?: Record<string, unknown>) {
  return JSON.stringify({ success: false, status, error: { message, type, ...(details ? { details } : {}) } });
}

export const json = (status: number, body: string | Uint8Array, extra: Record<string, string> = {}): StubResponse => ({
  status,
  headers: { 'content-type': JSON_TYPE, ...extra },
  body,
});

const proBody = sampleOrganizationBody(SAMPLE_ORGANIZATIONS[0]!.id)!;

/** The docs page's own example: no rate_limits, no updated_at (both "required"). */
export const DOCS_EXAMPLE_BODY = {
  account_type: 'pro',
  created_at: '2025-01-01T00:00:00Z',
  credit_count: 250000,
  internal_id: 'int_x1y2z3',
  organization_id: 'org_demo123',
  organization_name: 'Acme Corporation',
};

/** Fields of the wrong type or form, an unknown tier and extras the contract does not know. */
export const DRIFT_BODY = {
  organization_id: 'org_drift9',
  organization_name: 'Drift & Sons',
  account_type: 'platinum',
  credit_count: '12',
  rate_limits: { metadata: 100, data: 0, search: 'fast', compute: 10, gpu: 7 },
  created_at: 'yesterday',
  updated_at: '2026-11-28T09:00:00Z',
  billing_email: 'not-an-email',
  users: null,
  metadata: null,
  region: 'eu-west',
};

/** Markup, a very long name, right-to-left text, emoji and a number beyond 2^53. */
const HOSTILE_BODY = {
  organization_id: 'org_<b>bold</b>',
  organization_name: `<img src=x onerror="alert('owned')"><script>alert('owned')</script> שלום עולם 🚀✨ ${'Ω'.repeat(10_000)}`,
  account_type: 'pro',
  credit_count: 2 ** 60,
  rate_limits: { metadata: 100, data: 60, search: 30, upload: 10, compute: 5 },
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2026-11-28T09:00:00Z',
  billing_email: 'billing@example.com',
  metadata: { note: '<script>alert(1)</script>', rtl: 'שלום עולם', emoji: '🚀✨' },
  users: [{ email: 'x@example.com', name: 'مرحبا بالعالم 👋', role: '<i>admin</i>' }],
};

export interface FaultKey {
  key: string;
  description: string;
  /** The answer of GET /v1/organizations to the n-th call (1-based) with this key. */
  respond: (calls: number) => StubResponse;
  /** The answer of a billing endpoint (path with query); unset: the Pro sample's billing. */
  billing?: (calls: number, pathWithQuery: string, now: Date) => StubResponse;
}

/** A metadata value nested this many levels deep (sk_test_fault_deep). */
const DEEP_LEVELS = 10_000;

/** Keys that make the stub misbehave on purpose, for tests and for trying the error states. */
export const FAULT_KEYS: readonly FaultKey[] = [
  {
    key: 'sk_test_fault_slow',
    description: 'answers the Pro sample after 2 s',
    respond: () => ({ ...json(200, JSON.stringify(proBody)), delayMs: 2_000 }),
  },
  {
    key: 'sk_test_fault_hang',
    description: 'does not answer for 60 s (timeout)',
    respond: () => ({ ...json(200, JSON.stringify(proBody)), delayMs: 60_000 }),
  },
  {
    key: 'sk_test_fault_401',
    description: '401 ErrorResponse',
    respond: () => json(401, errorBody(401, 'AuthenticationError', 'Invalid API key')),
    billing: () => json(401, errorBody(401, 'AuthenticationError', 'Invalid API key')),
  },
  {
    key: 'sk_test_fault_400',
    description: '400 ErrorResponse',
    respond: () =>
      json(400, errorBody(400, 'BadRequestError', 'The X-Namespace header is not allowed on this endpoint')),
  },
  {
    key: 'sk_test_fault_403',
    description: '403 ErrorResponse',
    respond: () => json(403, errorBody(403, 'PermissionError', 'This API key may not read organization details')),
  },
  {
    key: 'sk_test_fault_404',
    description: '404 ErrorResponse',
    respond: () => json(404, errorBody(404, 'NotFoundError', 'Organization not found', { id: 'org_missing' })),
  },
  {
    key: 'sk_test_fault_422',
    description: '422 HTTPValidationError',
    respond: () =>
      json(
        422,
        JSON.stringify({
          detail: [{ loc: ['header', 'Authorization'], msg: 'Authorization header is malformed', type: 'value_error' }],
        }),
      ),
  },
  {
    key: 'sk_test_fault_429',
    description: '429 with Retry-After: 2 on the first request, then the Pro sample',
    respond: (calls) =>
      calls === 1
        ? json(429, errorBody(429, 'RateLimitError', 'Too many requests'), { 'retry-after': '2' })
        : json(200, JSON.stringify(proBody)),
  },
  {
    key: 'sk_test_fault_429_always',
    description: '429 with Retry-After: 2, every time',
    respond: () => json(429, errorBody(429, 'RateLimitError', 'Too many requests'), { 'retry-after': '2' }),
  },
  {
    key: 'sk_test_fault_then_429',
    description: 'the Pro sample, then 429 with Retry-After: 3 once (a refresh that must wait), then the sample again',
    respond: (calls) =>
      calls === 2
        ? json(429, errorBody(429, 'RateLimitError', 'Too many requests'), { 'retry-after': '3' })
        : json(200, JSON.stringify(proBody)),
  },
  {
    key: 'sk_test_fault_large',
    description: 'a large organization: 10,000 users, 500 metadata keys, 50 rate-limit categories',
    respond: () => json(200, JSON.stringify(largeOrganizationBody())),
  },
  {
    key: 'sk_test_fault_changing',
    description: 'the Pro sample whose balance drops by 1,500 and search limit rises by 10 on each request',
    respond: (calls) =>
      json(
        200,
        JSON.stringify({
          ...proBody,
          credit_count: 250_000 - (calls - 1) * 1_500,
          rate_limits: { metadata: 200, data: 100, search: 100 + (calls - 1) * 10, upload: 50, compute: 50 },
        }),
      ),
  },
  {
    key: 'sk_test_fault_500',
    description: '500 ErrorResponse, every time',
    respond: () => json(500, errorBody(500, 'InternalServerError', 'Something went wrong on our side')),
  },
  {
    key: 'sk_test_fault_flaky',
    description: '500 on the first two requests, then the Pro sample',
    respond: (calls) =>
      calls <= 2
        ? json(500, errorBody(500, 'InternalServerError', 'Temporary failure'))
        : json(200, JSON.stringify(proBody)),
  },
  {
    key: 'sk_test_fault_html',
    description: '502 with an HTML proxy error page',
    respond: () => ({
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    }),
  },
  {
    key: 'sk_test_fault_malformed',
    description: '200 with truncated JSON',
    respond: () => json(200, JSON.stringify(proBody).slice(0, 80)),
  },
  {
    key: 'sk_test_fault_empty',
    description: '200 with an empty body',
    respond: () => ({ status: 200, headers: {}, body: '' }),
  },
  {
    key: 'sk_test_fault_unreadable',
    description: '200 with JSON that holds no organization',
    respond: () => json(200, JSON.stringify({ items: [], total: 0 })),
  },
  {
    key: 'sk_test_fault_docs_example',
    description: "200 with the docs page's example (no rate_limits, no updated_at)",
    respond: () => json(200, JSON.stringify(DOCS_EXAMPLE_BODY)),
  },
  {
    key: 'sk_test_fault_hostile',
    description: '200 with markup, a 10,000-character name, right-to-left text, emoji and a number beyond 2^53',
    respond: () => json(200, JSON.stringify(HOSTILE_BODY)),
  },
  {
    key: 'sk_test_fault_then_500',
    description: 'the Pro sample on the first request, then 500 every time (a refresh that fails)',
    respond: (calls) =>
      calls === 1
        ? json(200, JSON.stringify(proBody))
        : json(500, errorBody(500, 'InternalServerError', 'Database unavailable')),
  },
  {
    key: 'sk_test_fault_drift',
    description: '200 with malformed fields, an unknown tier and extra fields',
    respond: () => json(200, JSON.stringify(DRIFT_BODY)),
  },
  {
    key: 'sk_test_fault_formula',
    description: 'the Pro sample with spreadsheet formulas in its name, id, tier, metadata and users',
    respond: () => json(200, JSON.stringify(FORMULA_BODY)),
  },
  {
    key: 'sk_test_fault_filename',
    description: 'the Pro sample with an organization id made of path separators and a right-to-left override',
    respond: () => json(200, JSON.stringify({ ...proBody, organization_id: '../..\\etc/\u202Egnp.exe' })),
  },
  {
    key: 'sk_test_fault_urls',
    description: 'javascript:, data:, vbscript: and https URLs in the logo, metadata, users and invoices',
    respond: () => json(200, JSON.stringify(URL_BODY)),
    billing: (_calls, pathWithQuery, now) =>
      pathWithQuery.startsWith(API_ROUTES.invoices.path)
        ? json(200, JSON.stringify(urlInvoices(sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now))))
        : proBilling(pathWithQuery, now),
  },
  {
    key: 'sk_test_fault_prototype',
    description: '__proto__, constructor and prototype as keys in metadata, users, rate limits and billing maps',
    respond: () => json(200, PROTOTYPE_JSON),
    billing: (_calls, pathWithQuery, now) =>
      pathWithQuery.startsWith(API_ROUTES.usageBreakdown.path)
        ? json(
            200,
            JSON.stringify(sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now)).replace(
              '"by_operation":{',
              '"by_operation":{"__proto__":10,"constructor":20,',
            ),
          )
        : proBilling(pathWithQuery, now),
  },
  {
    key: 'sk_test_fault_deep',
    description: `a metadata value nested ${DEEP_LEVELS.toLocaleString('en-US')} levels deep`,
    respond: () => json(200, deepJson()),
  },
  {
    key: 'sk_test_fault_huge',
    description: 'an organization of 100,000 users, about 20 MB',
    respond: () => json(200, hugeJson()),
  },
  {
    key: 'sk_test_fault_too_large',
    description: 'a 60 MB answer: above the 50 MB the app and the proxy accept',
    // Declared, as the API declares its JSON answers: a proxy refuses it before passing a byte.
    respond: () => {
      const body = tooLargeJson();
      return json(200, body, { 'content-length': String(body.byteLength) });
    },
  },
  {
    key: 'sk_test_fault_many_limits',
    description: '1,000 rate-limit categories',
    respond: () =>
      json(
        200,
        JSON.stringify({
          ...proBody,
          rate_limits: {
            metadata: 200,
            data: 100,
            search: 100,
            upload: 50,
            compute: 50,
            ...Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`category_${i}`, i + 1])),
          },
        }),
      ),
  },
  {
    key: 'sk_test_fault_long_strings',
    description: 'very long unbroken strings in the name, id, email, metadata and users',
    respond: () =>
      json(
        200,
        JSON.stringify({
          ...proBody,
          organization_id: `org_${'x'.repeat(300)}`,
          organization_name: 'N'.repeat(300),
          billing_email: `${'b'.repeat(200)}@example.com`,
          metadata: { ['k'.repeat(200)]: 'v'.repeat(3_000) },
          users: [{ email: `${'u'.repeat(300)}@example.com`, name: 'W'.repeat(400), role: 'admin' }],
        }),
      ),
  },
  {
    key: 'sk_test_fault_billing_403',
    description: 'the Pro sample; every billing endpoint 403 (the key lacks the Read permission)',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: () =>
      json(403, errorBody(403, 'PermissionError', 'This API key does not have the Read permission for billing')),
  },
  {
    key: 'sk_test_fault_billing_401',
    description: 'the Pro sample; every billing endpoint 401 (the key was revoked meanwhile)',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: () => json(401, errorBody(401, 'AuthenticationError', 'Invalid API key')),
  },
  {
    key: 'sk_test_fault_billing_404',
    description: 'the Pro sample; every billing endpoint 404',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: () => json(404, errorBody(404, 'NotFoundError', 'Billing is not available for this organization')),
  },
  {
    key: 'sk_test_fault_billing_malformed',
    description: 'the Pro sample; billing answers with malformed fields',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (_calls, pathWithQuery, now) => json(200, JSON.stringify(MALFORMED_BILLING(pathWithQuery, now))),
  },
  {
    key: 'sk_test_fault_billing_slow',
    description: 'the Pro sample at once; every billing endpoint after 3 s',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (_calls, pathWithQuery, now) => ({ ...proBilling(pathWithQuery, now), delayMs: 3_000 }),
  },
  {
    key: 'sk_test_fault_billing_429',
    description:
      'the Pro sample; invoices 429 with Retry-After: 2 on the first request (the key pauses), then the sample',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (calls, pathWithQuery, now) =>
      pathWithQuery.startsWith(API_ROUTES.invoices.path) && calls === 1
        ? json(429, errorBody(429, 'RateLimitError', 'Too many requests'), { 'retry-after': '2' })
        : proBilling(pathWithQuery, now),
  },
  {
    key: 'sk_test_fault_billing_mixed',
    description:
      'the Pro sample; a different failure per billing endpoint: invoices 500, spending caps an HTML page, ' +
      'the payment method 503 after its first answer, a breakdown of 2,000 operations, 40 invoices in all',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (calls, pathWithQuery, now) => mixedBilling(calls, pathWithQuery, now),
  },
  {
    key: 'sk_test_fault_billing_hang',
    description: 'the Pro sample; spending caps do not answer for 60 s (a billing timeout)',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (_calls, pathWithQuery, now) =>
      pathWithQuery.startsWith(API_ROUTES.spendingCaps.path)
        ? { ...proBilling(pathWithQuery, now), delayMs: 60_000 }
        : proBilling(pathWithQuery, now),
  },
  {
    key: 'sk_test_fault_billing_many_invoices',
    description: 'the Pro sample; its invoices are the latest of 40 (has_more)',
    respond: () => json(200, JSON.stringify(proBody)),
    billing: (_calls, pathWithQuery, now) =>
      pathWithQuery.startsWith(API_ROUTES.invoices.path)
        ? json(
            200,
            JSON.stringify({
              ...(sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now) as object),
              total: 40,
              has_more: true,
            }),
          )
        : proBilling(pathWithQuery, now),
  },
];

function mixedBilling(calls: number, pathWithQuery: string, now: Date): StubResponse {
  switch (routeNameOf(pathWithQuery.split('?')[0]!)) {
    case 'invoices':
      return json(500, errorBody(500, 'InternalServerError', 'Something broke'));
    case 'spendingCaps':
      return { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Maintenance</body></html>' };
    case 'paymentMethod':
      return calls === 1
        ? proBilling(pathWithQuery, now)
        : json(503, errorBody(503, 'ServiceUnavailable', 'Try again later'));
    case 'usageBreakdown': {
      const good = sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now);
      const byOperation = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`operation-${i}`, i + 1]));
      return json(
        200,
        JSON.stringify({ ...(isRecord(good) ? good : {}), by_operation: byOperation, total_credits: 2_001_000 }),
      );
    }
    default:
      return proBilling(pathWithQuery, now);
  }
}

/** Text a spreadsheet would run as a formula, in every kind of field. */
const FORMULA_BODY = {
  ...proBody,
  organization_id: '=cmd|" /C calc"!A0',
  organization_name: '=HYPERLINK("https://evil.example","Click for your invoice")',
  account_type: '@SUM(1+1)',
  billing_email: null,
  metadata: { '+note': '-2+3', plain: 'fine' },
  users: [{ email: 'x@example.com', name: '=1+1', role: '-admin' }],
};

/** Dangerous and safe URLs everywhere the API can put one. */
const URL_BODY = {
  ...proBody,
  logo_url: 'javascript:alert("logo")',
  metadata: {
    docs: 'https://docs.example/guide',
    upper: ' JAVASCRIPT:alert("upper")',
    data: 'data:text/html,<script>alert("data")</script>',
    vb: 'vbscript:msgbox("vb")',
    tab: 'java\tscript:alert("tab")',
    local: 'http://localhost:8080/ok',
    plain: 'http://insecure.example/no',
  },
  users: [
    {
      email: 'ada@acme.example',
      name: 'Ada',
      website: 'javascript:alert("user")',
      profile: 'https://people.example/ada',
    },
  ],
};

/** Invoice links of every kind; the hosted ones Stripe would send, and some that no one should open. */
function urlInvoices(good: unknown): unknown {
  if (!isRecord(good) || !Array.isArray(good.invoices)) return good;
  const [first, second, third, ...rest] = good.invoices.filter(isRecord);
  return {
    ...good,
    invoices: [
      { ...first, invoice_url: 'javascript:alert("invoice")', invoice_pdf: 'data:application/pdf;base64,JVBERi0=' },
      { ...second, invoice_url: ' JaVaScRiPt:alert(1)', invoice_pdf: 'vbscript:msgbox(1)' },
      { ...third, invoice_url: 'https://invoice.stripe.com/i/ok', invoice_pdf: '//evil.example/pdf' },
      ...rest,
    ],
  };
}

/** Keys that name the prototype, as ordinary data (JSON text: an object literal would set the prototype). */
export const PROTOTYPE_JSON = JSON.stringify({ ...proBody, metadata: {}, users: [] })
  .replace(
    '"metadata":{}',
    '"metadata":{"__proto__":{"polluted":"yes"},"constructor":"a constructor","prototype":{"isAdmin":true}}',
  )
  .replace('"users":[]', '"users":[{"email":"proto@acme.example","__proto__":{"isAdmin":true},"constructor":"c"}]')
  .replace('"compute":50', '"compute":50,"__proto__":5,"constructor":7,"prototype":9');

const deepJson = () =>
  JSON.stringify({ ...proBody, metadata: { deep: 'DEEP' } }).replace(
    '"DEEP"',
    `${'{"level":'.repeat(DEEP_LEVELS)}"bottom"${'}'.repeat(DEEP_LEVELS)}`,
  );

/**
 * JSON made and encoded on first use, then the same bytes every time: the huge answers took
 * 0.3 to 1.5 s of the stub's CPU per request to build and encode, more on a busy machine.
 */
function encodedOnce(make: () => unknown): () => Uint8Array {
  let bytes: Uint8Array | undefined;
  return () => (bytes ??= new TextEncoder().encode(JSON.stringify(make())));
}

/** An organization of 100,000 users: about 20 MB. */
const hugeJson = encodedOnce(() => ({
  ...proBody,
  users: Array.from({ length: 100_000 }, (_, i) => ({
    email: `user${i}@huge.example`,
    name: `User ${String(i).padStart(6, '0')}`,
    role: ['admin', 'member', 'viewer'][i % 3],
    status: i % 7 === 0 ? 'suspended' : 'active',
    created_at: '2025-01-01T00:00:00Z',
    note: 'x'.repeat(100),
  })),
}));

/** The Pro sample padded to 60 MB. */
const tooLargeJson = encodedOnce(() => ({ ...proBody, padding: 'x'.repeat(60 * 1024 * 1024) }));

/** Makes the huge answers now, so that no request waits for them (the stub server, once listening). */
export function prepareHugeAnswers(): void {
  hugeJson();
  tooLargeJson();
}

/** The Pro sample's billing answer for a path (with its query). */
function proBilling(pathWithQuery: string, now: Date): StubResponse {
  const body = sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now);
  return body === undefined
    ? json(404, errorBody(404, 'NotFoundError', `No route for GET ${pathWithQuery}`))
    : json(200, JSON.stringify(body));
}

/** Billing bodies with a malformed field or two each, the rest valid: each card names what is wrong. */
function MALFORMED_BILLING(pathWithQuery: string, now: Date): unknown {
  const good = sampleResponse(SAMPLE_ORGANIZATIONS[0]!.id, pathWithQuery, now);
  if (!isRecord(good)) return good;
  switch (routeNameOf(pathWithQuery.split('?')[0]!)) {
    case 'balance':
      return { ...good, daily_burn_rate: 'lots', estimated_days_remaining: -3 };
    case 'usageCurrent':
      return { ...good, estimated_cost_usd: '62.30', billing_period_end: 'next month' };
    case 'usageBreakdown':
      return { ...good, by_operation: { search: 'many', upload: 1200 } };
    case 'invoices':
      return { ...good, invoices: [...(Array.isArray(good.invoices) ? good.invoices : []), 'not an invoice'] };
    case 'spendingCaps':
      return { ...good, spending_alert_thresholds: 'often' };
    default:
      return { ...good, has_payment_method: 'yes' };
  }
}

/**
 * The fault a key asks for. A fault key may carry a suffix (sk_test_fault_429_run7): each
 * suffix has its own call counter, so tests of stateful keys do not depend on earlier runs
 * against a long-lived stub. The longest matching fault key wins (…_429_always over …_429).
 */
export function findFault(key: string): FaultKey | undefined {
  return FAULT_KEYS.filter((f) => key === f.key || key.startsWith(`${f.key}_`)).sort(
    (a, b) => b.key.length - a.key.length,
  )[0];
}
