import { toJson } from '@/lib/walk';
import { AlertTriangle } from 'lucide-react';
import { useId } from 'react';
import { problemMessage, type FieldProblem } from '@/lib/field-reader';

/** Names each missing or malformed field, with what was expected, and offers the raw body. */
export function ProblemsNotice({ problems, raw }: { problems: FieldProblem[]; raw: unknown }) {
  const titleId = useId();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-warn/50 bg-surface p-4 text-sm">
      <h2 id={titleId} className="flex items-center gap-2 font-semibold text-warn">
        <AlertTriangle size={16} aria-hidden className="shrink-0" />
        {problems.length === 1 ? 'One field' : `${problems.length} fields`} of the response did not match the API
        reference
      </h2>
      <p className="mt-1 text-ink-muted">
        Everything else is shown; the affected values read &ldquo;not reported&rdquo;.
      </p>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 font-mono text-xs" data-testid="field-problems">
        {problems.map((p) => (
          <li key={p.field} className="break-words">
            {problemMessage(p)}
          </li>
        ))}
      </ul>
      <details className="mt-3" data-export-exclude>
        <summary className="cursor-pointer text-ink-muted">Show the raw response</summary>
        <pre className="mt-2 max-h-72 overflow-auto rounded-lg bg-surface-muted p-3 text-xs" data-testid="raw-response">
          {toJson(raw, { indent: 2 })}
        </pre>
      </details>
    </section>
  );
}
