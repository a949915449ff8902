import { afterEach, describe, expect, it } from 'vitest';
import { recordEarlyPresses } from './early-presses';

afterEach(() => document.body.replaceChildren());

describe('recordEarlyPresses', () => {
  it('keeps what is pressed on the key screen before the app is here, on #root, until the takeover', () => {
    document.body.innerHTML = `<div id="root" data-prerendered="key-screen"><form><input name="api-key">
      <button type="button" name="show-key">Show</button><input name="api-base-url" value="https://x.example">
      <button type="button" name="use-proxy" value="/mixpeek-api">Use the proxy</button>
      <button type="submit">Connect</button><button type="button" name="try-sample">Try</button></form></div>
      <button type="button" name="try-sample" id="outside">Elsewhere</button>`;
    const root = document.getElementById('root')!;
    recordEarlyPresses(root);
    const click = (name: string) => root.querySelector<HTMLButtonElement>(`button[name="${name}"]`)!.click();
    click('show-key');
    expect(root.hasAttribute('data-show-key')).toBe(true);
    click('use-proxy');
    expect(root.querySelector('input[name="api-base-url"]')).toHaveProperty('value', '/mixpeek-api');
    document.getElementById('outside')!.click(); // not the key screen's
    expect(root.dataset.pressed).toBeUndefined();
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(root.dataset.pressed).toBe('connect');
    click('try-sample'); // the first press that leaves the page wins
    expect(root.dataset.pressed).toBe('connect');
    click('show-key');
    expect(root.hasAttribute('data-show-key')).toBe(false);
    // Taken over: the app answers from here on.
    delete root.dataset.prerendered;
    click('show-key');
    const late = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelector('form')!.dispatchEvent(late);
    expect(root.hasAttribute('data-show-key')).toBe(false);
    expect(late.defaultPrevented).toBe(false);
  });

  it('records Try with sample data when it is the first press that leaves the page', () => {
    document.body.innerHTML = `<div id="root" data-prerendered="key-screen"><button type="button" name="try-sample"><span>Try</span></button></div>`;
    const root = document.getElementById('root')!;
    recordEarlyPresses(root);
    root.querySelector('span')!.click();
    expect(root.dataset.pressed).toBe('try-sample');
  });
});
