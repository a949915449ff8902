/**
 * The app taking over the page the build wrote (docs/first-paint.md). The key screen in
 * index.html is hydrated: its markup stays, and what the person typed, opened or focused there
 * is read first and handed to the live key screen, so nothing they did is lost. A sample page
 * is rendered anew over its identical markup once its code is here.
 */
import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { chooseTheme, chooseTimesInUtc, isThemeChoice } from '@/lib/preferences';
import { isPrerenderedKeyScreen, keyScreenHidden } from './first-paint';
import { DISPLAY_CONTROL, KEY_SCREEN_BUTTON } from './page-markers';
import type { TypedInput } from './typed-input';

/** What was typed into the prerendered key screen, until the live key screen has read it. */
let typedBeforeTakeover: TypedInput | null = null;

const pressedBefore = (value: string | undefined): TypedInput['pressed'] =>
  value === 'connect' || value === 'try-sample' ? value : null;

/**
 * Reads the prerendered key screen's fields as the person left them, and what they pressed;
 * from here on the app answers presses (the loader's listeners stop).
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

/** What was pressed before the takeover is pressed again on the live key screen, once. */
export function replayPresses(screen: HTMLElement, typed: TypedInput): void {
  const press = (name: string) => screen.querySelector<HTMLButtonElement>(`button[name="${name}"]`)?.click();
  if (typed.showKey) press(KEY_SCREEN_BUTTON.showKey);
  if (typed.pressed === 'connect') screen.querySelector('form')?.requestSubmit();
  else if (typed.pressed === 'try-sample') press(KEY_SCREEN_BUTTON.trySample);
}

/**
 * Renders the app into #root. index.html's key screen, on screen, is hydrated, not replaced:
 * nothing is painted anew, so the largest paint stays the first one, and React replays what was
 * typed before it was here. Where first-paint.ts hid it (another view is coming) it is dropped.
 * A prerendered sample page shows its dashboard already: the app renders once `pageCode` (the
 * dashboard's chunk) is here, so the live render replaces the markup in one step instead of
 * flashing "Loading". The first render is a transition: it yields to the browser.
 */
export function takeOver(root: HTMLElement, app: ReactNode, pageCode: Promise<unknown>): void {
  if (isPrerenderedKeyScreen(root) && !keyScreenHidden()) {
    captureTypedInput(root);
    applyDisplayChoices(root);
    hydrateRoot(root, app);
    return;
  }
  if (isPrerenderedKeyScreen(root)) {
    root.replaceChildren();
    delete root.dataset.prerendered;
  }
  const render = () => startTransition(() => createRoot(root).render(app));
  if (root.hasChildNodes()) void pageCode.then(render, render);
  else render();
}
