import { describe, expect, it } from 'vitest';
import { PROXY_ALLOWED_PATHS } from '@/config/proxy';
import { API_PATHS, DASHBOARD_REQUESTS } from './paths';

describe('API_PATHS', () => {
  it('are all paths the proxy lets through (its allowlist is written out for review)', () => {
    const paths = [
      API_PATHS.organization,
      API_PATHS.balance,
      API_PATHS.usageCurrent,
      API_PATHS.usageBreakdown('2026-11'),
      API_PATHS.invoices(24),
      API_PATHS.spendingCaps,
      API_PATHS.paymentMethod,
    ];
    for (const path of paths) expect(PROXY_ALLOWED_PATHS, path).toContain(path.split('?')[0]);
    for (const path of DASHBOARD_REQUESTS) expect(PROXY_ALLOWED_PATHS, path).toContain(path.split('?')[0]);
  });

  it('put the billing month in the query, escaped', () => {
    expect(API_PATHS.usageBreakdown('2026-11')).toBe('/v1/organizations/billing/usage/breakdown?billing_month=2026-11');
    expect(API_PATHS.usageBreakdown('a&b')).toContain('billing_month=a%26b');
  });
});
