/** Path on the app's own origin that `npm run dev` / `npm run preview` (or a reverse proxy) forwards to the Mixpeek API. */
export const PROXY_PATH = '/mixpeek-api';
