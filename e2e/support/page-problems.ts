import type { Page } from '@playwright/test';

/**
 * Watches a page for what must never happen on it, whatever the test: a request to a host
 * other than `allowedOrigins` (data: and blob: URLs aside), a Content-Security-Policy
 * violation, or an uncaught error. Returns the list it fills, one line per problem; a test
 * expects it to be empty at its end. Call before the page navigates.
 */
export async function watchPageProblems(page: Page, allowedOrigins: Iterable<string>): Promise<string[]> {
  const allowed = new Set(allowedOrigins);
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !allowed.has(url.origin)) problems.push(`request to ${url.href}`);
  });
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  // Chromium logs most violations itself; the event reports every one, in the same words.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return problems;
}
