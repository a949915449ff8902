import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, UsersCard } from './users-card';

const users = Array.from({ length: 120 }, (_, i) => ({
  email: `user${i}@example.com`,
  name: `User ${String(i).padStart(3, '0')}`,
  role: i % 3 === 0 ? 'admin' : 'member',
  status: i % 10 === 0 ? 'suspended' : 'active',
}));

const bodyRows = () => within(screen.getByTestId('users-table')).getAllByRole('row').slice(1);

describe('UsersCard', () => {
  it('pages the users, PAGE_SIZE at a time', async () => {
    const user = userEvent.setup();
    render(<UsersCard users={users} hideIdentifiers={false} />);
    expect(bodyRows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('1–50 of 120')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('101–120 of 120')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('searches every field, and counts in words with the right plural', async () => {
    const user = userEvent.setup();
    render(<UsersCard users={users} hideIdentifiers={false} />);
    expect(screen.getByTestId('users-count').textContent).toBe('120 users');
    await user.type(screen.getByLabelText('Search users'), 'user7@');
    expect(screen.getByTestId('users-count').textContent).toBe('1 of 120 users match');
    expect(bodyRows()).toHaveLength(1);
    await user.clear(screen.getByLabelText('Search users'));
    await user.type(screen.getByLabelText('Search users'), 'suspended');
    expect(screen.getByTestId('users-count').textContent).toBe('12 of 120 users match');
    await user.clear(screen.getByLabelText('Search users'));
    await user.type(screen.getByLabelText('Search users'), 'nobody');
    expect(screen.getByText('No user matches “nobody”.')).toBeTruthy();
  });

  it('says "1 user" for one', () => {
    render(<UsersCard users={users.slice(0, 1)} hideIdentifiers={false} />);
    expect(screen.getByTestId('users-count').textContent).toBe('1 user');
  });

  it('sorts by a column, ascending then descending, and marks the header', async () => {
    const user = userEvent.setup();
    render(<UsersCard users={users} hideIdentifiers={false} />);
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRows()[0]!.textContent).toContain('User 000');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows()[0]!.textContent).toContain('User 119');
  });

  it('masks emails when identifiers are hidden', () => {
    render(<UsersCard users={users.slice(0, 3)} hideIdentifiers />);
    expect(screen.getByTestId('users-table').textContent).not.toContain('@example.com');
    expect(screen.getByTestId('users-table').textContent).toContain('•••@•••');
  });
});
