import { act, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartSlot, loadCharts } from './chart-slot';

function Logged({ name, log }: { name: string; log: string[] }) {
  useLayoutEffect(() => {
    log.push(name);
  }, [name, log]);
  return <p>{name}</p>;
}

describe('ChartSlot', () => {
  // The chart code is here (as it is once the app has run a moment): what is tested is when charts mount.
  beforeAll(() => loadCharts());
  afterEach(() => vi.useRealTimers());

  it('commits the placeholder first and the chart in a later pass', async () => {
    const log: string[] = [];
    render(
      <ChartSlot
        placeholder={<Logged name="placeholder" log={log} />}
        chart={() => <Logged name="chart" log={log} />}
      />,
    );
    await screen.findByText('chart');
    expect(log).toEqual(['placeholder', 'chart']);
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  it('mounts the charts of one render together, in one commit after their placeholders', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const log: string[] = [];
    // Runs when the gauge commits: the bars are already in the page only if they share its commit.
    function Gauge() {
      useLayoutEffect(() => {
        log.push(document.body.textContent?.includes('bars') ? 'gauge, with the bars' : 'gauge alone');
      }, []);
      return <p>gauge</p>;
    }
    render(
      <>
        <ChartSlot placeholder={<Logged name="gauge placeholder" log={log} />} chart={() => <Gauge />} />
        <ChartSlot
          placeholder={<Logged name="bars placeholder" log={log} />}
          chart={() => <Logged name="bars" log={log} />}
        />
      </>,
    );
    // One timer for both, so no browser task can come between the two mounts.
    expect(vi.getTimerCount()).toBe(1);
    await act(() => vi.runAllTimersAsync());
    expect(log).toEqual(['gauge placeholder', 'bars placeholder', 'gauge, with the bars', 'bars']);
  });
});
