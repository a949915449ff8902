import { toJson } from '@/lib/walk';
import { useMemo, useState } from 'react';
import { ApiText } from '@/components/api-text';
import { NotReported } from '@/components/not-reported';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, inputClass } from '@/components/ui/field';
import { Table, type Column, type SortDirection } from '@/components/ui/table';
import { DateTime } from '@/components/date-time';
import { UserCounts } from './user-counts';
import { formatCount, formatInteger } from '@/lib/format';
import { maskEmail } from '@/lib/redaction';
import {
  cellText,
  columnValue,
  otherFields,
  searchIndex,
  searchUsers,
  sortUsers,
  userColumns,
  type UserColumn,
  type UserRecord,
} from '@/model/users';

/**
 * Enough rows to scan, few enough that 10,000 users never slow the page: the rest is paged.
 * With a page this size a keystroke filters and renders in one quick pass, so the search is
 * not deferred (deferring made each keystroke wait for a second render).
 */
export const PAGE_SIZE = 50;

const USERS = { one: 'user', other: 'users' };

const EMAIL_PATTERN = /[^\s@"]+@[^\s@"]+\.[^\s@"]+/g;
const hideEmails = (text: string, hide: boolean) => (hide ? text.replace(EMAIL_PATTERN, maskEmail) : text);

/** Mixpeek's roles and user states get colours of their own; anything else is shown as given. */
const TONES: Record<string, BadgeTone> = {
  'role:admin': 'role-admin',
  'role:member': 'role-member',
  'role:viewer': 'role-viewer',
  'status:active': 'state-active',
  'status:pending': 'state-pending',
  'status:suspended': 'state-suspended',
};

function Cell({ value, column, hide }: { value: unknown; column: UserColumn; hide: boolean }) {
  const text = cellText(value);
  if (!text) return <span className="text-ink-muted">—</span>;
  if (column.kind === 'role' || column.kind === 'status') {
    return <Badge tone={TONES[`${column.kind}:${text.toLowerCase()}`] ?? 'neutral'}>{text}</Badge>;
  }
  if (column.kind === 'date') {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return <DateTime date={new Date(time)} />;
  }
  return <ApiText text={hideEmails(text, hide)} />;
}

function OtherFields({ user, columns, hide }: { user: UserRecord; columns: UserColumn[]; hide: boolean }) {
  const rest = otherFields(user, columns);
  const count = Object.keys(rest).length;
  if (count === 0) return <span className="text-ink-muted">—</span>;
  return (
    <details className="min-w-0">
      <summary className="cursor-pointer text-accent">{count} more</summary>
      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-surface-muted p-2 text-left text-xs whitespace-pre-wrap break-words">
        {hideEmails(toJson(rest, { indent: 2 }), hide)}
      </pre>
    </details>
  );
}

/** The organization's users: searchable across every field, sortable by column, paged. */
export function UsersCard({ users, hideIdentifiers }: { users: UserRecord[] | null; hideIdentifiers: boolean }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const [page, setPage] = useState(0);
  const list = useMemo(() => users ?? [], [users]);
  const userFields = useMemo(() => userColumns(list), [list]);
  const index = useMemo(() => searchIndex(list), [list]);
  const rows = useMemo(() => {
    const found = searchUsers(index, query);
    const column = sort ? userFields[sort.column] : undefined;
    return column && sort ? sortUsers(list, found, column, sort.direction) : found;
  }, [index, query, sort, userFields, list]);
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

  const columns: Column<number>[] = [
    ...userFields.map((field, i): Column<number> => ({
      key: field.label,
      label: field.label,
      sort: { direction: sort?.column === i ? sort.direction : null, onSort: () => toggleSort(i) },
      cell: (position) => <Cell value={columnValue(list[position]!, field)} column={field} hide={hideIdentifiers} />,
    })),
    {
      key: 'other',
      label: 'Other fields',
      cell: (position) => <OtherFields user={list[position]!} columns={userFields} hide={hideIdentifiers} />,
    },
  ];

  return (
    <Card
      name="users"
      title="Users"
      withExtras={false}
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
          <div className="mb-4">
            <UserCounts users={list} columns={userFields} />
          </div>
          <div className="mb-3 flex flex-wrap items-center gap-3" data-export-exclude>
            <Field label="Search users" layout="inline" className="min-w-0 flex-1">
              {(control) => (
                <input
                  {...control}
                  type="search"
                  value={query}
                  onChange={(e) => {
                    setQuery(e.target.value);
                    setPage(0);
                  }}
                  placeholder="Email, name, role, any field"
                  className={`${inputClass} flex-1 py-0 sm:max-w-sm`}
                />
              )}
            </Field>
            <p role="status" className="text-sm text-ink-muted" data-testid="users-count">
              {rows.length === list.length
                ? formatCount(list.length, USERS)
                : `${formatInteger(rows.length)} of ${formatCount(list.length, USERS)} match`}
            </p>
          </div>
          {/* The statement (print, file) carries the counts above, not the rows. */}
          <div className="print:hidden" data-statement-omit>
            <Table
              caption="Users of the organization"
              testId="users-table"
              columns={columns}
              rows={shown}
              rowKey={(position) => position}
            />
          </div>
          {rows.length === 0 ? <p className="mt-3 text-sm text-ink-muted">No user matches “{query}”.</p> : null}
          {pages > 1 ? (
            <nav
              aria-label="Users pages"
              className="mt-3 flex flex-wrap items-center gap-2 text-sm"
              data-export-exclude
            >
              <Button disabled={current === 0} onClick={() => setPage(current - 1)}>
                Previous
              </Button>
              <span className="tabular">
                {formatInteger(current * PAGE_SIZE + 1)}–{formatInteger(current * PAGE_SIZE + shown.length)} of{' '}
                {formatInteger(rows.length)}
              </span>
              <Button disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                Next
              </Button>
            </nav>
          ) : null}
        </>
      )}
    </Card>
  );
}
