export type BaseUrlResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * Validates an API base URL typed by a person or set in the environment.
 * A path starting with "/" means "this origin" (the same-origin proxy).
 * The result is absolute, http(s), without query, fragment, credentials or trailing slash.
 */
export function parseBaseUrl(input: string, origin: string): BaseUrlResult {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Enter the API base URL, for example https://api.mixpeek.com.' };
  let url: URL;
  try {
    url = text.startsWith('/') && !text.startsWith('//') ? new URL(text, origin) : new URL(text);
  } catch {
    return { ok: false, message: `"${text}" is not a URL. Use the form https://api.mixpeek.com.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `The API base URL must start with http:// or https:// (got ${url.protocol}).` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'The API base URL must not contain a user name or password.' };
  }
  if (url.search || url.hash) {
    return { ok: false, message: 'The API base URL must not contain a query (?) or fragment (#).' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: url.origin + path };
}
