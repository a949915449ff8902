import { memo, useMemo } from 'react';
import { Pie, PieChart, Sector, type PieSectorShapeProps } from 'recharts';
import type { GaugeModel } from '@/model/credit-gauge';
import { GAUGE_CENTER, GAUGE_HEIGHT, GAUGE_RADII, GAUGE_WIDTH } from './gauge-geometry';

const SEGMENTS = [
  { key: 'within', fill: 'var(--chart-within)' },
  { key: 'over', fill: 'url(#gauge-over-stripes)' },
  { key: 'rest', fill: 'var(--chart-track)' },
] as const;

/**
 * The credit gauge. A pie over the three segments makes each arc's angle proportional to
 * its share of the scale, so the arc measures the value by construction; the part above
 * the allowance is striped in a second colour.
 */
function CreditGaugeChart({ segments, animate }: { segments: GaugeModel['segments']; animate: boolean }) {
  const { within, over, rest } = segments;
  // Memoised on the numbers: new data on every render would replay the animation.
  const data = useMemo(() => {
    const values = { within, over, rest };
    return SEGMENTS.map((s) => ({ name: s.key, value: values[s.key], fill: s.fill }));
  }, [within, over, rest]);
  return (
    <PieChart width={GAUGE_WIDTH} height={GAUGE_HEIGHT} accessibilityLayer={false}>
      <defs>
        <pattern
          id="gauge-over-stripes"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
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

// Memoised: recharts replays its animation (hiding value labels meanwhile) whenever a
// chart re-renders with new prop objects, e.g. when an export stamps its capture time.
export default memo(CreditGaugeChart);
