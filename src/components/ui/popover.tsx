import { useShellTrigger } from './handover';
import { useInteractiveParts } from './interactive';
import type { PopoverProps } from './types';

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
