import { setupServer } from 'msw/node';
import { createHandlers } from './mocks/handlers';

/** Where the unit tests' stub API answers. */
export const TEST_API_URL = 'https://api.example.test';

/** The stub API for unit tests: the same MSW handlers as `npm run mock-api`, intercepting fetch. */
export const server = setupServer(...createHandlers({ apiUrl: TEST_API_URL }));

/** Fresh stub state (call counters) for the next test, optionally under another base URL too. */
export function resetStub(...extraApiUrls: string[]) {
  server.resetHandlers(
    ...createHandlers({ apiUrl: TEST_API_URL }),
    ...extraApiUrls.flatMap((apiUrl) => createHandlers({ apiUrl })),
  );
}

/** Every request the stub receives from now until the end of the test. */
export function recordRequests(): Request[] {
  const seen: Request[] = [];
  server.events.on('request:start', ({ request }) => seen.push(request.clone()));
  return seen;
}
