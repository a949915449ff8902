import type { ReactNode } from 'react';

/**
 * Badge colours, each a pair of CSS variables (`--<tone>` and `--<tone>-ink`, light and
 * dark values in index.css): tiers, user roles and states, key kinds and invoice states
 * each have their own, so no meaning borrows another's colour. Full class names, so that
 * Tailwind finds them.
 */
const TONES = {
  neutral: 'bg-[var(--neutral)] text-[var(--neutral-ink)]',
  'tier-free': 'bg-[var(--tier-free)] text-[var(--tier-free-ink)]',
  'tier-pro': 'bg-[var(--tier-pro)] text-[var(--tier-pro-ink)]',
  'tier-team': 'bg-[var(--tier-team)] text-[var(--tier-team-ink)]',
  'tier-enterprise': 'bg-[var(--tier-enterprise)] text-[var(--tier-enterprise-ink)]',
  'role-admin': 'bg-[var(--role-admin)] text-[var(--role-admin-ink)]',
  'role-member': 'bg-[var(--role-member)] text-[var(--role-member-ink)]',
  'role-viewer': 'bg-[var(--role-viewer)] text-[var(--role-viewer-ink)]',
  'state-active': 'bg-[var(--state-active)] text-[var(--state-active-ink)]',
  'state-pending': 'bg-[var(--state-pending)] text-[var(--state-pending-ink)]',
  'state-suspended': 'bg-[var(--state-suspended)] text-[var(--state-suspended-ink)]',
  'key-live': 'bg-[var(--key-live)] text-[var(--key-live-ink)]',
  'key-test': 'bg-[var(--key-test)] text-[var(--key-test-ink)]',
  sample: 'bg-[var(--sample)] text-[var(--sample-ink)]',
  'invoice-paid': 'bg-[var(--invoice-paid)] text-[var(--invoice-paid-ink)]',
  'invoice-open': 'bg-[var(--invoice-open)] text-[var(--invoice-open-ink)]',
  'invoice-draft': 'bg-[var(--invoice-draft)] text-[var(--invoice-draft-ink)]',
  'invoice-void': 'bg-[var(--invoice-void)] text-[var(--invoice-void-ink)]',
  'invoice-uncollectible': 'bg-[var(--invoice-uncollectible)] text-[var(--invoice-uncollectible-ink)]',
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span
      data-tone={tone}
      className={`inline-flex items-center gap-1 rounded-full border border-line px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
