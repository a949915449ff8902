import type { ReactNode } from 'react';

/**
 * The props of the menu and popover shells and of the Radix parts that take over from them
 * (radix-parts.tsx), in a module of their own so that neither side imports the other.
 */

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

export interface PopoverProps {
  trigger: ReactNode;
  /** Accessible name of the panel. */
  label: string;
  triggerClassName: string;
  children: ReactNode;
}

/** How the shell that stood in before the Radix parts arrived was being used. */
export interface Handover {
  /** It had focus: the real trigger takes it. */
  focused: boolean;
  /** It was pressed: open at once (and, from the keyboard, on the first item). */
  open: 'pointer' | 'keyboard' | null;
}
