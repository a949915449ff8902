import type { BalanceStatus, GaugeModel } from './credit-gauge';
import { LOW_BALANCE_PERCENT } from './credit-gauge';

/** What each balance state is called on screen; the colour only ever repeats these words. */
export function balanceStatusText(model: GaugeModel): string {
  const texts: Record<BalanceStatus, string> = {
    over: 'Above the monthly allowance',
    ok: 'Within the monthly allowance',
    low: `Low balance: under ${LOW_BALANCE_PERCENT}% of the monthly allowance`,
    empty: 'No credits left',
    negative: 'Negative balance: more credits used than available',
    'not-reported': 'Balance not reported',
    'no-allowance': noAllowanceText(model),
  };
  return texts[model.status];
}

function noAllowanceText(model: GaugeModel): string {
  switch (model.allowance.kind) {
    case 'custom-needed':
      return 'Custom allowance: enter the contracted monthly allowance to compare';
    case 'unknown-tier':
      return `Allowance unknown for the "${model.allowance.accountType}" tier`;
    default:
      return 'Allowance unknown: the account type was not reported';
  }
}

export type StatusTone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral';

export function balanceStatusTone(status: BalanceStatus): StatusTone {
  switch (status) {
    case 'ok':
      return 'ok';
    case 'low':
      return 'warn';
    case 'empty':
    case 'negative':
      return 'danger';
    case 'over':
      return 'info';
    default:
      return 'neutral';
  }
}
