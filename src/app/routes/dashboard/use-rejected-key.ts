import { useEffect, useEffectEvent } from 'react';
import { errorContextOf, type Connection } from '@/api/connection';
import { ApiError } from '@/lib/api-error';
import { describeError, errorSentences } from '@/lib/describe-error';
import { useSessionActions } from '../../session-actions';

const isRejection = (error: unknown): error is ApiError => error instanceof ApiError && error.kind === 'unauthorized';

/**
 * A 401 from any endpoint means Mixpeek rejected the key: it is removed and the key screen
 * says why. Returns whether it was rejected (the dashboard then shows no error of its own).
 */
export function useRejectedKey(connection: Connection, errors: readonly unknown[]): boolean {
  const actions = useSessionActions();
  const rejected = errors.find(isRejection) ?? null;
  const reject = useEffectEvent((error: ApiError) => {
    const view = describeError(error, errorContextOf(connection));
    actions.rejectKey(connection, { title: view.title, message: errorSentences(view) });
  });
  useEffect(() => {
    if (rejected) reject(rejected);
  }, [rejected]);
  return rejected !== null;
}
