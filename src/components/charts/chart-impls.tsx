/** Every recharts chart of the app, in one chunk (see chart-slot.tsx). */
export { default as GaugeArcs } from './GaugeArcs';
export { default as BarRows } from './BarRows';
export { default as MonthlyBars } from './MonthlyBars';
