import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { config } from '@/config/env';
import { KeyScreen } from './key-screen';

function renderKeyScreen(props: Partial<Parameters<typeof KeyScreen>[0]> = {}) {
  const onConnect = vi.fn();
  render(<KeyScreen onConnect={onConnect} {...props} />);
  return { onConnect, user: userEvent.setup(), key: screen.getByLabelText('API key') };
}

describe('KeyScreen', () => {
  it('refuses an empty key with a message, and keeps the focus in the field', async () => {
    const { onConnect, user, key } = renderKeyScreen();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter your Mixpeek API key.');
    expect(document.activeElement).toBe(key);
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(onConnect).not.toHaveBeenCalled();
  });

  it('strips a pasted "Bearer " and connects through this site\'s proxy by default', async () => {
    const { onConnect, user, key } = renderKeyScreen();
    await user.type(key, '  Bearer sk_live_abcdef123456 {Enter}');
    expect(onConnect).toHaveBeenCalledWith({ kind: 'api', apiKey: 'sk_live_abcdef123456', baseUrl: config.proxyUrl });
  });

  it('says in one sentence where the key goes, and follows the base URL being typed', async () => {
    const { user } = renderKeyScreen();
    expect(screen.getByTestId('key-destination').textContent).toBe("through this site's proxy to api.mixpeek.com");
    await user.click(screen.getByText('Advanced'));
    const baseUrl = screen.getByLabelText('API base URL');
    await user.clear(baseUrl);
    await user.type(baseUrl, 'https://api.mixpeek.com');
    expect(screen.getByTestId('key-destination').textContent).toBe('directly to api.mixpeek.com');
    await user.click(screen.getByRole('button', { name: 'Use the proxy' }));
    expect((baseUrl as HTMLInputElement).value).toBe('/mixpeek-api');
    expect(screen.getByTestId('key-destination').textContent).toBe("through this site's proxy to api.mixpeek.com");
  });

  it('offers the proxy as a path of this site: the same text wherever the app is served', async () => {
    const { user } = renderKeyScreen();
    await user.click(screen.getByText('Advanced'));
    expect((screen.getByLabelText('API base URL') as HTMLInputElement).value).toBe('/mixpeek-api');
  });

  it('starts from what was typed before the app took the page over, focus and selection too', () => {
    const onConnect = vi.fn();
    render(
      <KeyScreen
        onConnect={onConnect}
        typed={{
          apiKey: 'sk_live_typed',
          baseUrl: 'https://proxy.example',
          advancedOpen: true,
          focus: { field: 'api-base-url', selection: [8, 13] },
          showKey: false,
          pressed: null,
        }}
      />,
    );
    const baseUrl = screen.getByLabelText('API base URL') as HTMLInputElement;
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('sk_live_typed');
    expect(baseUrl.value).toBe('https://proxy.example');
    expect(baseUrl.closest('details')?.open).toBe(true);
    expect(document.activeElement).toBe(baseUrl);
    expect([baseUrl.selectionStart, baseUrl.selectionEnd]).toEqual([8, 13]);
  });

  it('does what was pressed before the app took the page over: Show, then Connect with what was typed', () => {
    const onConnect = vi.fn();
    const typed = { apiKey: 'sk_live_typed', baseUrl: '/mixpeek-api', advancedOpen: false, focus: null };
    render(<KeyScreen onConnect={onConnect} typed={{ ...typed, showKey: true, pressed: 'connect' }} />);
    expect(screen.getByLabelText('API key')).toHaveProperty('type', 'text');
    expect(onConnect).toHaveBeenCalledTimes(1);
    expect(onConnect).toHaveBeenCalledWith({ kind: 'api', apiKey: 'sk_live_typed', baseUrl: config.proxyUrl });
  });

  it('does what was pressed before the app took the page over: Try with sample data', () => {
    const onConnect = vi.fn();
    const typed = { apiKey: '', baseUrl: '/mixpeek-api', advancedOpen: false, focus: null, showKey: false };
    render(<KeyScreen onConnect={onConnect} typed={{ ...typed, pressed: 'try-sample' }} />);
    expect(screen.getByLabelText('API key')).toHaveProperty('type', 'password');
    expect(onConnect).toHaveBeenCalledExactlyOnceWith({ kind: 'sample', sampleId: expect.any(String) });
  });

  it('warns about a key without the sk_ prefix, but accepts it', async () => {
    const { onConnect, user, key } = renderKeyScreen();
    await user.type(key, 'pk_something');
    expect(screen.getByRole('status').textContent).toContain('usually start with "sk_"');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(onConnect).toHaveBeenCalledWith(expect.objectContaining({ apiKey: 'pk_something' }));
  });

  it('opens Advanced on a bad base URL, says why and focuses it', async () => {
    const { onConnect, user, key } = renderKeyScreen();
    await user.type(key, 'sk_live_abcdef123456');
    await user.click(screen.getByText('Advanced'));
    const baseUrl = screen.getByLabelText('API base URL');
    await user.clear(baseUrl);
    await user.type(baseUrl, 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('alert').textContent).toContain('must start with http:// or https://');
    await vi.waitFor(() => expect(document.activeElement).toBe(baseUrl));
    expect(onConnect).not.toHaveBeenCalled();
  });

  it('shows the key with Show and hides it again', async () => {
    const { user, key } = renderKeyScreen();
    expect(key.getAttribute('type')).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(key.getAttribute('type')).toBe('text');
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(key.getAttribute('type')).toBe('password');
  });

  it('offers the sample data, and a way back when organizations are connected', async () => {
    const onCancel = vi.fn();
    const { onConnect, user } = renderKeyScreen({ onCancel });
    await user.click(screen.getByRole('button', { name: 'Try with sample data' }));
    expect(onConnect).toHaveBeenCalledWith({ kind: 'sample', sampleId: 'pro-over' });
    await user.click(screen.getByRole('button', { name: 'Back to the dashboard' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('says why the person is back, above the form', () => {
    renderKeyScreen({ notice: { title: 'Mixpeek rejected this API key', message: 'Check the key.' } });
    expect(screen.getByRole('alert').textContent).toContain('Mixpeek rejected this API key');
  });
});
