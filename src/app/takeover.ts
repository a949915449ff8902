import type { TypedInput } from '@/features/session/components/KeyScreen';

/**
 * The build writes the key screen into index.html (src/app/prerender.tsx), so it paints and
 * takes typing before the app's code is here. When the app takes the page over it replaces
 * that markup; what the person typed, opened or focused there is read first and handed to
 * the live key screen, so nothing they did is lost.
 */
let typedBeforeTakeover: TypedInput | null = null;

/** Marks the prerendered key screen in index.html (and hides it where another view will show). */
export const PRERENDERED_KEY_SCREEN = 'key-screen';

export function isPrerenderedKeyScreen(root: HTMLElement): boolean {
  return (root.firstElementChild as HTMLElement | null)?.dataset.prerendered === PRERENDERED_KEY_SCREEN;
}

/** Reads the prerendered key screen's fields as the person left them. */
export function captureTypedInput(root: HTMLElement): void {
  const key = root.querySelector<HTMLInputElement>('input[name="api-key"]');
  const baseUrl = root.querySelector<HTMLInputElement>('input[name="api-base-url"]');
  if (!key || !baseUrl) return;
  const focused = [key, baseUrl].find((input) => input === document.activeElement);
  typedBeforeTakeover = {
    apiKey: key.value,
    baseUrl: baseUrl.value,
    advancedOpen: baseUrl.closest('details')?.open ?? false,
    focus: focused
      ? {
          field: focused === key ? 'api-key' : 'api-base-url',
          selection:
            focused.selectionStart !== null && focused.selectionEnd !== null
              ? [focused.selectionStart, focused.selectionEnd]
              : null,
        }
      : null,
  };
}

/** What was typed before the takeover, for the first key screen only (see forgetTypedInput). */
export const typedInput = (): TypedInput | null => typedBeforeTakeover;

/** Called once the first key screen has taken it: a later visit starts empty. */
export function forgetTypedInput(): void {
  typedBeforeTakeover = null;
}
