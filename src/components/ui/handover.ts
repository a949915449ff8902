import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { loadInteractiveParts } from './interactive';
import type { Handover } from './types';

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * The stand-in trigger of a menu or popover until its chunk is here: it looks the same,
 * starts the load at the first pointer or focus, and remembers a press so the real one
 * opens as soon as it takes over (and keeps the focus).
 */
export function useShellTrigger() {
  const [handover, setHandover] = useState<Handover>({ focused: false, open: null });
  const load = () => void loadInteractiveParts();
  const triggerProps = {
    onPointerEnter: load,
    onFocus: (_event: FocusEvent) => {
      load();
      setHandover((h) => ({ ...h, focused: true }));
    },
    onBlur: () => setHandover((h) => ({ ...h, focused: false })),
    onClick: () => {
      load();
      setHandover((h) => ({ ...h, open: 'pointer' }));
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (!OPEN_KEYS.has(event.key)) return;
      event.preventDefault();
      load();
      setHandover((h) => ({ ...h, open: 'keyboard' }));
    },
  };
  return { handover, triggerProps };
}
