import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DASHBOARD_REQUESTS } from '@/api/routes';
import { workspaceStore, type Workspace } from '@/features/session/model/workspace';
import { apiClient } from '@/lib/api-client';
import { recordRequests, TEST_API_URL } from '@/testing/msw';
import { renderApp } from '@/testing/render';
import { connectionToPrefetch, startDashboardRequests } from './boot';
import { pageQueryClient } from './query-client';
import { AppRoutes } from './router';

const key = { kind: 'api', apiKey: 'sk_test_demo_team_c3d4', baseUrl: TEST_API_URL } as const;
const stored: Workspace = { sessions: [key], active: 0 };
const pathsOf = (requests: Request[]) => requests.map((r) => new URL(r.url).pathname + new URL(r.url).search);

describe('connectionToPrefetch', () => {
  it('starts early only where the dashboard of a stored key opens at once', () => {
    expect(connectionToPrefetch(stored, '/', '')).toEqual(key);
    expect(connectionToPrefetch(stored, '/dashboard', '')).toEqual(key);
    expect(connectionToPrefetch(null, '/dashboard', '')).toBeNull();
    for (const path of ['/add', '/compare', '/sample/team/', '/elsewhere']) {
      expect(connectionToPrefetch(stored, path, ''), path).toBeNull();
    }
    expect(connectionToPrefetch(stored, '/', '?sample=team')).toBeNull();
    expect(connectionToPrefetch({ sessions: [{ kind: 'sample', sampleId: 'team' }], active: 0 }, '/', '')).toBeNull();
    // The active session is the one whose dashboard shows.
    const two: Workspace = { sessions: [key, { kind: 'sample', sampleId: 'team' }], active: 1 };
    expect(connectionToPrefetch(two, '/dashboard', '')).toBeNull();
  });
});

describe('startDashboardRequests', () => {
  it('sends each of the dashboard’s requests before the app runs, and the dashboard takes them: none twice', async () => {
    workspaceStore.set(stored);
    window.history.replaceState(null, '', '/dashboard');
    const requests = recordRequests();
    startDashboardRequests();
    await waitFor(() => expect(pathsOf(requests).sort()).toEqual([...DASHBOARD_REQUESTS].sort()));

    renderApp(<AppRoutes />, { path: '/dashboard' });
    expect(await screen.findByTestId('organization-name', {}, { timeout: 5_000 })).toBeTruthy();
    expect(await screen.findByText(/^This period:/, {}, { timeout: 5_000 })).toBeTruthy();
    await waitFor(() => expect(pageQueryClient().isFetching()).toBe(0));
    const counts = new Map<string, number>();
    for (const path of pathsOf(requests)) counts.set(path, (counts.get(path) ?? 0) + 1);
    for (const path of DASHBOARD_REQUESTS) expect(counts.get(path), path).toBe(1);
    apiClient.clear();
  });

  it('sends nothing on the key screen without a stored key', async () => {
    workspaceStore.set(null);
    window.history.replaceState(null, '', '/');
    const prefetch = vi.spyOn(apiClient, 'prefetch');
    startDashboardRequests();
    expect(prefetch).not.toHaveBeenCalled();
    prefetch.mockRestore();
  });
});
