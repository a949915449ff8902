import { formatCompact, formatPercent } from '@/lib/format';
import { allowanceAmount, type AllowanceSource } from './allowance';

/** Below this share of the monthly allowance the balance is flagged as low. */
export const LOW_BALANCE_PERCENT = 10;

export type BalanceStatus = 'over' | 'ok' | 'low' | 'empty' | 'negative' | 'no-allowance' | 'not-reported';

export interface GaugeModel {
  balance: number | null;
  allowance: AllowanceSource;
  /** balance ÷ allowance × 100, unclamped; null without both numbers. */
  percent: number | null;
  status: BalanceStatus;
  /**
   * Arc segments in percent of the allowance. The arc spans 0..scaleMax: 100 when the
   * balance is within the allowance, else the next multiple of 100 above it, so the angle
   * always measures the value and the part above the allowance is its own segment.
   */
  segments: { within: number; over: number; rest: number; scaleMax: number };
}

export function gaugeModel(balance: number | null, allowance: AllowanceSource): GaugeModel {
  const amount = allowanceAmount(allowance);
  const percent = balance !== null && amount !== null ? (balance / amount) * 100 : null;
  return { balance, allowance, percent, status: balanceStatus(balance, percent), segments: arcSegments(percent) };
}

function balanceStatus(balance: number | null, percent: number | null): BalanceStatus {
  if (balance === null) return 'not-reported';
  if (balance < 0) return 'negative';
  if (balance === 0) return 'empty';
  if (percent === null) return 'no-allowance';
  if (percent > 100) return 'over';
  if (percent < LOW_BALANCE_PERCENT) return 'low';
  return 'ok';
}

function arcSegments(percent: number | null): GaugeModel['segments'] {
  if (percent === null || !Number.isFinite(percent) || percent <= 0) {
    return { within: 0, over: 0, rest: 100, scaleMax: 100 };
  }
  if (percent <= 100) return { within: percent, over: 0, rest: 100 - percent, scaleMax: 100 };
  const scaleMax = Math.ceil(percent / 100) * 100;
  return { within: 100, over: percent - 100, rest: scaleMax - percent, scaleMax };
}

/** A gauge's percentage as its centre can hold it: exact up to 9,999%, compact beyond ("12K%"). */
export function gaugeCentreText(percent: number | null): string | null {
  if (percent === null) return null;
  return percent >= 10_000 ? `${formatCompact(percent)}%` : formatPercent(percent);
}
