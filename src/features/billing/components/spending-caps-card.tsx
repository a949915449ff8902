import { useId } from 'react';
import { Gauge, OverLimitLegend } from '@/components/charts/gauge';
import { StatusLine } from '@/components/status-line';
import type { StatusTone } from '@/model/balance-status';
import type { SpendingCaps } from '@/model/billing';
import { gaugeCentreText } from '@/model/credit-gauge';
import { formatPercent } from '@/lib/format';
import {
  budgetStatusText,
  budgetSummaryText,
  hardCapText,
  spendingBudgetModel,
  type BudgetStatus,
} from '@/model/spending-budget';
import { BillingCard, type BillingQueryProps } from './billing-card';

const TONES: Record<BudgetStatus, StatusTone> = {
  within: 'ok',
  near: 'warn',
  reached: 'danger',
  over: 'danger',
  'no-budget': 'neutral',
  'not-reported': 'neutral',
};

/** This cycle's spending against the monthly budget, in the credit gauge's terms, with the alert thresholds on it. */
export function SpendingCapsCard(query: BillingQueryProps<SpendingCaps>) {
  const statusId = useId();
  return (
    <BillingCard
      name="spending"
      title="Spending caps"
      subtitle="This billing cycle against the monthly budget"
      {...query}
    >
      {(caps) => {
        const model = spendingBudgetModel(caps);
        const percentText = model.percent === null ? null : formatPercent(model.percent);
        return (
          <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-start">
            {model.budgetCents !== null ? (
              <Gauge
                segments={model.segments}
                percent={model.percent}
                centreText={gaugeCentreText(model.percent)}
                centreTitle={percentText ?? undefined}
                label="Spending against the monthly budget"
                valueText={`${budgetSummaryText(model)}. ${budgetStatusText(model.status)}.`}
                describedBy={statusId}
                marks={[
                  ...(model.segments.over > 0 ? [{ percent: 100, strong: true, testId: 'budget-marker' }] : []),
                  ...model.marks.map((mark) => ({ percent: mark.percent, strong: false, testId: 'threshold-marker' })),
                ]}
                testIds={{ gauge: 'budget-gauge', centre: 'budget-percent' }}
              />
            ) : null}
            <div className="min-w-0 flex-1 space-y-2 text-sm">
              <p className="text-lg font-semibold tabular" data-testid="budget-summary">
                {budgetSummaryText(model)}
              </p>
              <StatusLine id={statusId} tone={TONES[model.status]}>
                {budgetStatusText(model.status)}
              </StatusLine>
              {model.marks.length > 0 ? (
                <p data-testid="alert-thresholds">
                  Alerts at {model.marks.map((m) => formatPercent(m.percent)).join(', ')}
                  {model.alertsEnabled === false ? ' (alerts are off)' : ''}.{' '}
                  {model.alertsSent.length > 0
                    ? `Sent this cycle: ${model.alertsSent.map((p) => formatPercent(p)).join(', ')}.`
                    : 'None sent this cycle.'}
                </p>
              ) : null}
              <p data-testid="hard-cap">{hardCapText(model)}</p>
              {model.segments.over > 0 ? <OverLimitLegend within="up to the budget" over="above the budget" /> : null}
              {model.notes.map((note) => (
                <p key={note} className="text-xs text-ink-muted">
                  {note}
                </p>
              ))}
            </div>
          </div>
        );
      }}
    </BillingCard>
  );
}
