import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_REQUESTS } from '@/api/routes';
import { workspaceStore } from '@/features/session/model/workspace';
import { dropEarlyRequests, sendEarlyRequests } from '@/first-paint/early-requests';
import { recordRequests, TEST_API_URL } from '@/testing/msw';
import { renderApp } from '@/testing/render';
import { pageQueryClient } from './query-client';
import { AppRoutes } from './router';

afterEach(() => dropEarlyRequests());

describe('a reload with a stored key', () => {
  it('sends each dashboard request once: the page’s first script sends them, the queries take them', async () => {
    // Stored by the app's own writer, read by the first-paint script: the two agree on the format.
    workspaceStore.set({
      sessions: [{ kind: 'api', apiKey: 'sk_test_demo_pro_f456', baseUrl: TEST_API_URL }],
      active: 0,
    });
    const requests = recordRequests();
    sendEarlyRequests(DASHBOARD_REQUESTS);
    await waitFor(() => expect(requests).toHaveLength(DASHBOARD_REQUESTS.length));
    renderApp(<AppRoutes />, { path: '/dashboard' });
    expect(await screen.findByTestId('organization-name')).toBeTruthy();
    await waitFor(() => expect(pageQueryClient().isFetching()).toBe(0));
    const sent = requests.map((request) => {
      const url = new URL(request.url);
      return url.pathname + url.search;
    });
    expect(sent.toSorted()).toEqual([...DASHBOARD_REQUESTS].toSorted());
  });
});
