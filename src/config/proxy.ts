/** Where the Mixpeek API lives unless configured otherwise (the key screen, the proxy, the CSP). */
export const DEFAULT_API_URL = 'https://api.mixpeek.com';

/** Path on the app's own origin that `npm run dev` / `npm run preview` (or a reverse proxy) forwards to the Mixpeek API. */
export const PROXY_PATH = '/mixpeek-api';
