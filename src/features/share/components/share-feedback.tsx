import type { Feedback } from '../types';

/** What the last share action did, as a toast out of the layout: feedback never moves the header. */
export function ShareFeedback({ feedback }: { feedback: Feedback | null }) {
  return (
    <p
      role="status"
      className={`fixed right-4 bottom-4 z-30 max-w-sm rounded-lg border border-line bg-surface px-4 py-2 text-sm shadow-lg empty:hidden ${feedback?.tone === 'error' ? 'text-danger' : 'text-ok'}`}
      data-testid="share-feedback"
      data-export-exclude
    >
      {feedback?.message ?? ''}
    </p>
  );
}
