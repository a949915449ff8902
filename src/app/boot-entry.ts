// The boot script's entry (see boot.ts and the boot-script plugin in vite.config.ts).
import { startDashboardRequests } from './boot';

startDashboardRequests();
