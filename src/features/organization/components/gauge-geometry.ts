/** Gauge size, known without loading the chart code, so its placeholder takes the same room. */
export const GAUGE_WIDTH = 240;
export const GAUGE_HEIGHT = 132;
