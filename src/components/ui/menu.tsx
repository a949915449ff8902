import type { ReactNode } from 'react';
import { useInteractiveParts } from './interactive';
import { useShellTrigger } from './handover';

export type MenuEntry =
  | { kind?: 'item'; label: string; icon?: ReactNode; onSelect: () => void; disabled?: boolean }
  | {
      kind: 'checkbox';
      label: string;
      checked: boolean;
      onCheckedChange: (checked: boolean) => void;
      disabled?: boolean;
    }
  | { kind: 'submenu'; label: string; icon?: ReactNode; items: readonly MenuEntry[] }
  | {
      kind: 'radio';
      /** Names the group for assistive technology. */
      label: string;
      value: string;
      options: readonly { value: string; label: string }[];
      onValueChange: (value: string) => void;
    }
  | { kind: 'separator' };

export interface MenuProps {
  /** Content of the button that opens the menu. */
  trigger: ReactNode;
  /** Accessible name of that button when its content is only an icon. */
  label?: string;
  items: readonly MenuEntry[];
  triggerClassName: string;
  align?: 'start' | 'end';
  disabled?: boolean;
}

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
