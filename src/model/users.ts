import { toJson } from '@/lib/walk';

/**
 * The users list: free-form objects (the contract says only "object"). Columns come from
 * the common fields that are present; everything else stays viewable per row.
 */
export type UserRecord = Record<string, unknown>;

export interface UserColumn {
  label: string;
  kind: 'text' | 'role' | 'status' | 'date';
  /** Field names this column reads, by preference: each user shows the first it has. */
  aliases: string[];
}

const COLUMN_CANDIDATES: { label: string; kind: UserColumn['kind']; aliases: string[] }[] = [
  { label: 'Email', kind: 'text', aliases: ['email', 'email_address'] },
  { label: 'Name', kind: 'text', aliases: ['name', 'full_name', 'display_name'] },
  { label: 'Role', kind: 'role', aliases: ['role'] },
  { label: 'Status', kind: 'status', aliases: ['status'] },
  { label: 'Joined', kind: 'date', aliases: ['created_at', 'joined', 'joined_at'] },
];

const present = (value: unknown) => value !== undefined && value !== null;

/** The field a column shows for one user: the first of its aliases that user has. */
function columnField(user: UserRecord, column: UserColumn): string | undefined {
  return column.aliases.find((alias) => present(user[alias]));
}

export const columnValue = (user: UserRecord, column: UserColumn): unknown => {
  const field = columnField(user, column);
  return field === undefined ? undefined : user[field];
};

/** Columns for the fields that at least one user has, in a fixed, readable order. */
export function userColumns(users: readonly UserRecord[]): UserColumn[] {
  return COLUMN_CANDIDATES.filter(({ aliases }) => users.some((u) => aliases.some((a) => present(u[a])))).map(
    ({ label, kind, aliases }) => ({ label, kind, aliases }),
  );
}

/** Fields of a user that no column shows. */
export function otherFields(user: UserRecord, columns: readonly UserColumn[]): UserRecord {
  const shown = new Set(columns.map((c) => columnField(user, c)));
  return Object.fromEntries(Object.entries(user).filter(([key]) => !shown.has(key)));
}

/** A cell's value as display text ("" when absent); objects as compact JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return toJson(value);
}

/**
 * Precomputes each user's searchable text once, so a keystroke filters 10,000 users by a
 * plain substring test instead of walking every object again.
 */
export function searchIndex(users: readonly UserRecord[]): string[] {
  return users.map((user) => Object.values(user).map(cellText).join('\u0000').toLocaleLowerCase());
}

/** Positions of the users whose any field contains every word of the query (case-insensitive). */
export function searchUsers(index: readonly string[], query: string): number[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matches: number[] = [];
  for (let i = 0; i < index.length; i++) {
    if (words.every((w) => index[i]!.includes(w))) matches.push(i);
  }
  return matches;
}

export type SortDirection = 'ascending' | 'descending';

function sortKey(value: unknown, kind: UserColumn['kind']): number | string | null {
  if (value === undefined || value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? cellText(value) : time;
  }
  return typeof value === 'number' ? value : cellText(value);
}

/**
 * Sorts positions by a column. Numbers and dates compare as such, text with the locale's
 * collation (numeric-aware); users without the field come last in either direction.
 */
export function sortUsers(
  users: readonly UserRecord[],
  positions: readonly number[],
  column: UserColumn,
  direction: SortDirection,
): number[] {
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const keys = new Map(positions.map((i) => [i, sortKey(columnValue(users[i]!, column), column.kind)]));
  const sign = direction === 'ascending' ? 1 : -1;
  return [...positions].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return order === 0 ? a - b : sign * order;
  });
}

/** How many users have each value of a column (role, status), largest first; "not given" for none. */
export function countUsersBy(users: readonly UserRecord[], column: UserColumn): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const user of users) {
    const value = columnValue(user, column);
    const key = value === undefined || value === null || value === '' ? 'not given' : cellText(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
