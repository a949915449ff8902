import { StrictMode } from 'react';
import { AppRouter } from './app/router';
import { preloadDashboardView } from './app/routes/dashboard/dashboard-route';
import { takeOver } from './first-paint/takeover';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The dashboard's code starts loading at once, in parallel with the key screen and with the
// API's answer, never after it.
const dashboardCode = preloadDashboardView();

takeOver(
  root,
  <StrictMode>
    <AppRouter />
  </StrictMode>,
  dashboardCode,
);
