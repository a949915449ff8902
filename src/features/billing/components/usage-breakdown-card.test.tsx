import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { breakdownShares } from '@/model/breakdown-shares';
import { Breakdown, CHART_TOP } from './usage-breakdown-card';

const thousands = breakdownShares(new Map(Array.from({ length: 2_000 }, (_, i) => [`operation-${i}`, i + 1])), null);

describe('Breakdown', () => {
  it('draws the largest entries of thousands and says how many the table has', () => {
    const { container } = render(<Breakdown title="By operation" rows={thousands} asTable={false} />);
    const labels = [...container.querySelectorAll('.chart-category-label')].map((el) => el.textContent);
    expect(labels).toHaveLength(CHART_TOP);
    expect(labels[0]).toBe('operation-1999');
    expect(screen.getByText(/The largest 10 of 2,000/)).toBeTruthy();
    // What a screen reader hears matches what is drawn.
    expect(container.querySelector('figcaption')!.textContent).toMatch(/, and 1,990 more in the table\.$/);
  });

  it('lists every entry as a table', () => {
    const { container } = render(<Breakdown title="By operation" rows={thousands} asTable />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2_000);
    expect(screen.queryByText(/The largest/)).toBeNull();
  });

  it('says nothing was used when every entry is 0 (a month just begun), instead of drawing empty bars', () => {
    const zeros = breakdownShares(
      new Map([
        ['search', 0],
        ['upload', 0],
      ]),
      0,
    );
    const { container } = render(<Breakdown title="By operation" rows={zeros} asTable={false} />);
    expect(screen.getByText('Nothing used this month.')).toBeTruthy();
    expect(container.querySelectorAll('.chart-category-label')).toHaveLength(0);
  });
});
