import { useId, useState } from 'react';
import { Gauge, OverLimitLegend } from '@/components/charts/gauge';
import { NotReported } from '@/components/not-reported';
import { StatusLine } from '@/components/status-line';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import { formatInteger, formatPercent } from '@/lib/format';
import { allowanceAmount, allowanceWords, type AllowanceSource } from '@/model/allowance';
import { balanceStatusText, balanceStatusTone } from '@/model/balance-status';
import { gaugeCentreText, gaugeModel } from '@/model/credit-gauge';
import { TIER_SOURCE, TIER_SOURCE_DETAIL, TIERS } from '@/model/tiers';
import { AllowanceForm } from './allowance-form';
import { CARD_TEXT, HEADLINE_CARD_MIN_HEIGHT } from '@/components/dashboard-layout';
import { ViewToggle } from '@/components/ui/view-toggle';

const tierAllowancesText = TIERS.map(
  (t) => `${t.label} ${t.monthlyAllowance === null ? 'by contract' : formatInteger(t.monthlyAllowance)}`,
).join(' · ');

interface CreditGaugeCardProps {
  balance: number | null;
  allowance: AllowanceSource;
  /** The contracted allowance typed in for an enterprise organization, and how to change it. */
  customAllowance: number | null;
  onCustomAllowanceChange: (amount: number | null) => void;
}

/** The credit balance against the tier's monthly allowance: a gauge (or a table), the figures and the state in words. */
export function CreditGaugeCard({
  balance,
  allowance,
  customAllowance,
  onCustomAllowanceChange,
}: CreditGaugeCardProps) {
  const model = gaugeModel(balance, allowance);
  const words = allowanceWords(allowance);
  const amount = allowanceAmount(allowance);
  const percentText = model.percent === null ? null : formatPercent(model.percent);
  const statusText = balanceStatusText(model);
  const statusId = useId();
  const [asTable, setAsTable] = useState(false);
  const needsCustom = allowance.kind === 'custom-needed' || allowance.kind === 'custom';
  const rows = [
    { label: 'Credit balance', value: balance === null ? <NotReported /> : formatInteger(balance) },
    {
      label: 'Monthly allowance',
      value: amount === null ? <NotReported>{words.phrase ?? 'unknown'}</NotReported> : formatInteger(amount),
    },
    { label: 'Share of the allowance', value: percentText ?? <NotReported>not available</NotReported> },
  ];

  return (
    <Card
      name="credit"
      title={CARD_TEXT.credits.title}
      subtitle={CARD_TEXT.credits.subtitle}
      className={HEADLINE_CARD_MIN_HEIGHT}
      actions={<ViewToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} chartName="gauge" />}
    >
      <div className="gauge-layout flex flex-col items-center gap-5 sm:flex-row sm:items-center">
        {asTable ? (
          <Table
            caption="Credit balance against the monthly allowance"
            testId="credit-table"
            className="sm:w-60"
            headersHidden
            rows={rows}
            rowKey={(row) => row.label}
            columns={[
              { key: 'fact', label: 'Fact', rowHeader: true, cell: (row) => row.label },
              { key: 'value', label: 'Value', align: 'end', className: 'tabular', cell: (row) => row.value },
            ]}
          />
        ) : (
          <Gauge
            segments={model.segments}
            percent={model.percent}
            centreText={gaugeCentreText(model.percent)}
            centreTitle={percentText ?? undefined}
            label="Credit balance against the monthly allowance"
            valueText={`${percentText} of the monthly allowance: ${formatInteger(balance ?? 0)} of ${amount === null ? '' : formatInteger(amount)} credits. ${statusText}.`}
            describedBy={statusId}
            marks={model.segments.over > 0 ? [{ percent: 100, strong: true, testId: 'allowance-marker' }] : []}
            testIds={{ gauge: 'credit-gauge', centre: 'gauge-percent' }}
          />
        )}

        <div className="min-w-0 flex-1 space-y-2">
          <p className="text-2xl font-semibold break-words tabular" data-testid="gauge-balance">
            {balance === null ? <NotReported>Balance not reported</NotReported> : `${formatInteger(balance)} credits`}
          </p>
          {balance !== null && !Number.isSafeInteger(balance) ? (
            <p className="text-xs text-ink-muted">Approximate: the number is too large to be represented exactly.</p>
          ) : null}
          {words.phrase ? <p className="text-sm text-ink-muted">{words.phrase}</p> : null}
          {percentText ? (
            <p className="text-sm break-words" data-testid="gauge-percent-words">
              <span className="tabular font-semibold">{percentText}</span> of the monthly allowance
            </p>
          ) : null}
          <StatusLine id={statusId} tone={balanceStatusTone(model.status)}>
            {statusText}
          </StatusLine>
          {model.segments.over > 0 ? <OverLimitLegend within="up to the allowance" over="above the allowance" /> : null}
        </div>
      </div>
      {needsCustom ? (
        <AllowanceForm key={customAllowance ?? 'none'} current={customAllowance} onSave={onCustomAllowanceChange} />
      ) : null}
      <p className="mt-4 text-xs text-ink-muted" title={TIER_SOURCE_DETAIL}>
        {TIER_SOURCE}, credits a month: {tierAllowancesText}.
      </p>
    </Card>
  );
}
