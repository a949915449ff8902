import { parseBaseUrl } from '@/lib/base-url';
import { allowedApiOrigins, type CspEnv } from './csp';
import { DEFAULT_API_URL, PROXY_PATH } from './proxy';

export { DEFAULT_API_URL };

/** Abort a request that has not answered after this long. */
const DEFAULT_TIMEOUT_MS = 15_000;

export interface AppConfig {
  /**
   * Default API base URL on the key screen (absolute, no trailing slash): this site's
   * proxy, unless VITE_MIXPEEK_API_URL says otherwise. Mixpeek's API answers browsers only
   * on Mixpeek's own origins, so from anywhere else the proxy is the way that works.
   */
  defaultApiUrl: string;
  /**
   * The default as the key screen writes it: the proxy as a path of this site
   * ("/mixpeek-api"), which reads the same wherever the app is served (the key screen is
   * prerendered without an origin); a configured URL as it is.
   */
  defaultApiText: string;
  /** The same-origin proxy's absolute URL (under the app's base path). */
  proxyUrl: string;
  /** The same, as a path of this site ("/mixpeek-api"). */
  proxyPath: string;
  /** The page's origin; while prerendering, a stand-in that nothing shown depends on. */
  origin: string;
  /** Mixpeek's API itself, for origins Mixpeek allows (offered under Advanced). */
  directApiUrl: string;
  /** Where the proxy forwards to, as the build was told (MIXPEEK_PROXY_TARGET): named on screen. */
  proxyTarget: string;
  requestTimeoutMs: number;
  /**
   * API origins the built app's CSP lets it call (besides its own); null where no CSP
   * applies (the dev server), so any base URL may be tried.
   */
  allowedApiOrigins: string[] | null;
  /** Extra auto-refresh choice in seconds, for tests only (VITE_REFRESH_TEST_SECONDS); null normally. */
  testRefreshSeconds: number | null;
  /** Set when VITE_* values were present but invalid, so the key screen can say so. */
  warnings: string[];
}

interface RawEnv extends CspEnv {
  /** The app's base path ("/", "/tools/mixpeek/"). */
  BASE_URL?: string | undefined;
  MIXPEEK_PROXY_TARGET?: string | undefined;
  VITE_REQUEST_TIMEOUT_MS?: string | undefined;
  VITE_REFRESH_TEST_SECONDS?: string | undefined;
  /** True in a production build, whose index.html carries the CSP. */
  PROD?: boolean;
}

/** Reads and validates the build-time environment once; invalid values fall back with a warning. */
export function readConfig(raw: RawEnv, origin: string): AppConfig {
  const warnings: string[] = [];
  const proxyPath = (raw.BASE_URL ?? '/').replace(/\/+$/, '') + PROXY_PATH;
  const proxyUrl = origin + proxyPath;
  let defaultApiUrl = proxyUrl;
  let defaultApiText = proxyPath;
  const configuredUrl = raw.VITE_MIXPEEK_API_URL?.trim();
  if (configuredUrl) {
    const parsed = parseBaseUrl(configuredUrl, origin);
    if (!parsed.ok) warnings.push(`VITE_MIXPEEK_API_URL is ignored: ${parsed.message}`);
    else if (parsed.url !== proxyUrl) {
      defaultApiUrl = parsed.url;
      // A path of this site stays a path: the key screen is prerendered without an origin.
      defaultApiText =
        parsed.url.startsWith(origin + '/') && configuredUrl.startsWith('/')
          ? parsed.url.slice(origin.length)
          : parsed.url;
    }
  }

  let requestTimeoutMs = DEFAULT_TIMEOUT_MS;
  const configuredTimeout = raw.VITE_REQUEST_TIMEOUT_MS?.trim();
  if (configuredTimeout) {
    const n = Number(configuredTimeout);
    if (Number.isInteger(n) && n >= 1000 && n <= 300_000) requestTimeoutMs = n;
    else warnings.push('VITE_REQUEST_TIMEOUT_MS is ignored: expected whole milliseconds between 1000 and 300000.');
  }

  const unusable = (raw.VITE_CSP_CONNECT_SRC ?? '')
    .split(/[\s,]+/)
    .filter((entry) => entry && !/^https?:\/\/[^/\s]+\/?$/i.test(entry));
  if (unusable.length > 0) {
    warnings.push(
      `VITE_CSP_CONNECT_SRC entries ignored (expected origins like https://api.example.com): ${unusable.join(', ')}`,
    );
  }

  const testSeconds = Number(raw.VITE_REFRESH_TEST_SECONDS ?? '');
  const testRefreshSeconds = Number.isInteger(testSeconds) && testSeconds >= 1 ? testSeconds : null;

  return {
    defaultApiUrl,
    defaultApiText,
    testRefreshSeconds,
    proxyUrl,
    proxyPath,
    origin,
    directApiUrl: DEFAULT_API_URL,
    proxyTarget: raw.MIXPEEK_PROXY_TARGET || DEFAULT_API_URL,
    requestTimeoutMs,
    allowedApiOrigins: raw.PROD ? allowedApiOrigins(raw) : null,
    warnings,
  };
}

export const config: AppConfig = readConfig(
  {
    VITE_MIXPEEK_API_URL: import.meta.env.VITE_MIXPEEK_API_URL as string | undefined,
    VITE_REQUEST_TIMEOUT_MS: import.meta.env.VITE_REQUEST_TIMEOUT_MS as string | undefined,
    VITE_CSP_CONNECT_SRC: import.meta.env.VITE_CSP_CONNECT_SRC as string | undefined,
    VITE_REFRESH_TEST_SECONDS: import.meta.env.VITE_REFRESH_TEST_SECONDS as string | undefined,
    PROD: import.meta.env.PROD,
    BASE_URL: import.meta.env.BASE_URL,
    MIXPEEK_PROXY_TARGET: __MIXPEEK_PROXY_TARGET__,
  },
  typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
);
