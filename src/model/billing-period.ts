import { daysInMonth } from '@/lib/iso-date-time';
import { formatInteger, formatPercent } from '@/lib/format';

/**
 * The current billing period and where `now` stands in it, always in UTC (the API's periods
 * are UTC instants; the display time zone must not move a day boundary), and a linear
 * projection of the period's usage against the tier allowance.
 *
 * Period bounds: the start is inclusive, the end exclusive (the first instant of the next
 * period, as Stripe's period_end is and as "2025-12-01T00:00:00Z … 2026-01-01T00:00:00Z"
 * reads). An end given as the last second of a day (23:59:59, any fraction) is read as
 * inclusive and moved to the following midnight, so both conventions give the same period.
 */

export const DAY_MS = 86_400_000;
/** No projection before this many whole days of the period have passed: too little to go on. */
const PROJECTION_MIN_DAYS = 3;

export interface BillingPeriod {
  start: Date;
  /** Exclusive. */
  end: Date;
  /** From the API's billing_period_start/_end, or worked out from billing_cycle_start. */
  source: 'api' | 'cycle-start';
}

function exclusiveEnd(end: Date): Date {
  const lastSecondOfDay = end.getUTCHours() === 23 && end.getUTCMinutes() === 59 && end.getUTCSeconds() === 59;
  return lastSecondOfDay ? new Date(Math.floor(end.getTime() / 1000) * 1000 + 1000) : end;
}

/** The period the API gives; null without both bounds or when it would not be forward. */
export function periodFromApi(start: Date | null, end: Date | null): BillingPeriod | null {
  if (start === null || end === null) return null;
  const normalised = exclusiveEnd(end);
  return normalised.getTime() > start.getTime() ? { start, end: normalised, source: 'api' } : null;
}

/** 00:00 UTC on the cycle day of a month; months shorter than the cycle day start on their last day. */
function cycleBoundary(year: number, monthIndex: number, cycleStart: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, 1);
  const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()];
  date.setUTCDate(Math.min(cycleStart, daysInMonth(y, m + 1)));
  return date;
}

/**
 * The period containing `now` for a cycle that starts on day `cycleStart` (1–31) of each
 * month at 00:00 UTC. In a month without that day the cycle starts on its last day: a cycle
 * on the 31st runs Oct 31 → Nov 30 → Dec 31, and Jan 31 → Feb 28 (29) → Mar 31.
 */
export function periodFromCycleStart(cycleStart: number, now: Date): BillingPeriod {
  if (!Number.isInteger(cycleStart) || cycleStart < 1 || cycleStart > 31) {
    throw new RangeError(`A billing cycle starts on a day from 1 to 31, not ${cycleStart}`);
  }
  const [year, month] = [now.getUTCFullYear(), now.getUTCMonth()];
  const boundary = cycleBoundary(year, month, cycleStart);
  return now.getTime() >= boundary.getTime()
    ? { start: boundary, end: cycleBoundary(year, month + 1, cycleStart), source: 'cycle-start' }
    : { start: cycleBoundary(year, month - 1, cycleStart), end: boundary, source: 'cycle-start' };
}

/** The API's period when it gives one, else the one worked out from the organization's cycle day. */
export function resolveBillingPeriod(input: {
  periodStart: Date | null;
  periodEnd: Date | null;
  cycleStart: number | null;
  now: Date;
}): BillingPeriod | null {
  const fromApi = periodFromApi(input.periodStart, input.periodEnd);
  if (fromApi) return fromApi;
  return input.cycleStart === null ? null : periodFromCycleStart(input.cycleStart, input.now);
}

export interface PeriodProgress {
  state: 'not-started' | 'in-progress' | 'ended';
  /** 1 on the period's first 24 hours, `days` on its last; clamped to 1…days outside it. */
  day: number;
  /** The period's length in days (whole days for any period that starts and ends at the same time of day). */
  days: number;
  /** The part of the period that has passed, 0…1. */
  elapsedFraction: number;
  elapsedMs: number;
}

export function periodProgress(period: BillingPeriod, now: Date): PeriodProgress {
  const length = period.end.getTime() - period.start.getTime();
  const elapsed = Math.min(Math.max(now.getTime() - period.start.getTime(), 0), length);
  const days = Math.max(1, Math.ceil(length / DAY_MS));
  const state =
    now.getTime() < period.start.getTime()
      ? 'not-started'
      : now.getTime() >= period.end.getTime()
        ? 'ended'
        : 'in-progress';
  return {
    state,
    day: Math.min(days, Math.floor(elapsed / DAY_MS) + 1),
    days,
    elapsedFraction: elapsed / length,
    elapsedMs: elapsed,
  };
}

/** "Day 12 of 30". */
export function periodDayText(progress: PeriodProgress, locale?: string): string {
  if (progress.state === 'not-started') return 'The billing period has not started';
  if (progress.state === 'ended') return 'The billing period has ended';
  return `Day ${formatInteger(progress.day, locale)} of ${formatInteger(progress.days, locale)}`;
}

type ProjectionStatus =
  /** Usage already exceeds the allowance (a projection may be given too). */
  | 'over'
  /** On pace to end the period above the allowance. */
  | 'above'
  /** On pace to end it within the allowance. */
  | 'within'
  /** A projection, but no allowance to compare it with (enterprise without a typed-in one). */
  | 'no-allowance'
  /** In the first PROJECTION_MIN_DAYS days: no projection. */
  | 'too-early'
  /** `now` is outside the period (stale data): no projection. */
  | 'not-in-period'
  | 'no-usage';

export interface UsageProjection {
  progress: PeriodProgress;
  usage: number | null;
  allowance: number | null;
  /** usage ÷ allowance × 100, unclamped. */
  usedPercent: number | null;
  /** An estimate: usage so far ÷ part of the period passed, in whole credits. */
  projected: number | null;
  /** (projected − allowance) ÷ allowance × 100: positive above the allowance, negative below. */
  differencePercent: number | null;
  status: ProjectionStatus;
}

/** Projects the period's usage linearly from the usage so far, and compares it with the allowance. */
export function projectUsage(input: {
  period: BillingPeriod;
  now: Date;
  usage: number | null;
  allowance: number | null;
}): UsageProjection {
  const { usage, allowance } = input;
  const progress = periodProgress(input.period, input.now);
  const usedPercent = usage !== null && allowance !== null && allowance > 0 ? (usage / allowance) * 100 : null;
  const base = { progress, usage, allowance, usedPercent, projected: null, differencePercent: null };
  if (usage === null) return { ...base, status: 'no-usage' };
  if (progress.state !== 'in-progress') return { ...base, status: 'not-in-period' };
  const over = usedPercent !== null && usedPercent > 100;
  if (progress.elapsedMs < PROJECTION_MIN_DAYS * DAY_MS) return { ...base, status: over ? 'over' : 'too-early' };
  const projected = Math.round(usage / progress.elapsedFraction);
  if (allowance === null || allowance <= 0) return { ...base, projected, status: 'no-allowance' };
  const differencePercent = ((projected - allowance) / allowance) * 100;
  const status = over ? 'over' : projected > allowance ? 'above' : 'within';
  return { ...base, projected, differencePercent, status };
}

/**
 * The projection in words, labelled as an estimate: "Estimate: on pace for 128,000 credits,
 * 28% above the Pro allowance". `tierLabel` names the allowance ("Pro"); null says "the allowance".
 */
export function projectionText(projection: UsageProjection, tierLabel: string | null, locale?: string): string {
  const allowance = tierLabel ? `the ${tierLabel} allowance` : 'the allowance';
  const pace =
    projection.projected === null ? null : `on pace for ${formatInteger(projection.projected, locale)} credits`;
  const vs = (percent: number) =>
    percent > 0
      ? `${formatPercent(percent, locale)} above ${allowance}`
      : `${formatPercent(percent + 100, locale)} of ${allowance}`;
  switch (projection.status) {
    case 'no-usage':
      return 'Usage this period not reported';
    case 'not-in-period':
      return 'No estimate: the billing period shown is not the current one';
    case 'too-early':
      return `Too early for an estimate: the period’s first ${PROJECTION_MIN_DAYS} days`;
    case 'no-allowance':
      return `Estimate: ${pace}`;
    case 'over': {
      const already = `Already ${vs((projection.usedPercent ?? 0) - 100)}`;
      return pace ? `${already}; estimate: ${pace}` : already;
    }
    case 'above':
    case 'within':
      return `Estimate: ${pace}, ${vs(projection.differencePercent ?? 0)}`;
  }
}
