import type { FieldProblem } from '@/lib/field-reader';

/** A per-category rate limit; perMinute is null when the API did not report a usable value. */
export interface RateLimit {
  category: string;
  perMinute: number | null;
}

/**
 * The organization as the dashboard uses it. Every field is validated on its own: a value
 * that is missing or malformed is null here and described in `problems`, so one bad field
 * never hides the others.
 */
export interface Organization {
  organizationId: string | null;
  organizationName: string | null;
  internalId: string | null;
  logoUrl: string | null;
  /** As given by the API (an unknown tier is kept, not dropped). */
  accountType: string | null;
  creditCount: number | null;
  /** The five documented categories in contract order (always present), then any extra numeric ones. */
  rateLimits: RateLimit[];
  createdAt: Date | null;
  updatedAt: Date | null;
  billingEmail: string | null;
  /** null when the API sent no list (absent or null); [] when it sent an empty one. */
  users: Record<string, unknown>[] | null;
  /** Entries in the users list as sent, readable or not (null when there was no list). */
  userCount: number | null;
  metadata: Record<string, unknown> | null;
  /** false when absent, as documented. With auto-billing, usage is invoiced monthly instead of drawing down credits. */
  autoBillingEnabled: boolean | null;
  /** Day of the month (1–31) the billing cycle starts on; 1 when absent, as documented. */
  billingCycleStart: number | null;
  /** Credits used in the current billing cycle; 0 when absent, as documented. */
  currentMonthUsage: number | null;
  problems: FieldProblem[];
}

export function findProblem(org: Organization, field: string): FieldProblem | undefined {
  return org.problems.find((p) => p.field === field);
}
