import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartSlot } from './chart-slot';

describe('ChartSlot', () => {
  it('holds the place until the chart code is here, then draws the chart with it', async () => {
    render(
      <ChartSlot placeholder={<p>placeholder</p>} chart={({ MonthlyBars }) => <p>chart: {typeof MonthlyBars}</p>} />,
    );
    expect(screen.getByText('placeholder')).toBeTruthy();
    expect(await screen.findByText('chart: object')).toBeTruthy();
    expect(screen.queryByText('placeholder')).toBeNull();
  });
});
