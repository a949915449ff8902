/** The app's recharts charts, in a chunk of their own (see chart-slot.tsx). */
/** @public read through the lazily loaded module (chart-slot.tsx) */
export { default as MonthlyBars } from './monthly-bars';
