import type { ReactNode } from 'react';

/** The one way a widget says a value is absent: in words, never as 0 or an empty cell. */
export function NotReported({ children = 'not reported' }: { children?: ReactNode }) {
  return <span className="italic text-ink-muted">{children}</span>;
}
