/**
 * The largest organization the dashboard is built for: 10,000 users, 500 metadata keys and
 * 50 rate-limit categories. Generated, deterministic; used by the stub API (a fault key),
 * the end-to-end tests and the benchmark.
 */
const ROLES = ['admin', 'member', 'viewer'];
const STATUSES = ['active', 'active', 'active', 'pending', 'suspended'];

export function largeOrganizationBody(): Record<string, unknown> {
  const users = Array.from({ length: 10_000 }, (_, i) => ({
    email: `user${i}@bigco.example`,
    name: `User ${String(i).padStart(5, '0')}`,
    role: ROLES[i % ROLES.length],
    status: STATUSES[i % STATUSES.length],
    created_at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    ...(i % 10 === 0 ? { team: `team-${i % 37}`, seats: i % 9 } : {}),
  }));
  const metadata = Object.fromEntries(
    Array.from({ length: 500 }, (_, i) => [
      `key_${String(i).padStart(3, '0')}`,
      i % 25 === 0 ? { nested: { level: 2, values: [i, i + 1] } } : `value ${i}`,
    ]),
  );
  const extra = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`category_${i + 1}`, 10 + i * 7]));
  return {
    organization_id: 'org_bigco',
    organization_name: 'BigCo Global',
    account_type: 'enterprise',
    credit_count: 9_876_543,
    rate_limits: { metadata: 5_000, data: 3_000, search: 2_000, upload: 600, compute: 300, ...extra },
    created_at: '2023-02-01T00:00:00Z',
    updated_at: '2026-11-28T00:00:00Z',
    billing_email: 'finance@bigco.example',
    metadata,
    users,
  };
}
