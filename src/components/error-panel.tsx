import { AlertOctagon, RotateCw } from 'lucide-react';
import { useId } from 'react';
import type { ErrorView } from '@/lib/describe-error';
import { useSecondsUntil } from '@/lib/use-now';
import { Button } from './ui/button';

interface ErrorPanelProps {
  view: ErrorView;
  onRetry: () => void;
  /** The way out when retrying cannot help (another key, another URL); absent: none offered. */
  onChangeKey?: () => void;
  retrying: boolean;
  /** A 429's Retry-After: "Try again" waits until then. */
  blockedUntil: number | null;
  /** "h2" for a page's own error; "h3" inside a card. */
  level?: 'h2' | 'h3';
}

/** What happened and what to do next, when there is nothing to show. */
export function ErrorPanel({ view, onRetry, onChangeKey, retrying, blockedUntil, level = 'h2' }: ErrorPanelProps) {
  const wait = useSecondsUntil(blockedUntil);
  const titleId = useId();
  const Heading = level;
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className="rounded-xl border border-danger/40 bg-surface p-5"
      data-testid="error-panel"
    >
      <Heading id={titleId} className="flex items-center gap-2 text-base font-semibold text-danger">
        <AlertOctagon size={18} aria-hidden />
        {view.title}
      </Heading>
      <p className="mt-2 text-sm break-words">{view.message}</p>
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
          <Button variant="primary" onClick={onRetry} disabled={retrying || wait > 0}>
            <RotateCw size={16} aria-hidden />
            {retrying ? 'Trying again…' : wait > 0 ? `Try again in ${wait} s` : 'Try again'}
          </Button>
        ) : null}
        {onChangeKey ? <Button onClick={onChangeKey}>Use another key or URL</Button> : null}
      </div>
    </section>
  );
}
