import { PRERENDERED_KEY_SCREEN, type TypedInput } from '@/features/session/model/typed-input';
import { chooseTheme, chooseTimesInUtc, DISPLAY_CONTROL, isThemeChoice } from '@/lib/preferences';

/**
 * The build writes the key screen into index.html (src/app/prerender.tsx), so it paints and
 * takes typing before the app's code is here. When the app takes the page over it replaces
 * that markup; what the person typed, opened or focused there is read first and handed to
 * the live key screen, so nothing they did is lost.
 */
let typedBeforeTakeover: TypedInput | null = null;

const pressedBefore = (value: string | undefined): TypedInput['pressed'] =>
  value === 'connect' || value === 'try-sample' ? value : null;

export const isPrerenderedKeyScreen = (root: HTMLElement): boolean =>
  root.dataset.prerendered === PRERENDERED_KEY_SCREEN;

/**
 * Reads the prerendered key screen's fields as the person left them, and what they pressed;
 * from here on the app answers presses (index.html's listeners stop).
 */
export function captureTypedInput(root: HTMLElement): void {
  const pressed = pressedBefore(root.dataset.pressed);
  const showKey = root.hasAttribute('data-show-key');
  for (const name of ['data-prerendered', 'data-pressed', 'data-show-key']) root.removeAttribute(name);
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
    showKey,
    pressed,
  };
}

/**
 * Display settings changed on the prerendered key screen (its select and checkbox change on
 * their own) are chosen now, before the app renders, so the live controls start from them.
 * Untouched ones stay as stored: the markup shows the defaults, not the stored choice.
 */
export function applyDisplayChoices(root: HTMLElement): void {
  const theme = root.querySelector<HTMLSelectElement>(`select[name="${DISPLAY_CONTROL.theme}"]`);
  const defaultTheme = theme ? [...theme.options].find((option) => option.defaultSelected)?.value : undefined;
  if (theme && theme.value !== defaultTheme && isThemeChoice(theme.value)) chooseTheme(theme.value);
  const utc = root.querySelector<HTMLInputElement>(`input[name="${DISPLAY_CONTROL.timesInUtc}"]`);
  if (utc && utc.checked !== utc.defaultChecked) chooseTimesInUtc(utc.checked);
}

/** What was typed before the takeover, for the first key screen only (see forgetTypedInput). */
export const typedInput = (): TypedInput | null => typedBeforeTakeover;

/** Called once the first key screen has taken it: a later visit starts empty. */
export function forgetTypedInput(): void {
  typedBeforeTakeover = null;
}
