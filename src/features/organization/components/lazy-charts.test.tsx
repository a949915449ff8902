import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { ChartSlot } from './lazy-charts';

function Logged({ name, log }: { name: string; log: string[] }) {
  useLayoutEffect(() => {
    log.push(name);
  }, [name, log]);
  return <p>{name}</p>;
}

describe('ChartSlot', () => {
  it('commits the placeholder first and the chart in a later pass', async () => {
    const log: string[] = [];
    render(
      <ChartSlot placeholder={<Logged name="placeholder" log={log} />}>
        <Logged name="chart" log={log} />
      </ChartSlot>,
    );
    await screen.findByText('chart');
    expect(log).toEqual(['placeholder', 'chart']);
    expect(screen.queryByText('placeholder')).toBeNull();
  });

  it('mounts the charts of one render together, in one pass after their placeholders', async () => {
    const log: string[] = [];
    render(
      <>
        <ChartSlot placeholder={<Logged name="gauge placeholder" log={log} />}>
          <Logged name="gauge" log={log} />
        </ChartSlot>
        <ChartSlot placeholder={<Logged name="bars placeholder" log={log} />}>
          <Logged name="bars" log={log} />
        </ChartSlot>
      </>,
    );
    await screen.findByText('bars');
    expect(log).toEqual(['gauge placeholder', 'bars placeholder', 'gauge', 'bars']);
  });
});
