import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from './page-markers';
import { applyDisplayChoices, captureTypedInput, forgetTypedInput, typedInput } from './takeover';

const prerendered = (attributes: string) => {
  document.body.innerHTML = `<div id="root" data-prerendered="key-screen" ${attributes}>
    <input name="api-key" value="sk_live_typed"><details><input name="api-base-url" value="/mixpeek-api"></details></div>`;
  return document.getElementById('root')!;
};

describe('captureTypedInput', () => {
  afterEach(() => {
    forgetTypedInput();
    document.body.replaceChildren();
  });

  it("hands on what was typed and pressed, and ends index.html's hold on the screen", () => {
    const root = prerendered('data-pressed="try-sample" data-show-key');
    captureTypedInput(root);
    expect(typedInput()).toEqual({
      apiKey: 'sk_live_typed',
      baseUrl: '/mixpeek-api',
      advancedOpen: false,
      focus: null,
      showKey: true,
      pressed: 'try-sample',
    });
    expect(root.getAttributeNames()).toEqual(['id']);
  });

  it('takes nothing else for a press', () => {
    captureTypedInput(prerendered('data-pressed="javascript:alert(1)"'));
    expect(typedInput()).toMatchObject({ showKey: false, pressed: null });
  });
});

describe('applyDisplayChoices', () => {
  const controls = () => {
    document.body.innerHTML = `<div id="root"><input type="checkbox" name="times-in-utc">
      <select name="theme"><option value="system" selected>System</option><option value="light">Light</option>
      <option value="dark">Dark</option></select></div>`;
    return document.getElementById('root')!;
  };
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('chooses what was changed before the app was here', () => {
    const root = controls();
    root.querySelector('select')!.value = 'dark';
    root.querySelector('input')!.checked = true;
    applyDisplayChoices(root);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('"dark"');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('mixpeek-dashboard.times-in-utc')).toBe('true');
  });

  it('leaves untouched controls to what is stored (the markup shows the defaults)', () => {
    localStorage.setItem(THEME_STORAGE_KEY, '"light"');
    localStorage.setItem('mixpeek-dashboard.times-in-utc', 'true');
    applyDisplayChoices(controls());
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('"light"');
    expect(localStorage.getItem('mixpeek-dashboard.times-in-utc')).toBe('true');
  });
});
