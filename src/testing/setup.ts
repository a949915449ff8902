import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { apiClient } from '@/lib/api-client';
import { resetStub, server } from './msw';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetStub();
  apiClient.clear();
});
afterEach(() => {
  cleanup();
  server.events.removeAllListeners();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
afterAll(() => server.close());
