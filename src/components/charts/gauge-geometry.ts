/** Gauge geometry: one place for the arc's size, its segments and the marks drawn on it. */
export const GAUGE_WIDTH = 240;
export const GAUGE_HEIGHT = 132;
export const GAUGE_CENTER = { x: GAUGE_WIDTH / 2, y: GAUGE_HEIGHT - 8 };
export const GAUGE_RADII = { inner: 82, outer: 112 };

/** A point on the arc at `share` (0..1) of its sweep (left end 0, right end 1), at radius r. */
export function arcPoint(share: number, r: number): [number, number] {
  const angle = Math.PI * (1 - share);
  return [GAUGE_CENTER.x + r * Math.cos(angle), GAUGE_CENTER.y - r * Math.sin(angle)];
}

/** The angle, in degrees, of `share` of the sweep: 180 at the left end, 0 at the right. */
export const arcAngle = (share: number) => 180 * (1 - share);

const round = (n: number) => Number(n.toFixed(3));

/**
 * The SVG path of the ring's part from `from` to `to` (shares of the sweep, from < to): the
 * outer arc clockwise over the top, then the inner arc back. A half ring at most, so the
 * small-arc flag always holds.
 */
export function sectorPath(from: number, to: number): string {
  const { inner, outer } = GAUGE_RADII;
  const [x1, y1] = arcPoint(from, outer).map(round);
  const [x2, y2] = arcPoint(to, outer).map(round);
  const [x3, y3] = arcPoint(to, inner).map(round);
  const [x4, y4] = arcPoint(from, inner).map(round);
  return `M${x1} ${y1}A${outer} ${outer} 0 0 1 ${x2} ${y2}L${x3} ${y3}A${inner} ${inner} 0 0 0 ${x4} ${y4}Z`;
}
