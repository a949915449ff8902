import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadInteractiveParts } from './interactive';
import { Menu } from './menu';

function renderMenu() {
  const onDownload = vi.fn();
  const onPrint = vi.fn();
  render(
    <>
      <Menu
        label="Share"
        trigger="Share"
        triggerClassName=""
        items={[
          { label: 'Download PNG', onSelect: onDownload },
          { label: 'Copy image', onSelect: () => {} },
          { label: 'Print', onSelect: onPrint },
        ]}
      />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { onDownload, onPrint, trigger: screen.getByRole('button', { name: 'Share' }) };
}

describe('Menu (Radix, once its chunk is here)', () => {
  beforeAll(() => loadInteractiveParts());

  it('opens from the keyboard on the first item, moves with the arrows, Home and End, and selects with Enter', async () => {
    const user = userEvent.setup();
    const { onPrint, trigger } = renderMenu();
    await act(() => trigger.focus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu', { name: 'Share' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Download PNG' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Copy image' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Print' }));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Download PNG' }));
    await user.keyboard('{End}{Enter}');
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('closes on Escape and gives the focus back to its button, without selecting anything', async () => {
    const user = userEvent.setup();
    const { onDownload, trigger } = renderMenu();
    await act(() => trigger.focus());
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('menu')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(onDownload).not.toHaveBeenCalled();
  });
});

describe('Menu before its chunk is here', () => {
  it('is a plain button that remembers a press and opens once the chunk arrives, keeping the focus', async () => {
    vi.resetModules();
    const { Menu: FreshMenu } = await import('./menu');
    const { loadInteractiveParts: load } = await import('./interactive');
    render(
      <FreshMenu label="Share" trigger="Share" triggerClassName="" items={[{ label: 'Print', onSelect: () => {} }]} />,
    );
    const shell = screen.getByRole('button', { name: 'Share' });
    expect(shell.getAttribute('aria-haspopup')).toBe('menu');
    await act(async () => {
      shell.focus();
      await userEvent.keyboard('{Enter}');
      await load();
    });
    expect(await screen.findByRole('menu')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Print' }));
  });
});
