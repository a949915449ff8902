import { History } from 'lucide-react';
import { useId } from 'react';
import type { Change } from '@/model/changes';

/** What the last refresh changed, each with its previous value. */
export function ChangesNotice({ changes, since }: { changes: Change[]; since: string }) {
  const titleId = useId();
  if (changes.length === 0) return null;
  return (
    <section
      aria-labelledby={titleId}
      className="rounded-xl border border-info/50 bg-surface p-4 text-sm"
      data-testid="changes-notice"
    >
      <h2 id={titleId} className="flex items-center gap-2 font-semibold text-info">
        <History size={16} aria-hidden />
        Changed by the refresh at {since}
      </h2>
      <ul className="mt-2 space-y-0.5">
        {changes.map((change) => (
          <li key={change.label}>
            <span className="font-medium">{change.label}:</span>{' '}
            <span className="tabular">
              {change.after} <span className="text-ink-muted">(was {change.before})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
