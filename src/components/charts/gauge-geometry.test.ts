import { describe, expect, it } from 'vitest';
import { arcAngle, arcPoint, GAUGE_CENTER, GAUGE_RADII, sectorPath } from './gauge-geometry';

const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('gauge geometry', () => {
  it('puts 0 at the left end, the middle at the top and the whole sweep at the right end', () => {
    const r = GAUGE_RADII.outer;
    expect(arcPoint(0, r)[0]).toBeCloseTo(GAUGE_CENTER.x - r);
    expect(arcPoint(0, r)[1]).toBeCloseTo(GAUGE_CENTER.y);
    expect(arcPoint(0.5, r)[0]).toBeCloseTo(GAUGE_CENTER.x);
    expect(arcPoint(0.5, r)[1]).toBeCloseTo(GAUGE_CENTER.y - r);
    expect(arcPoint(1, r)[0]).toBeCloseTo(GAUGE_CENTER.x + r);
    expect(arcAngle(0)).toBe(180);
    expect(arcAngle(1 / 3)).toBeCloseTo(120, 9);
    expect(arcAngle(1)).toBe(0);
  });

  it('draws a sector from its start to its end on the outer radius and back on the inner one', () => {
    const path = sectorPath(0, 0.5);
    expect(path).toMatch(/^M.*A.*L.*A.*Z$/);
    const [x1, y1, , , , , , x2, y2, x3, y3, , , , , , x4, y4] = numbers(path);
    expect([x1, y1]).toEqual([GAUGE_CENTER.x - GAUGE_RADII.outer, GAUGE_CENTER.y]);
    expect(x2).toBeCloseTo(GAUGE_CENTER.x);
    expect(y2).toBeCloseTo(GAUGE_CENTER.y - GAUGE_RADII.outer);
    expect(x3).toBeCloseTo(GAUGE_CENTER.x);
    expect(y3).toBeCloseTo(GAUGE_CENTER.y - GAUGE_RADII.inner);
    expect([x4, y4]).toEqual([GAUGE_CENTER.x - GAUGE_RADII.inner, GAUGE_CENTER.y]);
    // Clockwise out, anticlockwise back: the flags of the two arcs.
    expect(path).toContain(`A${GAUGE_RADII.outer} ${GAUGE_RADII.outer} 0 0 1`);
    expect(path).toContain(`A${GAUGE_RADII.inner} ${GAUGE_RADII.inner} 0 0 0`);
  });
});
