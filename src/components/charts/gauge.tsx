import { useId, type ReactNode } from 'react';
import { formatPercent } from '@/lib/format';
import { arcAngle, arcPoint, GAUGE_HEIGHT, GAUGE_RADII, GAUGE_WIDTH, sectorPath } from './gauge-geometry';

/** Arc segments in percent of the limit: within it, above it (striped), and the rest of the scale. */
export interface GaugeSegments {
  within: number;
  over: number;
  rest: number;
  scaleMax: number;
}

interface GaugeMark {
  /** Where the mark sits, in percent of the limit (100 = the limit itself). */
  percent: number;
  /** Drawn bold (the limit) or thin (an alert threshold). */
  strong: boolean;
  testId?: string;
}

interface GaugeProps {
  segments: GaugeSegments;
  /** The value in percent of the limit; null: nothing to measure (the gauge shows "—"). */
  percent: number | null;
  /** What the centre says, short enough to fit ("250%", "1.2K%"). */
  centreText: string | null;
  /** The exact figure, when the centre text is shortened. */
  centreTitle?: string | undefined;
  label: string;
  /** The whole reading in words, for assistive technology. */
  valueText: string;
  /** The element that says the state in words. */
  describedBy: string;
  marks: readonly GaugeMark[];
  testIds: { gauge: string; centre: string };
}

const ARC_FILL = { within: 'var(--chart-within)', rest: 'var(--chart-track)' } as const;

/** The segments that have a length, each as its share of the sweep (0 at the left end, 1 at the right). */
function arcs({ within, over, rest }: GaugeSegments) {
  const total = within + over + rest;
  if (!(total > 0)) return [];
  const parts = [
    { name: 'within', size: within },
    { name: 'over', size: over },
    { name: 'rest', size: rest },
  ] as const;
  let start = 0;
  return parts.flatMap(({ name, size }) => {
    const from = start / total;
    start += size;
    return size > 0 ? [{ name, from, to: start / total }] : [];
  });
}

/**
 * A three-quarter-width ring that measures: 0 at its left end, 100% of the limit at the end
 * of the main arc, and the part above the limit as a striped segment of its own. A `meter`
 * with its value in words; the credit balance and the spending budget both use it.
 */
export function Gauge({
  segments,
  percent,
  centreText,
  centreTitle,
  label,
  valueText,
  describedBy,
  marks,
  testIds,
}: GaugeProps) {
  const stripes = useId();
  const measurable = percent !== null && Number.isFinite(percent);
  const meter = measurable
    ? {
        role: 'meter',
        'aria-valuemin': 0,
        'aria-valuemax': segments.scaleMax,
        'aria-valuenow': Math.max(0, Math.min(percent, segments.scaleMax)),
        'aria-valuetext': valueText,
      }
    : { role: 'img' };
  const shown = marks.filter((mark) => mark.percent > 0 && mark.percent < segments.scaleMax);
  return (
    <div
      className="relative shrink-0"
      style={{ width: GAUGE_WIDTH, height: GAUGE_HEIGHT + 24 }}
      data-testid={testIds.gauge}
      data-percent={percent ?? ''}
      data-scale-max={segments.scaleMax}
    >
      <div {...meter} aria-label={label} aria-describedby={describedBy}>
        <svg aria-hidden width={GAUGE_WIDTH} height={GAUGE_HEIGHT} className="block">
          <defs>
            <pattern id={stripes} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="var(--chart-over)" />
              <rect width="2.5" height="6" fill="var(--surface)" opacity="0.55" />
            </pattern>
          </defs>
          {arcs(segments).map((arc) => (
            <path
              key={arc.name}
              d={sectorPath(arc.from, arc.to)}
              fill={arc.name === 'over' ? `url(#${stripes})` : ARC_FILL[arc.name]}
              className="gauge-segment"
              data-segment={arc.name}
              data-start-angle={arcAngle(arc.from)}
              data-end-angle={arcAngle(arc.to)}
            />
          ))}
          {shown.map((mark) => {
            const share = mark.percent / segments.scaleMax;
            const [x1, y1] = arcPoint(share, GAUGE_RADII.inner - 4);
            const [x2, y2] = arcPoint(share, GAUGE_RADII.outer + 4);
            return (
              <line
                key={mark.percent}
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke={mark.strong ? 'var(--ink)' : 'var(--ink-muted)'}
                strokeWidth={mark.strong ? 2 : 1.5}
                strokeDasharray={mark.strong ? undefined : '3 2'}
                data-testid={mark.testId}
              />
            );
          })}
        </svg>
      </div>
      <div className="pointer-events-none absolute inset-x-0 text-center" style={{ top: GAUGE_HEIGHT - 52 }}>
        <p
          className={`tabular font-semibold ${(centreText?.length ?? 0) > 6 ? 'text-base' : 'text-2xl'}`}
          data-testid={testIds.centre}
          title={centreTitle}
        >
          {centreText ?? '—'}
        </p>
      </div>
      <div aria-hidden className="tabular flex justify-between px-1 text-xs text-ink-muted">
        <span>0%</span>
        <span>{formatPercent(segments.scaleMax)}</span>
      </div>
    </div>
  );
}

/** The legend under a gauge whose value is above its limit. */
export function OverLimitLegend({ within, over }: { within: ReactNode; over: ReactNode }) {
  return (
    <p className="flex flex-wrap items-center gap-3 text-xs text-ink-muted">
      <span className="inline-flex items-center gap-1">
        <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm bg-[var(--chart-within)]" />
        {within}
      </span>
      <span className="inline-flex items-center gap-1">
        <span aria-hidden className="gauge-over-swatch inline-block h-2.5 w-2.5 rounded-sm" />
        {over}
      </span>
    </p>
  );
}
