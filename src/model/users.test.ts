import { describe, expect, it } from 'vitest';
import {
  cellText,
  countUsersBy,
  columnValue,
  otherFields,
  searchIndex,
  searchUsers,
  sortUsers,
  userColumns,
  type UserRecord,
} from './users';

const users: UserRecord[] = [
  { email: 'ada@acme.example', name: 'Ada Park', role: 'admin', status: 'active', created_at: '2025-01-01T09:00:00Z' },
  { email: 'ben@acme.example', name: 'ben ortiz', role: 'member', joined: '2025-03-14', team: { id: 7 } },
  { full_name: 'Cho Lee', role: 'viewer', status: 'pending', seats: 10 },
  { email: 'dee@acme.example', role: 'owner', status: 'suspended', created_at: 'not a date' },
  { name: 'Émile Zola', status: 'active', seats: 2 },
];

describe('userColumns', () => {
  it("derives the common columns present, in a fixed order, reading each user's first alias present", () => {
    const columns = userColumns(users);
    expect(columns.map((c) => c.label)).toEqual(['Email', 'Name', 'Role', 'Status', 'Joined']);
    // Each user shows the first alias they have: "name", else "full_name"; "created_at", else "joined".
    const name = columns[1]!;
    const joined = columns[4]!;
    expect(users.map((u) => columnValue(u, name))).toEqual([
      'Ada Park',
      'ben ortiz',
      'Cho Lee',
      undefined,
      'Émile Zola',
    ]);
    expect(columnValue(users[1]!, joined)).toBe('2025-03-14');
  });

  it('leaves out columns nobody has, and takes aliases when the main name is absent', () => {
    expect(userColumns([{ full_name: 'X', joined_at: '2025-01-01' }]).map((c) => c.label)).toEqual(['Name', 'Joined']);
    expect(userColumns([])).toEqual([]);
    expect(userColumns([{ email: null }])).toEqual([]);
  });

  it('keeps every other field viewable per row', () => {
    const columns = userColumns(users);
    expect(otherFields(users[1]!, columns)).toEqual({ team: { id: 7 } });
    expect(otherFields(users[2]!, columns)).toEqual({ seats: 10 });
  });
});

describe('searchUsers', () => {
  const index = searchIndex(users);
  it('matches any field, case-insensitively, every word', () => {
    expect(searchUsers(index, 'ACME')).toEqual([0, 1, 3]);
    expect(searchUsers(index, 'active')).toEqual([0, 4]);
    expect(searchUsers(index, 'ada admin')).toEqual([0]);
    expect(searchUsers(index, '10')).toEqual([2]);
    expect(searchUsers(index, '"id":7')).toEqual([1]);
  });
  it('returns everyone for an empty query and no one for no match', () => {
    expect(searchUsers(index, '  ')).toEqual([0, 1, 2, 3, 4]);
    expect(searchUsers(index, 'zzz')).toEqual([]);
  });
  it('stays fast at 10,000 users', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ email: `user${i}@example.com`, name: `User ${i}` }));
    const bigIndex = searchIndex(many);
    const start = performance.now();
    const found = searchUsers(bigIndex, 'user9999@');
    expect(found).toEqual([9999]);
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe('sortUsers', () => {
  const columns = userColumns(users);
  const byLabel = (label: string) => columns.find((c) => c.label === label)!;
  const all = users.map((_, i) => i);

  it('sorts text with the locale, ignoring case, missing values last', () => {
    expect(sortUsers(users, all, byLabel('Name'), 'ascending')).toEqual([0, 1, 2, 4, 3]);
    expect(sortUsers(users, all, byLabel('Name'), 'descending')).toEqual([4, 2, 1, 0, 3]);
  });

  it('sorts dates as dates, unreadable dates after them, missing last', () => {
    expect(sortUsers(users, all, byLabel('Joined'), 'ascending')).toEqual([0, 1, 3, 2, 4]);
  });

  it('sorts numbers numerically', () => {
    const seats = { aliases: ['seats'], label: 'Seats', kind: 'text' as const };
    expect(sortUsers(users, all, seats, 'ascending')).toEqual([4, 2, 0, 1, 3]);
  });

  it('sorts only the positions it is given (a search result)', () => {
    expect(sortUsers(users, [3, 0], byLabel('Email'), 'ascending')).toEqual([0, 3]);
  });
});

describe('cellText', () => {
  it('shows absent as empty and objects as JSON', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText(null)).toBe('');
    expect(cellText(3)).toBe('3');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
});

describe('countUsersBy', () => {
  it('counts users by role, largest first, with missing values as "not given"', () => {
    const users = [{ role: 'admin' }, { role: 'member' }, { role: 'member' }, {}, { role: '' }];
    const [role] = userColumns(users).filter((c) => c.kind === 'role');
    expect(countUsersBy(users, role!)).toEqual([
      { value: 'member', count: 2 },
      { value: 'not given', count: 2 },
      { value: 'admin', count: 1 },
    ]);
  });
});
