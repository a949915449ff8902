import { memo, useId, useMemo } from 'react';
import { Pie, PieChart, Sector, type PieSectorShapeProps } from 'recharts';
import { GAUGE_CENTER, GAUGE_HEIGHT, GAUGE_RADII, GAUGE_WIDTH } from './gauge-geometry';

/** Arc segments in percent of the limit: within it, above it (striped), and the rest of the scale. */
export interface GaugeSegments {
  within: number;
  over: number;
  rest: number;
  scaleMax: number;
}

/**
 * A gauge's arcs. A pie over the three segments makes each arc's angle proportional to its
 * share of the scale, so the arc measures the value by construction; the part above the
 * limit is striped in a second colour.
 */
function GaugeArcs({ segments, animate }: { segments: GaugeSegments; animate: boolean }) {
  const { within, over, rest } = segments;
  const stripes = useId();
  // Memoised on the numbers: new data on every render would replay the animation.
  const data = useMemo(
    () => [
      { name: 'within', value: within, fill: 'var(--chart-within)' },
      { name: 'over', value: over, fill: `url(#${stripes})` },
      { name: 'rest', value: rest, fill: 'var(--chart-track)' },
    ],
    [within, over, rest, stripes],
  );
  return (
    <PieChart width={GAUGE_WIDTH} height={GAUGE_HEIGHT} accessibilityLayer={false}>
      <defs>
        <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--chart-over)" />
          <rect width="2.5" height="6" fill="var(--surface)" opacity="0.55" />
        </pattern>
      </defs>
      <Pie
        data={data}
        dataKey="value"
        nameKey="name"
        cx={GAUGE_CENTER.x}
        cy={GAUGE_CENTER.y}
        startAngle={180}
        endAngle={0}
        innerRadius={GAUGE_RADII.inner}
        outerRadius={GAUGE_RADII.outer}
        stroke="none"
        isAnimationActive={animate}
        rootTabIndex={-1} // the figures beside the gauge say everything: no extra Tab stop
        shape={(props: PieSectorShapeProps) => (
          <Sector
            {...props}
            className="gauge-segment"
            data-segment={(props.payload as { name: string }).name}
            data-start-angle={props.startAngle}
            data-end-angle={props.endAngle}
          />
        )}
      />
    </PieChart>
  );
}

// Memoised: recharts replays its animation whenever a chart re-renders with new prop objects.
export default memo(GaugeArcs);
