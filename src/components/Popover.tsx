import { useId, useRef, useState, type ReactNode } from 'react';
import { useDismissOnOutsidePress } from '@/lib/use-dismiss';

interface PopoverProps {
  trigger: ReactNode;
  /** Accessible name of the panel. */
  label: string;
  triggerClassName: string;
  children: ReactNode;
}

/**
 * A button that shows a small panel of controls. Escape or a click elsewhere closes it;
 * Escape gives focus back to the button.
 */
export function Popover({ trigger, label, triggerClassName, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useDismissOnOutsidePress(open, { trigger: button, panel }, () => setOpen(false), 'input, select, button');

  return (
    <div className="relative" data-export-exclude>
      <button
        ref={button}
        type="button"
        className={triggerClassName}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        {trigger}
      </button>
      {open ? (
        <div
          ref={panel}
          id={id}
          role="group"
          aria-label={label}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
              button.current?.focus();
            }
          }}
          className="absolute right-0 z-20 mt-1 w-72 space-y-3 rounded-lg border border-line bg-surface p-3 shadow-lg"
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
