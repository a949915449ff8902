/** The one sessionStorage entry that holds the API keys (documented in docs/user-guide.md). */
export const SESSION_STORAGE_KEY = 'mixpeek-dashboard.session';
