import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { preloadable } from '@/lib/preloadable';
import { whenIdle } from '@/lib/when-idle';

/**
 * recharts is more JavaScript than the rest of the dashboard together, so the charts it draws
 * (below the fold) live in a chunk of their own, loaded when the first of them is about to
 * show and never on the headline path (docs/performance.md has the figures).
 */
type ChartModule = typeof import('./recharts-chunk');

/** The chunk as a component that draws with it: it suspends only until the chunk is here. */
const charts = preloadable(() =>
  import('./recharts-chunk').then(
    (module) =>
      function Charts({ draw }: { draw: (charts: ChartModule) => ReactNode }) {
        return draw(module);
      },
  ),
);

/**
 * Where a recharts chart goes, below the fold: its code loads and it mounts when its place
 * comes near the screen or the page is first idle, whichever is sooner (recharts' first mount
 * measures text and costs a phone tens of ms, so not on the path to the headline; but a
 * full-page capture or a print, taken without scrolling, must find it drawn); until then the
 * placeholder holds the place.
 */
export function ChartSlot({
  placeholder = null,
  chart,
}: {
  placeholder?: ReactNode;
  chart: (charts: ChartModule) => ReactNode;
}) {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const place = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !place.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(place.current);
    const cancelIdle = whenIdle(() => setNear(true), 2_000);
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [near]);
  return (
    <div ref={place} className="h-full w-full">
      {near ? (
        <Suspense fallback={placeholder}>
          <charts.Component draw={chart} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
