import { AlertOctagon, RotateCw } from 'lucide-react';
import { buttonClass } from '@/components/buttons';
import { useSecondsUntil } from '@/lib/use-now';
import type { ErrorView } from '@/lib/describe-error';

interface ErrorPanelProps {
  view: ErrorView;
  onRetry: () => void;
  onChangeKey: () => void;
  retrying: boolean;
  /** A 429's Retry-After: "Try again" waits until then. */
  blockedUntil: number | null;
}

/** The dashboard's answer when there is no organization to show: what happened and what to do. */
export function ErrorPanel({ view, onRetry, onChangeKey, retrying, blockedUntil }: ErrorPanelProps) {
  const wait = useSecondsUntil(blockedUntil);
  return (
    <section role="alert" aria-labelledby="error-title" className="rounded-xl border border-danger/40 bg-surface p-5">
      <h2 id="error-title" className="flex items-center gap-2 text-base font-semibold text-danger">
        <AlertOctagon size={18} aria-hidden />
        {view.title}
      </h2>
      <p className="mt-2 text-sm">{view.message}</p>
      {view.details.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm" data-testid="api-messages">
          {view.details.map((d) => (
            <li key={d} className="break-words">
              {d}
            </li>
          ))}
        </ul>
      ) : null}
      {view.hints.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm text-ink-muted">
          {view.hints.map((h) => (
            <li key={h} className="break-words">
              {h}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        {view.action === 'retry' ? (
          <button type="button" className={buttonClass.primary} onClick={onRetry} disabled={retrying || wait > 0}>
            <RotateCw size={16} aria-hidden />
            {retrying ? 'Trying again…' : wait > 0 ? `Try again in ${wait} s` : 'Try again'}
          </button>
        ) : null}
        <button type="button" className={buttonClass.secondary} onClick={onChangeKey}>
          Use another key or URL
        </button>
      </div>
    </section>
  );
}
