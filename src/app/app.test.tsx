import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { workspaceStore } from '@/features/session/model/workspace';
import { recordRequests, TEST_API_URL } from '@/testing/msw';
import { renderApp } from '@/testing/render';
import { pageQueryClient } from './query-client';
import { AppRoutes } from './router';

const organizationRequests = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/v1/organizations');

describe('the app in StrictMode (as in development)', () => {
  it('sends exactly one organization request per load, though StrictMode mounts everything twice', async () => {
    workspaceStore.set({
      sessions: [{ kind: 'api', apiKey: 'sk_test_demo_team_c3d4', baseUrl: TEST_API_URL }],
      active: 0,
    });
    const requests = recordRequests();
    renderApp(<AppRoutes />, { path: '/dashboard' });
    expect(await screen.findByTestId('organization-name', {}, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByTestId('organization-name').textContent).toBe('Northwind Media');
    // Settle anything still in flight, then count.
    await waitFor(() => expect(pageQueryClient().isFetching()).toBe(0));
    expect(organizationRequests(requests)).toHaveLength(1);
  });

  it('keeps a one-shot answer for the one load it belongs to (a second request of this key would get a 500)', async () => {
    workspaceStore.set({
      sessions: [{ kind: 'api', apiKey: 'sk_test_fault_then_500_strict', baseUrl: TEST_API_URL }],
      active: 0,
    });
    const requests = recordRequests();
    renderApp(<AppRoutes />, { path: '/dashboard' });
    // The first answer of this key is the organization; a second request would get a 500.
    expect(await screen.findByTestId('organization-name', {}, { timeout: 5_000 })).toBeTruthy();
    await waitFor(() => expect(pageQueryClient().isFetching()).toBe(0));
    expect(organizationRequests(requests)).toHaveLength(1);
    expect(screen.queryByTestId('stale-notice')).toBeNull();
  });
});

describe('views are URLs', () => {
  it('sends the dashboard back to the key screen without a key', async () => {
    const { address } = renderApp(<AppRoutes />, { path: '/dashboard' });
    await waitFor(() => expect(address()).toBe('/'));
    expect(screen.getByLabelText('API key')).toBeTruthy();
  });

  it('sends the key screen to the dashboard once a key is stored', async () => {
    workspaceStore.set({
      sessions: [{ kind: 'api', apiKey: 'sk_test_demo_team_c3d4', baseUrl: TEST_API_URL }],
      active: 0,
    });
    const { address } = renderApp(<AppRoutes />, { path: '/' });
    await waitFor(() => expect(address()).toBe('/dashboard'));
    expect(await screen.findByTestId('organization-name')).toBeTruthy();
    expect(screen.queryByLabelText('API key')).toBeNull();
  });

  it('opens a sample on its own page, stores it, and says so when a sample does not exist', async () => {
    const { address, unmount } = renderApp(<AppRoutes />, { path: '/?sample=team' });
    await waitFor(() => expect(address()).toBe('/sample/team/'));
    expect(await screen.findByTestId('organization-name')).toBeTruthy();
    await waitFor(() => expect(workspaceStore.get()?.sessions).toEqual([{ kind: 'sample', sampleId: 'team' }]));
    unmount();
    workspaceStore.set(null);
    const other = renderApp(<AppRoutes />, { path: '/sample/nope/' });
    await waitFor(() => expect(other.address()).toBe('/'));
    expect(await screen.findByText('No such sample organization')).toBeTruthy();
  });
});
