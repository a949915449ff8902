/**
 * The path the app is served under, as built: "/" by default, "/tools/mixpeek/" after
 * `npm run build -- --base /tools/mixpeek/`. Every URL the app makes for itself (assets,
 * routes, the proxy) starts here.
 */
export const BASE_PATH: string = import.meta.env.BASE_URL;

/** A file of the app's own (public/), under the base. */
export const assetUrl = (path: string) => `${BASE_PATH}${path.replace(/^\//, '')}`;
