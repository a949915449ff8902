import { isPrerenderedKeyScreen } from './first-paint';
import { KEY_SCREEN_BUTTON } from './page-markers';

/**
 * Until the app has taken the key screen over, what a press there asks for is kept on #root
 * for the takeover to hand on (the app then does it): Connect or Enter as
 * `data-pressed="connect"`, Try with sample data as `data-pressed="try-sample"` (the first such
 * press wins: it leaves the page), Show as a toggled `data-show-key`; Use the proxy fills the
 * base URL field at once, as the app would. The listeners stop with the takeover (it drops
 * `data-prerendered`).
 */
export function recordEarlyPresses(root: HTMLElement, target: EventTarget = window): void {
  const early = (event: Event) => {
    if (!isPrerenderedKeyScreen(root)) {
      target.removeEventListener('submit', early, true);
      target.removeEventListener('click', early, true);
      return;
    }
    if (event.type === 'submit') {
      event.preventDefault();
      root.dataset.pressed ??= 'connect';
      return;
    }
    const button = event.target instanceof Element ? event.target.closest('button[name]') : null;
    if (!(button instanceof HTMLButtonElement) || !root.contains(button)) return;
    if (button.name === KEY_SCREEN_BUTTON.trySample) root.dataset.pressed ??= 'try-sample';
    else if (button.name === KEY_SCREEN_BUTTON.showKey) root.toggleAttribute('data-show-key');
    else if (button.name === KEY_SCREEN_BUTTON.useProxy) {
      const input = root.querySelector<HTMLInputElement>('input[name="api-base-url"]');
      if (input) input.value = button.value;
    }
  };
  target.addEventListener('submit', early, true);
  target.addEventListener('click', early, true);
}
