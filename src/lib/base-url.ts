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

/**
 * A warning (not a refusal) for a base URL that would send the key unencrypted over the
 * network: plain http to anything but this machine.
 */
export function insecureBaseUrlWarning(url: string): string | null {
  const parsed = new URL(url);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) || parsed.hostname.endsWith('.localhost');
  return parsed.protocol === 'http:' && !local
    ? `${parsed.host} is reached over plain http: the API key would travel unencrypted. Use https unless this is a trusted network.`
    : null;
}
