import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartSlot } from './chart-slot';

describe('ChartSlot', () => {
  it('holds the place until the chart code is here, then draws the chart with it', async () => {
    const { container } = render(
      <ChartSlot
        placeholder={<p>placeholder</p>}
        chart={({ MonthlyBars }) => (
          <MonthlyBars
            months={[{ key: 'Nov', label: 'Nov', value: 120_000 }]}
            reference={100_000}
            referenceLabel="Pro allowance"
            width={800}
            height={200}
            animate={false}
          />
        )}
      />,
    );
    expect(screen.getByText('placeholder')).toBeTruthy();
    // The chunk's chart itself: its reference line, named, in place of the placeholder.
    expect(await screen.findByText('Pro allowance')).toBeTruthy();
    expect(container.querySelector('.chart-reference')).not.toBeNull();
    expect(screen.queryByText('placeholder')).toBeNull();
  });
});
