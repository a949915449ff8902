// The boot script's entry: index.html loads it first, where a view other than the key screen
// will show (vite.config.ts names it; scripts/prerendered-pages.ts has the page load it).
import { startDashboardRequests } from './boot';

startDashboardRequests();
