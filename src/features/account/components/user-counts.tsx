import { useMemo } from 'react';
import { ApiText } from '@/components/api-text';
import { formatInteger } from '@/lib/format';
import { countUsersBy, type UserColumn, type UserRecord } from '@/model/users';

/**
 * The users as counts by role and by status: what the printed statement and the statement
 * file carry instead of every row (10,000 users would be hundreds of pages).
 */
export function UserCounts({ users, columns }: { users: readonly UserRecord[]; columns: readonly UserColumn[] }) {
  const groups = useMemo(
    () =>
      columns
        .filter((column) => column.kind === 'role' || column.kind === 'status')
        .map((column) => ({ label: column.label, counts: countUsersBy(users, column) })),
    [users, columns],
  );
  if (groups.length === 0) return null;
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="user-counts">
      {groups.map((group) => (
        <dl key={group.label} className="text-sm">
          <dt className="mb-1 font-medium">By {group.label.toLowerCase()}</dt>
          {group.counts.map(({ value, count }) => (
            <dd key={value} className="flex justify-between gap-3 border-b border-line py-0.5">
              <ApiText text={value} />
              <span className="tabular">{formatInteger(count)}</span>
            </dd>
          ))}
        </dl>
      ))}
    </div>
  );
}
