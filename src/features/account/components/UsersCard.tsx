import { ChevronDown, ChevronUp } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { Badge } from '@/components/Badge';
import { buttonClass } from '@/components/buttons';
import { Card } from '@/components/Card';
import { maskEmail } from '@/features/share/model/redaction';
import { formatDateTime, formatInteger } from '@/lib/format';
import { useDisplayTimeZone } from '@/features/preferences/model/preferences';
import {
  cellText,
  columnValue,
  KNOWN_ROLES,
  KNOWN_STATUSES,
  otherFields,
  searchIndex,
  searchUsers,
  sortUsers,
  userColumns,
  type SortDirection,
  type UserColumn,
  type UserRecord,
} from '@/model/users';
import { NotReported } from './FieldValue';

/**
 * Enough rows to scan, few enough that 10,000 users never slow the page: the rest is paged.
 * With a page this size a keystroke filters and renders in one quick pass, so the search is
 * not deferred (deferring made each keystroke wait for a second render).
 */
const PAGE_SIZE = 50;

const EMAIL_PATTERN = /[^\s@"]+@[^\s@"]+\.[^\s@"]+/g;
const hideEmails = (text: string, hide: boolean) => (hide ? text.replace(EMAIL_PATTERN, maskEmail) : text);

const ROLE_TONES: Record<(typeof KNOWN_ROLES)[number], string> = {
  admin: 'enterprise',
  member: 'pro',
  viewer: 'free',
};
const STATUS_TONES: Record<(typeof KNOWN_STATUSES)[number], string> = {
  active: 'team',
  pending: 'pro',
  suspended: 'enterprise',
};

function Cell({ value, column, hide }: { value: unknown; column: UserColumn; hide: boolean }) {
  const [timeZone] = useDisplayTimeZone();
  const text = cellText(value);
  if (!text) return <span className="text-ink-muted">—</span>;
  if (column.kind === 'role' || column.kind === 'status') {
    const tones: Record<string, string> = column.kind === 'role' ? ROLE_TONES : STATUS_TONES;
    const tone = tones[text.toLowerCase()];
    return tone ? (
      <Badge tone={{ background: `var(--tier-${tone})`, color: `var(--tier-${tone}-ink)` }}>{text}</Badge>
    ) : (
      <Badge>{text}</Badge>
    );
  }
  if (column.kind === 'date') {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return <time dateTime={text}>{formatDateTime(new Date(time), undefined, timeZone)}</time>;
  }
  return <span className="break-words">{hideEmails(text, hide)}</span>;
}

export function UsersCard({ users, hideIdentifiers }: { users: UserRecord[] | null; hideIdentifiers: boolean }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const [page, setPage] = useState(0);
  const searchId = useId();
  const list = useMemo(() => users ?? [], [users]);
  const columns = useMemo(() => userColumns(list), [list]);
  const index = useMemo(() => searchIndex(list), [list]);
  const rows = useMemo(() => {
    const found = searchUsers(index, query);
    const column = sort ? columns[sort.column] : undefined;
    return column && sort ? sortUsers(list, found, column, sort.direction) : found;
  }, [index, query, sort, columns, list]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  const toggleSort = (column: number) => {
    setSort((s) =>
      s?.column === column
        ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );
    setPage(0);
  };

  return (
    <Card
      id="users-card"
      title="Users"
      subtitle={users === null ? undefined : `${formatInteger(list.length)} in this organization`}
    >
      {users === null ? (
        <p className="text-sm">
          <NotReported>The API sent no users list for this organization.</NotReported>
        </p>
      ) : list.length === 0 ? (
        <p className="text-sm text-ink-muted">This organization has no users.</p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <label htmlFor={searchId} className="text-sm font-medium">
              Search users
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
              placeholder="Email, name, role, any field"
              className="min-h-9 min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 text-sm sm:max-w-sm"
              data-export-exclude
            />
            <p role="status" className="text-sm text-ink-muted" data-testid="users-count">
              {rows.length === list.length
                ? `${formatInteger(list.length)} users`
                : `${formatInteger(rows.length)} of ${formatInteger(list.length)} users match`}
            </p>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="users-table">
              <caption className="sr-only">Users of the organization</caption>
              <thead>
                <tr className="border-b border-line text-left">
                  {columns.map((column, i) => (
                    <th
                      key={column.label}
                      scope="col"
                      aria-sort={sort?.column === i ? sort.direction : 'none'}
                      className="py-1.5 pr-3 font-medium"
                    >
                      <button
                        type="button"
                        className="inline-flex min-h-6 items-center gap-1 hover:text-accent"
                        onClick={() => toggleSort(i)}
                      >
                        {column.label}
                        {sort?.column === i ? (
                          sort.direction === 'ascending' ? (
                            <ChevronUp size={14} aria-hidden />
                          ) : (
                            <ChevronDown size={14} aria-hidden />
                          )
                        ) : null}
                      </button>
                    </th>
                  ))}
                  <th scope="col" className="py-1.5 font-medium">
                    Other fields
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((position) => {
                  const user = list[position]!;
                  const rest = otherFields(user, columns);
                  return (
                    <tr key={position} className="border-b border-line align-top last:border-0">
                      {columns.map((column) => (
                        <td key={column.label} className="py-1.5 pr-3">
                          <Cell value={columnValue(user, column)} column={column} hide={hideIdentifiers} />
                        </td>
                      ))}
                      <td className="py-1.5">
                        {Object.keys(rest).length === 0 ? (
                          <span className="text-ink-muted">—</span>
                        ) : (
                          <details>
                            <summary className="cursor-pointer text-accent">{Object.keys(rest).length} more</summary>
                            <pre className="mt-1 max-w-md overflow-x-auto rounded bg-surface-muted p-2 text-xs">
                              {hideEmails(JSON.stringify(rest, null, 2), hideIdentifiers)}
                            </pre>
                          </details>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length === 0 ? <p className="mt-3 text-sm text-ink-muted">No user matches “{query}”.</p> : null}
          {pages > 1 ? (
            <nav aria-label="Users pages" className="mt-3 flex items-center gap-2 text-sm" data-export-exclude>
              <button
                type="button"
                className={buttonClass.secondary}
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
              >
                Previous
              </button>
              <span className="tabular">
                {formatInteger(current * PAGE_SIZE + 1)}–{formatInteger(current * PAGE_SIZE + shown.length)} of{' '}
                {formatInteger(rows.length)}
              </span>
              <button
                type="button"
                className={buttonClass.secondary}
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
              >
                Next
              </button>
            </nav>
          ) : null}
        </>
      )}
    </Card>
  );
}
