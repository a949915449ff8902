/**
 * The built-in sample organizations, in the API's own wire format. One source of truth for
 * fake data: the "Try with sample data" screen, the local stub API and the tests all use
 * these bodies, and they go through the same parser as a real response.
 */
export interface SampleOrganization {
  id: string;
  /** What makes this sample worth looking at, shown in the sample picker. */
  label: string;
  /** Key that the local stub API (npm run mock-api) answers with this organization. */
  demoKey: string;
  body: Record<string, unknown>;
}

export const SAMPLE_ORGANIZATIONS: readonly SampleOrganization[] = [
  {
    id: 'pro-over',
    label: 'Pro, above its allowance',
    demoKey: 'sk_test_demo_pro_f456',
    body: {
      organization_id: 'org_demo123',
      internal_id: 'int_x1y2z3',
      organization_name: 'Acme Corporation',
      account_type: 'pro',
      credit_count: 250_000,
      rate_limits: { metadata: 200, data: 100, search: 100, upload: 50, compute: 50 },
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2026-11-20T14:32:05Z',
      billing_email: 'billing@acme.example',
      metadata: {
        industry: 'Manufacturing',
        region: 'us-east',
        contract: { po_number: 'PO-77812', renewal: '2027-01-01' },
      },
      users: [
        {
          email: 'ada@acme.example',
          name: 'Ada Park',
          role: 'admin',
          status: 'active',
          created_at: '2025-01-01T09:00:00Z',
        },
        {
          email: 'ben@acme.example',
          name: 'Ben Ortiz',
          role: 'member',
          status: 'active',
          created_at: '2025-03-14T11:20:00Z',
        },
        {
          email: 'cho@acme.example',
          name: 'Cho Lee',
          role: 'viewer',
          status: 'pending',
          created_at: '2026-10-02T16:45:00Z',
        },
      ],
    },
  },
  {
    id: 'free-low',
    label: 'Free, low balance',
    demoKey: 'sk_test_demo_free_a1b2',
    body: {
      organization_id: 'org_tinker42',
      organization_name: 'Tinker Labs',
      logo_url: 'https://logos.example/tinker.png',
      account_type: 'free',
      credit_count: 62,
      rate_limits: { metadata: 20, data: 10, search: 10, upload: 5, compute: 5 },
      created_at: '2026-06-03T08:15:00Z',
      updated_at: '2026-11-27T21:04:11Z',
      billing_email: null,
      metadata: {},
      users: [{ email: 'sam@tinker.example', name: 'Sam Rivera', role: 'admin', status: 'active' }],
    },
  },
  {
    id: 'team',
    label: 'Team, within its allowance',
    demoKey: 'sk_test_demo_team_c3d4',
    body: {
      organization_id: 'org_northwind7',
      organization_name: 'Northwind Media',
      logo_url: null,
      account_type: 'team',
      credit_count: 640_000,
      rate_limits: { metadata: 1_000, data: 600, search: 400, upload: 120, compute: 60 },
      created_at: '2025-09-12T10:00:00Z',
      updated_at: '2026-11-28T07:50:00Z',
      billing_email: 'accounts@northwind.example',
      metadata: { cost_center: 'CC-1042', team_size: 5 },
      users: [
        { email: 'li@northwind.example', name: 'Li Wei', role: 'admin', status: 'active' },
        { email: 'maria@northwind.example', name: 'María José', role: 'admin', status: 'active' },
        { email: 'noah@northwind.example', name: 'Noah Smith', role: 'member', status: 'active' },
        { email: 'olu@northwind.example', name: 'Olu Ade', role: 'member', status: 'suspended' },
        { email: 'pia@northwind.example', name: 'Pia Berg', role: 'viewer', status: 'active' },
      ],
    },
  },
  {
    id: 'enterprise',
    label: 'Enterprise, custom allowance',
    demoKey: 'sk_test_demo_enterprise_e5f6',
    body: {
      organization_id: 'org_globex001',
      organization_name: 'Globex Industries',
      account_type: 'enterprise',
      credit_count: 4_250_000,
      rate_limits: { metadata: 5_000, data: 3_000, search: 2_000, upload: 600, compute: 300, inference: 1_500 },
      created_at: '2024-04-30T12:00:00Z',
      updated_at: '2026-11-28T06:00:00Z',
      billing_email: 'ap@globex.example',
      metadata: { sla: '99.95%', account_manager: 'Jordan Kim' },
      users: [],
    },
  },
];

export function findSample(id: string): SampleOrganization | undefined {
  return SAMPLE_ORGANIZATIONS.find((sample) => sample.id === id);
}
