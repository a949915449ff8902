import type { UseQueryResult } from '@tanstack/react-query';
import { AlertTriangle, Lock, SearchX } from 'lucide-react';
import type { ReactNode } from 'react';
import { errorContextOf, type Connection } from '@/api/connection';
import type { Validated } from '@/api/define-endpoint';
import { useRefresh } from '@/api/refresh';
import { useRateLimitPause } from '@/api/use-rate-limit-pause';
import { ErrorPanel } from '@/components/error-panel';
import { Card } from '@/components/ui/card';
import { ApiError } from '@/lib/api-error';
import { describeError, errorSentences, type ErrorContext } from '@/lib/describe-error';
import { problemMessage, type FieldProblem } from '@/lib/field-reader';
import { formatTime } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/preferences';

export interface BillingQueryProps<T extends { problems: FieldProblem[] }> {
  connection: Connection;
  query: UseQueryResult<Validated<T>, unknown>;
}

interface BillingCardProps<T extends { problems: FieldProblem[] }> extends BillingQueryProps<T> {
  name: string;
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: (value: T) => ReactNode;
}

/** Why a billing card has nothing to show, when retrying cannot change it. */
function Unavailable({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId: string }) {
  return (
    <p className="flex items-start gap-2 rounded-lg bg-surface-muted p-3 text-sm text-ink-muted" data-testid={testId}>
      <span className="mt-0.5 shrink-0">{icon}</span>
      <span>{children}</span>
    </p>
  );
}

function Failure({
  error,
  errorContext,
  onRetry,
  blockedUntil,
  retrying,
}: {
  error: unknown;
  errorContext: ErrorContext;
  onRetry: () => void;
  blockedUntil: number | null;
  retrying: boolean;
}) {
  if (error instanceof ApiError && error.kind === 'forbidden') {
    return (
      <Unavailable icon={<Lock size={16} aria-hidden />} testId="billing-forbidden">
        This key cannot read billing: it needs the Read permission. Ask an organization admin for a key that has it.
      </Unavailable>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Unavailable icon={<SearchX size={16} aria-hidden />} testId="billing-not-available">
        Not available for this organization.
      </Unavailable>
    );
  }
  return (
    <ErrorPanel
      level="h3"
      view={describeError(error, errorContext, 'billing')}
      onRetry={onRetry}
      blockedUntil={blockedUntil}
      retrying={retrying}
    />
  );
}

/** The fields of a billing answer that did not match the API reference, named, with what was expected. */
function Problems({ problems }: { problems: FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="mb-3 rounded-lg border border-warn/50 p-3 text-xs" data-testid="billing-problems">
      <p className="flex items-center gap-1.5 font-semibold text-warn">
        <AlertTriangle size={14} aria-hidden />
        {problems.length === 1 ? 'One field' : `${problems.length} fields`} did not match the API reference; the rest is
        shown
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 font-mono">
        {problems.map((p) => (
          <li key={p.field} className="break-words">
            {problemMessage(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A billing card and its one query: loading, failed (in words, card by card), stale (the last
 * good answer, with why the refresh failed) or shown, with any malformed fields named. A
 * billing card never holds up or breaks the rest of the dashboard.
 */
export function BillingCard<T extends { problems: FieldProblem[] }>({
  name,
  title,
  subtitle,
  actions,
  className,
  connection,
  query,
  children,
}: BillingCardProps<T>) {
  const [timeZone] = useDisplayTimeZone();
  const onRetry = useRefresh(connection);
  // A 429 of this key pauses every request until then.
  const blockedUntil = useRateLimitPause(connection);
  const errorContext = errorContextOf(connection);
  const { data, error } = query;
  return (
    <Card
      name={name}
      title={title}
      subtitle={subtitle}
      actions={data ? actions : undefined}
      className={className}
      withExtras={false}
    >
      <div aria-busy={query.isPending}>
        {data ? (
          <>
            {query.isError ? (
              <p role="status" className="mb-3 text-sm text-warn break-words" data-testid="billing-stale">
                Showing data from {formatTime(new Date(query.dataUpdatedAt), undefined, timeZone)}: the last refresh
                failed. {errorSentences(describeError(error, errorContext, 'billing'))}
              </p>
            ) : null}
            <Problems problems={data.value.problems} />
            {children(data.value)}
          </>
        ) : query.isError ? (
          <Failure
            error={error}
            errorContext={errorContext}
            onRetry={onRetry}
            blockedUntil={blockedUntil}
            retrying={query.isFetching}
          />
        ) : (
          <div className="space-y-2" data-testid={`${name}-loading`}>
            <p className="text-sm text-ink-muted" role="status">
              Loading…
            </p>
            <div className="h-5 w-2/3 animate-pulse rounded-md bg-surface-muted" />
            <div className="h-5 w-1/2 animate-pulse rounded-md bg-surface-muted" />
          </div>
        )}
      </div>
    </Card>
  );
}
