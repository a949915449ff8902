import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { barChartHeight } from '@/lib/chart-scale';
import { CARD_TEXT, DASHBOARD_GRID, HEADLINE_CARD_MIN_HEIGHT } from './dashboard-layout';

function Block({ className, height }: { className: string; height?: number }) {
  return (
    <div style={height ? { height } : undefined} className={`animate-pulse rounded-md bg-surface-muted ${className}`} />
  );
}

/** The room a card's title-row actions take. */
const ActionsPlaceholder = () => <div className="h-9 w-8" />;

/** Placeholders in the real cards, with their sizes, so nothing moves when the data arrives. */
export function DashboardSkeleton({ status }: { status: ReactNode }) {
  return (
    <div data-testid="dashboard-skeleton">
      <div role="status" className="mb-3 min-h-5 text-sm text-ink-muted">
        {status}
      </div>
      <div aria-hidden className={DASHBOARD_GRID}>
        <Card
          name="account-skeleton"
          title={CARD_TEXT.account.title}
          className={HEADLINE_CARD_MIN_HEIGHT}
          withExtras={false}
          actions={<ActionsPlaceholder />}
        >
          <div className="mb-4 flex items-center gap-3">
            <Block className="h-12 w-12 rounded-full" />
            <div className="flex-1 space-y-2">
              <Block className="h-5 w-2/3" />
              <Block className="h-4 w-16" />
            </div>
          </div>
          {Array.from({ length: 6 }, (_, i) => (
            <Block key={i} className="mb-3 h-5 w-full" />
          ))}
        </Card>
        <Card
          name="credit-skeleton"
          title={CARD_TEXT.credits.title}
          subtitle={CARD_TEXT.credits.subtitle}
          className={HEADLINE_CARD_MIN_HEIGHT}
          withExtras={false}
          actions={<ActionsPlaceholder />}
        >
          <div className="flex flex-col items-center gap-5 sm:flex-row">
            <Block className="h-[156px] w-[240px] rounded-t-full" />
            <div className="w-full flex-1 space-y-3">
              <Block className="h-8 w-3/4" />
              <Block className="h-4 w-full" />
              <Block className="h-4 w-1/2" />
            </div>
          </div>
        </Card>
        <Card
          name="rate-limit-skeleton"
          title={CARD_TEXT.rateLimits.title}
          subtitle={CARD_TEXT.rateLimits.subtitle}
          className="lg:col-span-2"
          withExtras={false}
        >
          <Block className="w-full" height={barChartHeight(5)} />
        </Card>
      </div>
    </div>
  );
}
