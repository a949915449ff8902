import { describe, expect, it } from 'vitest';
import { PROXY_ALLOWED_PATHS } from '@/config/proxy';
import { API_PATHS, API_ROUTES, DASHBOARD_REQUESTS, routeNameOf } from './routes';

describe('API_ROUTES', () => {
  it('are the paths the proxy lets through, each once', () => {
    expect(PROXY_ALLOWED_PATHS).toEqual(API_PATHS);
    expect(new Set(API_PATHS).size).toBe(API_PATHS.length);
    for (const path of DASHBOARD_REQUESTS) expect(API_PATHS, path).toContain(path.split('?')[0]);
  });

  it('write each query as the API reads it, escaped', () => {
    expect(API_ROUTES.usageBreakdown.target('2026-11')).toBe(
      '/v1/organizations/billing/usage/breakdown?billing_month=2026-11',
    );
    expect(API_ROUTES.usageBreakdown.target('a&b')).toContain('billing_month=a%26b');
    expect(API_ROUTES.invoices.target()).toBe('/v1/organizations/billing/invoices?limit=24');
    expect(API_ROUTES.organization.target()).toBe('/v1/organizations');
  });

  it('name a path only when it is spelled exactly', () => {
    expect(routeNameOf('/v1/organizations/billing/balance')).toBe('balance');
    expect(routeNameOf('/v1/organizations/billing/balance/')).toBeUndefined();
    expect(routeNameOf('/V1/organizations')).toBeUndefined();
  });
});
