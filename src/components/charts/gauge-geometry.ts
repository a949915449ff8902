/** Gauge geometry, known without loading the chart code, so placeholders and overlays line up with it. */
export const GAUGE_WIDTH = 240;
export const GAUGE_HEIGHT = 132;
export const GAUGE_CENTER = { x: GAUGE_WIDTH / 2, y: GAUGE_HEIGHT - 8 };
export const GAUGE_RADII = { inner: 82, outer: 112 };

/** A point on the arc at `share` (0..1) of its sweep (left end 0, right end 1), at radius r. */
export function arcPoint(share: number, r: number): [number, number] {
  const angle = Math.PI * (1 - share);
  return [GAUGE_CENTER.x + r * Math.cos(angle), GAUGE_CENTER.y - r * Math.sin(angle)];
}
