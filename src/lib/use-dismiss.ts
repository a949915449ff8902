import { useEffect, type RefObject } from 'react';

/**
 * While `open`, a pointer press outside the trigger and the panel closes them (menus and
 * popovers), and focus moves into the panel's first control.
 */
export function useDismissOnOutsidePress(
  open: boolean,
  refs: { trigger: RefObject<HTMLElement | null>; panel: RefObject<HTMLElement | null> },
  close: () => void,
  focusSelector: string,
) {
  useEffect(() => {
    if (!open) return;
    refs.panel.current?.querySelector<HTMLElement>(focusSelector)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!refs.panel.current?.contains(target) && !refs.trigger.current?.contains(target)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // `refs` and `close` are stable for a component's life (refs and a state setter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, focusSelector]);
}
