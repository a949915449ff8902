import type { ReactNode } from 'react';

/** A card's facts as label and value pairs, one a row. */
export function FactList({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <dl className="divide-y divide-line" data-testid={testId}>
      {children}
    </dl>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-baseline gap-3 py-1 sm:grid-cols-[8.5rem_minmax(0,1fr)]">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="min-w-0 text-sm break-words">{children}</dd>
    </div>
  );
}
