import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MonthlyBars from './monthly-bars';

const months = ['Oct', 'Nov'].map((label, i) => ({ key: label, label, value: 100_000 + i * 20_000 }));
const draw = (width: number) =>
  render(
    <MonthlyBars
      months={months}
      reference={100_000}
      referenceLabel="Pro allowance"
      width={width}
      height={200}
      animate={false}
    />,
  ).container;

describe('MonthlyBars', () => {
  it('names the dashed reference line where there is room, and leaves it unnamed over narrow bars', () => {
    expect(draw(800).textContent).toContain('Pro allowance');
    expect(draw(300).querySelector('.chart-reference')).not.toBeNull();
    expect(draw(300).textContent).not.toContain('Pro allowance');
  });
});
