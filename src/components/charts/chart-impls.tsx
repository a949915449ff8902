/** The app's recharts charts, in a chunk of their own (see chart-slot.tsx). */
export { default as MonthlyBars } from './monthly-bars';
