export interface DestinationContext {
  /** The page's own origin. */
  pageOrigin: string;
  /** This site's proxy (absolute). */
  proxyUrl: string;
  /** Where the proxy forwards to. */
  proxyTarget: string;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * Where a key sent to this base URL goes, as the end of a sentence: "through this site's
 * proxy to api.mixpeek.com", "directly to api.mixpeek.com", "to this site (/api)".
 */
export function keyDestination(baseUrl: string, context: DestinationContext): string {
  if (baseUrl === context.proxyUrl || baseUrl.startsWith(`${context.proxyUrl}/`)) {
    return `through this site's proxy to ${hostOf(context.proxyTarget)}`;
  }
  const url = new URL(baseUrl);
  if (url.origin === context.pageOrigin) return `to this site (${url.pathname || '/'})`;
  return `directly to ${url.host}`;
}
