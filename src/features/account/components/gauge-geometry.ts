/** Gauge geometry, known without loading the chart code, so placeholders and overlays line up with it. */
export const GAUGE_WIDTH = 240;
export const GAUGE_HEIGHT = 132;
export const GAUGE_CENTER = { x: GAUGE_WIDTH / 2, y: GAUGE_HEIGHT - 8 };
export const GAUGE_RADII = { inner: 82, outer: 112 };
