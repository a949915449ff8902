import { useShellTrigger } from './handover';
import { useInteractiveParts } from './interactive';
import type { MenuProps } from './types';

export type { MenuEntry } from './types';

/**
 * A menu button (Radix DropdownMenu): Enter, Space or ↓ open it on the first item, the
 * arrows, Home and End move, Escape closes it and gives focus back to the button.
 */
export function Menu(props: MenuProps) {
  const parts = useInteractiveParts();
  const { handover, triggerProps } = useShellTrigger();
  if (parts) return <parts.MenuImpl {...props} handover={handover} />;
  return (
    <button
      type="button"
      className={props.triggerClassName}
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      disabled={props.disabled}
      {...triggerProps}
    >
      {props.trigger}
    </button>
  );
}
