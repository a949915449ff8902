import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import sampleBillingSource from '@/samples/sample-billing.ts?raw';
import billingMonthsSource from './billing-months.ts?raw';
import billingPeriodSource from './billing-period.ts?raw';
import runwaySource from './runway.ts?raw';
import spendingBudgetSource from './spending-budget.ts?raw';
import usageHistorySource from './usage-history.ts?raw';
import {
  DAY_MS,
  periodDayText,
  periodFromApi,
  periodFromCycleStart,
  periodProgress,
  projectionText,
  projectUsage,
  resolveBillingPeriod,
  type BillingPeriod,
} from './billing-period';

const at = (iso: string) => new Date(iso);
const api = (start: string, end: string) => periodFromApi(at(start), at(end))!;
const iso = (period: BillingPeriod | null) => period && [period.start.toISOString(), period.end.toISOString()];

const NOV_2026 = api('2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');

describe('periodFromApi: the end is exclusive', () => {
  it('keeps an exclusive end (the first instant of the next period)', () => {
    expect(iso(NOV_2026)).toEqual(['2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(NOV_2026.source).toBe('api');
  });

  it.each(['2026-11-30T23:59:59Z', '2026-11-30T23:59:59.999Z', '2026-11-30T23:59:59.5Z'])(
    'reads an inclusive end (%s) as the following midnight',
    (end) => {
      expect(iso(periodFromApi(at('2026-11-01T00:00:00Z'), at(end)))).toEqual([
        '2026-11-01T00:00:00.000Z',
        '2026-12-01T00:00:00.000Z',
      ]);
    },
  );

  it('leaves other ends alone', () => {
    expect(iso(periodFromApi(at('2026-11-15T10:00:00Z'), at('2026-12-15T10:00:00Z')))?.[1]).toBe(
      '2026-12-15T10:00:00.000Z',
    );
    expect(iso(periodFromApi(at('2026-11-01T00:00:00Z'), at('2026-11-30T23:59:58Z')))?.[1]).toBe(
      '2026-11-30T23:59:58.000Z',
    );
  });

  it('gives null without both bounds, or for a period that does not go forward', () => {
    expect(periodFromApi(null, at('2026-12-01T00:00:00Z'))).toBeNull();
    expect(periodFromApi(at('2026-12-01T00:00:00Z'), null)).toBeNull();
    expect(periodFromApi(at('2026-12-01T00:00:00Z'), at('2026-12-01T00:00:00Z'))).toBeNull();
    expect(periodFromApi(at('2026-12-01T00:00:00Z'), at('2026-11-01T00:00:00Z'))).toBeNull();
  });
});

describe('periodFromCycleStart', () => {
  const period = (cycle: number, now: string) => iso(periodFromCycleStart(cycle, at(now)));

  it.each([
    [1, '2026-11-15T12:00:00Z', '2026-11-01', '2026-12-01'],
    [1, '2026-12-31T23:59:59.999Z', '2026-12-01', '2027-01-01'],
    [1, '2027-01-01T00:00:00Z', '2027-01-01', '2027-02-01'],
    [15, '2026-11-14T23:59:59Z', '2026-10-15', '2026-11-15'],
    [15, '2026-11-15T00:00:00Z', '2026-11-15', '2026-12-15'],
    [15, '2027-01-03T00:00:00Z', '2026-12-15', '2027-01-15'],
    // A cycle on the 31st in a 30-day month starts on its last day.
    [31, '2026-11-15T00:00:00Z', '2026-10-31', '2026-11-30'],
    [31, '2026-11-30T00:00:00Z', '2026-11-30', '2026-12-31'],
    [31, '2026-12-30T23:59:59Z', '2026-11-30', '2026-12-31'],
    // …and in February, leap or not.
    [31, '2027-02-10T00:00:00Z', '2027-01-31', '2027-02-28'],
    [31, '2027-02-28T00:00:00Z', '2027-02-28', '2027-03-31'],
    [31, '2028-02-28T23:59:59Z', '2028-01-31', '2028-02-29'],
    [31, '2028-02-29T00:00:00Z', '2028-02-29', '2028-03-31'],
    [30, '2027-03-01T00:00:00Z', '2027-02-28', '2027-03-30'],
    [29, '2027-02-28T00:00:00Z', '2027-02-28', '2027-03-29'],
    [29, '2028-02-28T00:00:00Z', '2028-01-29', '2028-02-29'],
    [31, '2026-12-31T00:00:00Z', '2026-12-31', '2027-01-31'],
  ])('cycle day %i at %s runs %s → %s', (cycle, now, start, end) => {
    expect(period(cycle, now)).toEqual([`${start}T00:00:00.000Z`, `${end}T00:00:00.000Z`]);
  });

  it.each([0, 32, 1.5, Number.NaN])('refuses cycle day %s', (cycle) => {
    expect(() => periodFromCycleStart(cycle, at('2026-11-01T00:00:00Z'))).toThrow(RangeError);
  });

  it('always contains now, starts at midnight UTC on the cycle day (or the month’s last) and chains on (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.date({ min: at('2000-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (cycle, now) => {
          const p = periodFromCycleStart(cycle, now);
          expect(p.start.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(p.end.getTime()).toBeGreaterThan(now.getTime());
          expect(p.start.getTime() % DAY_MS).toBe(0);
          const lastDay = new Date(Date.UTC(p.start.getUTCFullYear(), p.start.getUTCMonth() + 1, 0)).getUTCDate();
          expect(p.start.getUTCDate()).toBe(Math.min(cycle, lastDay));
          const next = periodFromCycleStart(cycle, p.end);
          expect(next.start.getTime()).toBe(p.end.getTime());
          const days = (p.end.getTime() - p.start.getTime()) / DAY_MS;
          expect(days).toBeGreaterThanOrEqual(28);
          expect(days).toBeLessThanOrEqual(31);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('resolveBillingPeriod', () => {
  const now = at('2026-11-20T00:00:00Z');

  it('prefers the API’s period', () => {
    const p = resolveBillingPeriod({ periodStart: NOV_2026.start, periodEnd: NOV_2026.end, cycleStart: 15, now });
    expect(p?.source).toBe('api');
    expect(iso(p)?.[0]).toBe('2026-11-01T00:00:00.000Z');
  });

  it('falls back on the cycle day without the API’s period, and gives null without either', () => {
    const p = resolveBillingPeriod({ periodStart: null, periodEnd: NOV_2026.end, cycleStart: 15, now });
    expect(p?.source).toBe('cycle-start');
    expect(iso(p)).toEqual(['2026-11-15T00:00:00.000Z', '2026-12-15T00:00:00.000Z']);
    expect(resolveBillingPeriod({ periodStart: null, periodEnd: null, cycleStart: null, now })).toBeNull();
  });
});

describe('periodProgress', () => {
  it.each([
    ['2026-11-01T00:00:00Z', 1, 0],
    ['2026-11-01T00:00:01Z', 1, 1000 / (30 * DAY_MS)],
    ['2026-11-01T23:59:59.999Z', 1, (DAY_MS - 1) / (30 * DAY_MS)],
    ['2026-11-02T00:00:00Z', 2, 1 / 30],
    ['2026-11-04T00:00:00Z', 4, 3 / 30],
    ['2026-11-12T13:00:00Z', 12, (11 * DAY_MS + 13 * 3_600_000) / (30 * DAY_MS)],
    ['2026-11-30T23:59:59Z', 30, (30 * DAY_MS - 1000) / (30 * DAY_MS)],
  ])('at %s: day %i of 30, %f passed', (now, day, fraction) => {
    const progress = periodProgress(NOV_2026, at(now));
    expect(progress).toMatchObject({ state: 'in-progress', day, days: 30 });
    expect(progress.elapsedFraction).toBeCloseTo(fraction, 12);
  });

  it('is over at the exclusive end, and not started before the start', () => {
    expect(periodProgress(NOV_2026, at('2026-12-01T00:00:00Z'))).toMatchObject({
      state: 'ended',
      day: 30,
      elapsedFraction: 1,
    });
    expect(periodProgress(NOV_2026, at('2026-10-31T23:59:59Z'))).toMatchObject({
      state: 'not-started',
      day: 1,
      elapsedFraction: 0,
    });
  });

  it.each([
    ['2026-02-01', '2026-03-01', 28],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-04-01', '2026-05-01', 30],
    ['2026-12-01', '2027-01-01', 31],
    ['2026-12-15', '2027-01-15', 31],
  ])('a period %s → %s has %i days; its last second is the last day', (start, end, days) => {
    const period = api(`${start}T00:00:00Z`, `${end}T00:00:00Z`);
    const last = new Date(period.end.getTime() - 1000);
    expect(periodProgress(period, last)).toMatchObject({ day: days, days, state: 'in-progress' });
    expect(periodProgress(period, period.start)).toMatchObject({ day: 1, days });
  });

  it('words the day', () => {
    expect(periodDayText(periodProgress(NOV_2026, at('2026-11-12T08:00:00Z')), 'en-US')).toBe('Day 12 of 30');
    expect(periodDayText(periodProgress(NOV_2026, at('2026-12-01T00:00:00Z')))).toBe('The billing period has ended');
    expect(periodDayText(periodProgress(NOV_2026, at('2026-10-01T00:00:00Z')))).toBe(
      'The billing period has not started',
    );
  });

  it('keeps day within 1…days and the fraction within 0…1, growing with now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40 * DAY_MS, max: 70 * DAY_MS }), fc.nat(DAY_MS), (offset, step) => {
        const a = periodProgress(NOV_2026, new Date(NOV_2026.start.getTime() + offset));
        const b = periodProgress(NOV_2026, new Date(NOV_2026.start.getTime() + offset + step));
        expect(a.day).toBeGreaterThanOrEqual(1);
        expect(a.day).toBeLessThanOrEqual(30);
        expect(a.elapsedFraction).toBeGreaterThanOrEqual(0);
        expect(a.elapsedFraction).toBeLessThanOrEqual(1);
        expect(b.elapsedFraction).toBeGreaterThanOrEqual(a.elapsedFraction);
        expect(b.day).toBeGreaterThanOrEqual(a.day);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('projectUsage', () => {
  const DEC_2026 = api('2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z');
  const project = (now: string, usage: number | null, allowance: number | null = 100_000, period = DEC_2026) =>
    projectUsage({ period, now: at(now), usage, allowance });

  it('projects linearly: 64,000 credits halfway through 31 days is on pace for 128,000, 28% above Pro', () => {
    const projection = project('2026-12-16T12:00:00Z', 64_000);
    expect(projection).toMatchObject({ projected: 128_000, status: 'above' });
    expect(projection.differencePercent).toBeCloseTo(28, 10);
    expect(projection.usedPercent).toBeCloseTo(64, 10);
    expect(projection.progress).toMatchObject({ day: 16, days: 31, elapsedFraction: 0.5 });
    expect(projectionText(projection, 'Pro', 'en-US')).toBe(
      'Estimate: on pace for 128,000 credits, 28% above the Pro allowance',
    );
  });

  it('says how much of the allowance a projection within it uses', () => {
    const projection = project('2026-12-16T12:00:00Z', 32_000);
    expect(projection).toMatchObject({ projected: 64_000, status: 'within' });
    expect(projection.differencePercent).toBeCloseTo(-36, 10);
    expect(projectionText(projection, 'Pro', 'en-US')).toBe(
      'Estimate: on pace for 64,000 credits, 64% of the Pro allowance',
    );
    expect(projectionText(projection, null, 'de-DE')).toBe(
      'Estimate: on pace for 64.000 credits, 64\u00a0% of the allowance',
    );
  });

  it('is within when the projection equals the allowance exactly', () => {
    expect(project('2026-12-16T12:00:00Z', 50_000)).toMatchObject({ projected: 100_000, status: 'within' });
  });

  it('gives no projection in the first 3 days, and one from exactly 3 days in', () => {
    expect(project('2026-12-01T00:00:00Z', 0)).toMatchObject({ status: 'too-early', projected: null });
    expect(project('2026-12-03T23:59:59.999Z', 9_000)).toMatchObject({ status: 'too-early', projected: null });
    expect(project('2026-12-04T00:00:00Z', 9_000)).toMatchObject({ status: 'within', projected: 93_000 });
    expect(projectionText(project('2026-12-02T00:00:00Z', 10), 'Pro')).toBe(
      'Too early for an estimate: the period’s first 3 days',
    );
  });

  it('says usage is already over the allowance, early or not', () => {
    const early = project('2026-12-02T00:00:00Z', 105_000);
    expect(early).toMatchObject({ status: 'over', projected: null });
    expect(projectionText(early, 'Pro', 'en-US')).toBe('Already 5% above the Pro allowance');
    const later = project('2026-12-11T00:00:00Z', 150_000);
    expect(later).toMatchObject({ status: 'over', projected: 465_000 });
    expect(projectionText(later, 'Pro', 'en-US')).toBe(
      'Already 50% above the Pro allowance; estimate: on pace for 465,000 credits',
    );
  });

  it('projects without comparing when there is no allowance', () => {
    const projection = project('2026-12-11T00:00:00Z', 1_000_000, null);
    expect(projection).toMatchObject({ status: 'no-allowance', projected: 3_100_000, differencePercent: null });
    expect(projectionText(projection, 'Enterprise', 'en-US')).toBe('Estimate: on pace for 3,100,000 credits');
  });

  it('gives no projection outside the period or without usage', () => {
    expect(project('2027-01-01T00:00:00Z', 5_000)).toMatchObject({ status: 'not-in-period', projected: null });
    expect(project('2026-11-30T00:00:00Z', 5_000)).toMatchObject({ status: 'not-in-period', projected: null });
    expect(project('2026-12-20T00:00:00Z', null)).toMatchObject({ status: 'no-usage', projected: null });
    expect(projectionText(project('2026-12-20T00:00:00Z', null), 'Pro')).toBe('Usage this period not reported');
    expect(projectionText(project('2027-01-02T00:00:00Z', 5), 'Pro')).toBe(
      'No estimate: the billing period shown is not the current one',
    );
  });

  it('never projects below the usage so far, and projects the usage itself at the period’s end (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3 * DAY_MS, max: 31 * DAY_MS - 1 }), fc.nat(10_000_000), (offset, usage) => {
        const now = new Date(DEC_2026.start.getTime() + offset);
        const projection = projectUsage({ period: DEC_2026, now, usage, allowance: 100_000 });
        expect(projection.projected).not.toBeNull();
        expect(projection.projected!).toBeGreaterThanOrEqual(usage);
        expect(projection.projected!).toBeLessThanOrEqual(Math.round((usage * 31) / 3));
        expect(['over', 'above', 'within']).toContain(projection.status);
        expect(projectionText(projection, 'Pro').startsWith('Estimate') || projection.status === 'over').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('time zones: only instants matter', () => {
  const offsetText = (minutes: number) => {
    const abs = Math.abs(minutes);
    return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  };
  /** The same instant written with a UTC offset, as a display time zone would show it. */
  const inOffset = (instant: Date, minutes: number) =>
    new Date(`${new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 23)}${offsetText(minutes)}`);

  it('gives equal results for equal instants, however they were written (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.integer({ min: 1, max: 31 }),
        fc.nat(1_000_000),
        (instant, offset, cycle, usage) => {
          const same = inOffset(instant, offset);
          expect(same.getTime()).toBe(instant.getTime());
          const a = periodFromCycleStart(cycle, instant);
          const b = periodFromCycleStart(cycle, same);
          expect(iso(b)).toEqual(iso(a));
          expect(projectUsage({ period: b, now: same, usage, allowance: 100_000 })).toEqual(
            projectUsage({ period: a, now: instant, usage, allowance: 100_000 }),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('time zones: no local-time Date methods in the date modules', () => {
  const SOURCES = {
    'billing-period.ts': billingPeriodSource,
    'billing-months.ts': billingMonthsSource,
    'runway.ts': runwaySource,
    'usage-history.ts': usageHistorySource,
    'spending-budget.ts': spendingBudgetSource,
    'sample-billing.ts': sampleBillingSource,
  };
  /** Date methods that read or write the local time zone; their getUTC…/setUTC… twins are fine. */
  const LOCAL_TIME = [
    /\.(?:get|set)(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|Year)\(/,
    /\.getTimezoneOffset\(/,
    /\.to(?:Locale(?:Date|Time)?|Date|Time)String\(/,
    // new Date(2026, 10, 1) is local time.
    /new Date\([^()]*,/,
    // Date.parse reads an ISO date-time without an offset as local time.
    /Date\.parse\(/,
  ];

  it.each(Object.entries(SOURCES))('%s uses only UTC Date methods', (_name, source) => {
    expect(source.length).toBeGreaterThan(0);
    for (const pattern of LOCAL_TIME) expect(source).not.toMatch(pattern);
  });

  it.each(Object.entries(SOURCES).filter(([, source]) => source.includes('Intl.DateTimeFormat')))(
    '%s formats dates in UTC',
    (_name, source) => {
      expect(source).toMatch(/timeZone: 'UTC'/);
    },
  );

  it('would catch a local-time call', () => {
    const offending = [
      'd.getDate()',
      'd.getMonth()',
      'd.getFullYear()',
      'd.getHours()',
      'new Date(2026, 10, 1)',
      'd.setDate(1)',
    ];
    for (const line of offending)
      expect(
        LOCAL_TIME.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    for (const line of [
      'd.getUTCDate()',
      'd.getUTCMonth()',
      'd.setUTCFullYear(2026, 0, 1)',
      'new Date(0)',
      'new Date(ms)',
    ]) {
      expect(
        LOCAL_TIME.some((pattern) => pattern.test(line)),
        line,
      ).toBe(false);
    }
  });
});
