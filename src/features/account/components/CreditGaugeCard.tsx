import { useId, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/buttons';
import { Card } from '@/components/Card';
import { formatCompact, formatInteger, formatPercent } from '@/lib/format';
import { usePrefersReducedMotion, usePrinting } from '@/lib/use-media-query';
import { balanceStatusText, balanceStatusTone } from '@/model/balance-status';
import { gaugeModel, parseAllowanceInput, resolveAllowance, type GaugeModel } from '@/model/credit-gauge';
import { customAllowanceKey, useCustomAllowance } from '../model/custom-allowance';
import type { Organization } from '@/model/organization';
import { TIER_SOURCE, TIER_SOURCE_DETAIL, TIERS } from '@/model/tiers';
import { GAUGE_CENTER, GAUGE_HEIGHT, GAUGE_RADII, GAUGE_WIDTH } from './gauge-geometry';
import { ChartCardActions } from './ChartCardActions';
import { NotReported } from './FieldValue';
import { CARD_TEXT, HEADLINE_CARD_MIN_HEIGHT } from './layout';
import { ChartSlot, CreditGaugeChart } from './lazy-charts';
import { StatusLine } from './StatusLine';
import { ExportFooter } from '@/features/share/components/ExportFooter';

function AllowanceForm({ current, onSave }: { current: number | null; onSave: (amount: number | null) => void }) {
  const [text, setText] = useState(current === null ? '' : String(current));
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAllowanceInput(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    onSave(parsed.amount);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 rounded-lg bg-surface-muted p-3">
      <label htmlFor={inputId} className="block text-sm font-medium">
        Contracted monthly allowance (credits)
      </label>
      <div className="mt-1.5 flex flex-wrap gap-2">
        <input
          id={inputId}
          inputMode="numeric"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="for example 5,000,000"
          className="tabular min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm"
        />
        <button type="submit" className={buttonClass.secondary}>
          {current === null ? 'Use this allowance' : 'Update'}
        </button>
        {current !== null ? (
          <button type="button" className={buttonClass.ghost} onClick={() => onSave(null)}>
            Clear
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-1.5 text-sm text-danger">
          {error}
        </p>
      ) : (
        <p className="mt-1.5 text-xs text-ink-muted">
          Enterprise allowances are set by contract. Kept in this tab only.
        </p>
      )}
    </form>
  );
}

const tierAllowancesText = TIERS.map(
  (t) => `${t.label} ${t.monthlyAllowance === null ? 'by contract' : formatInteger(t.monthlyAllowance)}`,
).join(' · ');

/** A tick across the ring where the allowance (100%) ends, when the arc goes beyond it. */
function AllowanceMarker({ scaleMax }: { scaleMax: number }) {
  const angle = Math.PI * (1 - 100 / scaleMax); // 0 at the right end, π at the left
  const point = (r: number) => [GAUGE_CENTER.x + r * Math.cos(angle), GAUGE_CENTER.y - r * Math.sin(angle)] as const;
  const [x1, y1] = point(GAUGE_RADII.inner - 4);
  const [x2, y2] = point(GAUGE_RADII.outer + 4);
  return (
    <svg aria-hidden width={GAUGE_WIDTH} height={GAUGE_HEIGHT} className="pointer-events-none absolute left-0 top-0">
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="var(--ink)" strokeWidth={2} data-testid="allowance-marker" />
    </svg>
  );
}

function allowanceText(model: GaugeModel): string | null {
  const a = model.allowance;
  if (a.kind === 'published') return `monthly allowance ${formatInteger(a.amount)} (${a.tier.label})`;
  if (a.kind === 'custom') return `contracted monthly allowance ${formatInteger(a.amount)} (${a.tier.label})`;
  if (a.kind === 'custom-needed') return `custom allowance (${a.tier.label})`;
  if (a.kind === 'unknown-tier') return 'allowance unknown';
  return null;
}

export function CreditGaugeCard({ org }: { org: Organization }) {
  const [customAllowance, setCustomAllowance] = useCustomAllowance(customAllowanceKey(org));
  const reducedMotion = usePrefersReducedMotion();
  const printing = usePrinting();
  const model = gaugeModel(org.creditCount, resolveAllowance(org.accountType, customAllowance));
  const percentText = model.percent === null ? null : formatPercent(model.percent);
  // The exact figure is written out beside the gauge; its centre stays short enough to fit.
  const gaugeCentreText =
    model.percent === null ? null : model.percent >= 10_000 ? `${formatCompact(model.percent)}%` : percentText;
  const needsCustom = model.allowance.kind === 'custom-needed' || model.allowance.kind === 'custom';
  const statusText = balanceStatusText(model);
  const allowanceAmount =
    model.allowance.kind === 'published' || model.allowance.kind === 'custom' ? model.allowance.amount : null;
  const statusId = useId();
  const [asTable, setAsTable] = useState(false);

  return (
    <Card
      id="credit-card"
      title={CARD_TEXT.credits.title}
      subtitle={CARD_TEXT.credits.subtitle}
      className={HEADLINE_CARD_MIN_HEIGHT}
      actions={
        <ChartCardActions
          cardId="credit-card"
          cardTitle={CARD_TEXT.credits.title}
          asTable={asTable}
          onToggle={() => setAsTable((v) => !v)}
          chartName="gauge"
        />
      }
      footer={<ExportFooter scope="card" />}
    >
      <div className="flex flex-col items-center gap-5 sm:flex-row sm:items-center">
        {asTable ? (
          <table className="w-full text-sm sm:w-60" data-testid="credit-table">
            <caption className="sr-only">Credit balance against the monthly allowance</caption>
            <tbody>
              <tr className="border-b border-line">
                <th scope="row" className="py-1.5 text-left font-medium">
                  Credit balance
                </th>
                <td className="tabular py-1.5 text-right">
                  {model.balance === null ? <NotReported /> : formatInteger(model.balance)}
                </td>
              </tr>
              <tr className="border-b border-line">
                <th scope="row" className="py-1.5 text-left font-medium">
                  Monthly allowance
                </th>
                <td className="tabular py-1.5 text-right">
                  {allowanceAmount === null ? (
                    <NotReported>{allowanceText(model) ?? 'unknown'}</NotReported>
                  ) : (
                    formatInteger(allowanceAmount)
                  )}
                </td>
              </tr>
              <tr>
                <th scope="row" className="py-1.5 text-left font-medium">
                  Share of the allowance
                </th>
                <td className="tabular py-1.5 text-right">{percentText ?? <NotReported>not available</NotReported>}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          <div
            className="relative shrink-0"
            style={{ width: GAUGE_WIDTH, height: GAUGE_HEIGHT + 24 }}
            data-testid="credit-gauge"
            data-percent={model.percent ?? ''}
            data-scale-max={model.segments.scaleMax}
          >
            <div
              {...(model.percent !== null && Number.isFinite(model.percent)
                ? {
                    role: 'meter',
                    'aria-valuemin': 0,
                    'aria-valuemax': model.segments.scaleMax,
                    'aria-valuenow': Math.max(0, Math.min(model.percent, model.segments.scaleMax)),
                    'aria-valuetext': `${percentText} of the monthly allowance: ${formatInteger(model.balance ?? 0)} of ${allowanceAmount === null ? '' : formatInteger(allowanceAmount)} credits. ${statusText}.`,
                  }
                : { role: 'img' })}
              aria-label="Credit balance against the monthly allowance"
              aria-describedby={statusId}
              data-testid="gauge-meter"
            >
              <ChartSlot placeholder={<div style={{ width: GAUGE_WIDTH, height: GAUGE_HEIGHT }} />}>
                <CreditGaugeChart segments={model.segments} animate={!reducedMotion && !printing} />
              </ChartSlot>
            </div>
            {model.segments.over > 0 ? <AllowanceMarker scaleMax={model.segments.scaleMax} /> : null}
            <div className="pointer-events-none absolute inset-x-0 text-center" style={{ top: GAUGE_HEIGHT - 52 }}>
              <p
                className={`tabular font-semibold ${(gaugeCentreText?.length ?? 0) > 6 ? 'text-base' : 'text-2xl'}`}
                data-testid="gauge-percent"
                title={percentText ?? undefined}
              >
                {gaugeCentreText ?? '—'}
              </p>
            </div>
            <div aria-hidden className="tabular flex justify-between px-1 text-xs text-ink-muted">
              <span>0%</span>
              <span>{formatPercent(model.segments.scaleMax)}</span>
            </div>
          </div>
        )}

        <div className="min-w-0 flex-1 space-y-2">
          <p className="text-2xl font-semibold break-words tabular" data-testid="gauge-balance">
            {model.balance === null ? (
              <NotReported>Balance not reported</NotReported>
            ) : (
              `${formatInteger(model.balance)} credits`
            )}
          </p>
          {model.balance !== null && !Number.isSafeInteger(model.balance) ? (
            <p className="text-xs text-ink-muted">Approximate: the number is too large to be represented exactly.</p>
          ) : null}
          {allowanceText(model) ? <p className="text-sm text-ink-muted">{allowanceText(model)}</p> : null}
          {percentText ? (
            <p className="text-sm break-words" data-testid="gauge-percent-words">
              <span className="tabular font-semibold">{percentText}</span> of the monthly allowance
            </p>
          ) : null}
          <StatusLine id={statusId} tone={balanceStatusTone(model.status)}>
            {statusText}
          </StatusLine>
          {model.segments.over > 0 ? (
            <p className="flex items-center gap-3 text-xs text-ink-muted">
              <span className="inline-flex items-center gap-1">
                <span
                  aria-hidden
                  className="inline-block h-2.5 w-2.5 rounded-sm"
                  style={{ background: 'var(--chart-within)' }}
                />
                up to the allowance
              </span>
              <span className="inline-flex items-center gap-1">
                <span
                  aria-hidden
                  className="inline-block h-2.5 w-2.5 rounded-sm"
                  style={{
                    background:
                      'repeating-linear-gradient(45deg, var(--chart-over) 0 3px, color-mix(in srgb, var(--chart-over) 45%, var(--surface)) 3px 5px)',
                  }}
                />
                above the allowance
              </span>
            </p>
          ) : null}
        </div>
      </div>
      {needsCustom ? (
        <AllowanceForm key={customAllowance ?? 'none'} current={customAllowance} onSave={setCustomAllowance} />
      ) : null}
      <p className="mt-4 text-xs text-ink-muted" title={TIER_SOURCE_DETAIL}>
        {TIER_SOURCE}, credits a month: {tierAllowancesText}.
      </p>
    </Card>
  );
}
