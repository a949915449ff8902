/** The one sessionStorage entry that holds the API keys (documented in the README). */
export const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';
