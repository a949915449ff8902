import type { ReactNode } from 'react';
import { useInteractiveParts } from './interactive';
import { useShellTrigger } from './handover';

export interface PopoverProps {
  trigger: ReactNode;
  /** Accessible name of the panel. */
  label: string;
  triggerClassName: string;
  children: ReactNode;
}

/** A button that shows a small panel of controls (Radix Popover); Escape or a click elsewhere closes it. */
export function Popover(props: PopoverProps) {
  const parts = useInteractiveParts();
  const { handover, triggerProps } = useShellTrigger();
  if (parts) return <parts.PopoverImpl {...props} handover={handover} />;
  return (
    <button
      type="button"
      className={props.triggerClassName}
      aria-haspopup="dialog"
      aria-expanded={false}
      {...triggerProps}
    >
      {props.trigger}
    </button>
  );
}
