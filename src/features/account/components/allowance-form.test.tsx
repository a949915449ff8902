import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllowanceForm } from './allowance-form';

describe('AllowanceForm', () => {
  it('refuses what is not a whole number of credits, and saves one with any usual grouping', async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(<AllowanceForm current={null} onSave={onSave} />);
    const field = screen.getByLabelText('Contracted monthly allowance (credits)');
    await user.type(field, 'abc');
    await user.click(screen.getByRole('button', { name: 'Use this allowance' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter a whole number of credits');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '5.000.000{Enter}');
    expect(onSave).toHaveBeenCalledWith(5_000_000);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the current allowance, updates it and clears it', async () => {
    const onSave = vi.fn();
    const user = userEvent.setup();
    render(<AllowanceForm current={2_500_000} onSave={onSave} />);
    expect((screen.getByLabelText('Contracted monthly allowance (credits)') as HTMLInputElement).value).toBe('2500000');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onSave).toHaveBeenCalledWith(null);
    await user.click(screen.getByRole('button', { name: 'Update' }));
    expect(onSave).toHaveBeenLastCalledWith(2_500_000);
  });
});
