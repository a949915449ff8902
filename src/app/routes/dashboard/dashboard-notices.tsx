import { errorContextOf, type Connection } from '@/api/connection';
import { organizationEndpoint } from '@/api/endpoints';
import { useWorkspacePersisted } from '@/features/session/model/use-workspace';
import { describeError, errorSentences } from '@/lib/describe-error';
import { formatTime } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/preferences';

/** Above the headline: a refresh that failed over shown data, a tab without sessionStorage, sample data. */
export function DashboardNotices({ connection }: { connection: Connection }) {
  const query = organizationEndpoint.useQuery(connection);
  const persisted = useWorkspacePersisted();
  const [timeZone] = useDisplayTimeZone();
  const stale = query.data && query.isError ? describeError(query.error, errorContextOf(connection)) : null;
  return (
    <>
      {stale ? (
        <div
          role="alert"
          className="rounded-xl border border-warn/50 bg-surface p-4 text-sm"
          data-testid="stale-notice"
        >
          <p className="font-semibold text-warn">
            Showing data from {formatTime(new Date(query.dataUpdatedAt), undefined, timeZone)}: stale since then.
          </p>
          <p className="mt-1 break-words">
            The last refresh failed: {stale.title}. {errorSentences(stale)}
          </p>
        </div>
      ) : null}
      {!persisted ? (
        <p role="status" className="text-sm text-warn" data-export-exclude>
          This browser refuses sessionStorage here: the key is kept in memory only and will be forgotten on reload.
        </p>
      ) : null}
      {connection.kind === 'sample' ? (
        <p className="text-sm text-ink-muted" data-testid="sample-notice">
          Sample data: a built-in example organization, not read from Mixpeek.
        </p>
      ) : null}
    </>
  );
}
