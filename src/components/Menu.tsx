import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDismissOnOutsidePress } from '@/lib/use-dismiss';

const ITEM_SELECTOR = '[role="menuitem"]:not(:disabled)';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  icon?: ReactNode;
  disabled?: boolean;
}

interface MenuProps {
  /** Content of the button that opens the menu. */
  trigger: ReactNode;
  /** Accessible name of that button when its content is only an icon. */
  label?: string;
  items: MenuItem[];
  triggerClassName: string;
  align?: 'start' | 'end';
  disabled?: boolean;
}

/**
 * A menu button: Enter/Space/ArrowDown open it on the first item, arrows move, Escape
 * (or Tab, or a click elsewhere) closes it and gives focus back to the button.
 */
export function Menu({ trigger, label, items, triggerClassName, align = 'end', disabled = false }: MenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  const itemButtons = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>(ITEM_SELECTOR) ?? []);
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useDismissOnOutsidePress(open, { trigger: button, panel: list }, () => setOpen(false), ITEM_SELECTOR);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const buttons = itemButtons();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusAt(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusAt(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusAt(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusAt(buttons.length - 1);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="relative" data-export-exclude>
      <button
        ref={button}
        type="button"
        className={triggerClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        disabled={disabled}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {trigger}
      </button>
      {open ? (
        <div
          ref={list}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          className={`absolute z-20 mt-1 min-w-56 rounded-lg border border-line bg-surface p-1 shadow-lg ${align === 'end' ? 'right-0' : 'left-0'}`}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              disabled={item.disabled}
              className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm hover:bg-surface-muted focus:bg-surface-muted disabled:opacity-50"
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.icon}
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
