import { Eye, EyeOff, FlaskConical, KeyRound } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { buttonClass } from '@/components/buttons';
import { connectRefusal } from '@/config/csp';
import { config } from '@/config/env';
import { DisplayControls } from '@/features/preferences/components/DisplayControls';
import { insecureBaseUrlWarning, parseBaseUrl } from '@/lib/base-url';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { normalizeApiKey } from '../model/api-key';
import type { Session } from '../model/session';

interface KeyScreenProps {
  onConnect: (session: Session) => void;
  /** Why the person is back here (e.g. the key was rejected); shown above the form. */
  notice?: { title: string; message: string } | null;
  initialBaseUrl?: string;
  /** Present when organizations are already connected: go back to them without adding one. */
  onCancel?: (() => void) | undefined;
}

/** A valid http(s) base URL that this build's CSP also lets the page call. */
function checkBaseUrl(text: string) {
  const parsed = parseBaseUrl(text, window.location.origin);
  if (!parsed.ok || config.allowedApiOrigins === null) return parsed;
  const refusal = connectRefusal(parsed.url, window.location.origin, config.allowedApiOrigins);
  return refusal ? { ok: false as const, message: refusal } : parsed;
}

export function KeyScreen({ onConnect, notice, initialBaseUrl = config.defaultApiUrl, onCancel }: KeyScreenProps) {
  const [keyText, setKeyText] = useState('');
  const [showKey, setShowKey] = useState(false);
  const [keyError, setKeyError] = useState<string | null>(null);
  const [baseUrlText, setBaseUrlText] = useState(initialBaseUrl);
  const [baseUrlError, setBaseUrlError] = useState<string | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(initialBaseUrl !== config.defaultApiUrl);
  const keyInput = useRef<HTMLInputElement>(null);
  const baseUrlInput = useRef<HTMLInputElement>(null);
  const ids = {
    key: useId(),
    keyHelp: useId(),
    keyError: useId(),
    baseUrl: useId(),
    baseUrlHelp: useId(),
    baseUrlError: useId(),
  };

  useEffect(() => keyInput.current?.focus(), [notice]);

  const keyCheck = keyText.trim() ? normalizeApiKey(keyText) : null;
  const warning = keyCheck?.ok ? keyCheck.warning : undefined;
  const typedBaseUrl = parseBaseUrl(baseUrlText, window.location.origin);
  const baseUrlWarning = typedBaseUrl.ok ? insecureBaseUrlWarning(typedBaseUrl.url) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = normalizeApiKey(keyText);
    const baseUrl = checkBaseUrl(baseUrlText);
    setKeyError(key.ok ? null : key.message);
    setBaseUrlError(baseUrl.ok ? null : baseUrl.message);
    if (!key.ok) {
      keyInput.current?.focus();
      return;
    }
    if (!baseUrl.ok) {
      setAdvancedOpen(true);
      // The disclosure renders its content on this commit; focus after it.
      requestAnimationFrame(() => baseUrlInput.current?.focus());
      return;
    }
    onConnect({ kind: 'api', apiKey: key.key, baseUrl: baseUrl.url });
  };

  return (
    <main className="flex min-h-screen items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center gap-3">
          <img src="/favicon.svg" alt="" width={36} height={36} />
          <div>
            <h1 className="text-xl font-semibold">Mixpeek account dashboard</h1>
            <p className="text-sm text-ink-muted">Account status, credits and rate limits for your organization.</p>
          </div>
        </div>

        {onCancel ? (
          <div className="mb-4 flex items-center justify-between gap-3 rounded-lg bg-surface-muted p-3 text-sm">
            <p>Add another organization with its API key.</p>
            <button type="button" className={buttonClass.secondary} onClick={onCancel}>
              Back to the dashboard
            </button>
          </div>
        ) : null}

        {notice ? (
          <div role="alert" className="mb-4 rounded-lg border border-danger/40 bg-surface p-3 text-sm">
            <p className="font-semibold text-danger">{notice.title}</p>
            <p className="mt-1 text-ink-muted">{notice.message}</p>
          </div>
        ) : null}

        <form noValidate onSubmit={submit} className="rounded-xl border border-line bg-surface p-5">
          <label htmlFor={ids.key} className="block text-sm font-medium">
            API key
          </label>
          <div className="mt-1.5 flex gap-2">
            <input
              ref={keyInput}
              id={ids.key}
              name="api-key"
              type={showKey ? 'text' : 'password'}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              value={keyText}
              onChange={(e) => {
                setKeyText(e.target.value);
                setKeyError(null);
              }}
              aria-invalid={keyError ? true : undefined}
              aria-describedby={`${ids.keyHelp}${keyError ? ` ${ids.keyError}` : ''}`}
              placeholder="sk_live_…"
              className="min-w-0 flex-1 rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-sm leading-6"
            />
            <button
              type="button"
              className={buttonClass.secondary}
              onClick={() => setShowKey((v) => !v)}
              aria-pressed={showKey}
              aria-controls={ids.key}
            >
              {showKey ? <EyeOff size={16} aria-hidden /> : <Eye size={16} aria-hidden />}
              {showKey ? 'Hide' : 'Show'}
            </button>
          </div>
          <p id={ids.keyHelp} className="mt-1.5 text-xs text-ink-muted">
            Kept in this tab only (sessionStorage) and sent only to the API base URL. Closing the tab forgets it.
          </p>
          {keyError ? (
            <p id={ids.keyError} role="alert" className="mt-1.5 text-sm text-danger">
              {keyError}
            </p>
          ) : warning ? (
            <p role="status" className="mt-1.5 text-sm text-warn">
              {warning}
            </p>
          ) : null}

          <details className="mt-4 text-sm" open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
            <summary className="cursor-pointer font-medium text-ink-muted">Advanced</summary>
            <div className="mt-3">
              <label htmlFor={ids.baseUrl} className="block text-sm font-medium">
                API base URL
              </label>
              <input
                ref={baseUrlInput}
                id={ids.baseUrl}
                name="api-base-url"
                type="url"
                inputMode="url"
                spellCheck={false}
                value={baseUrlText}
                onChange={(e) => {
                  setBaseUrlText(e.target.value);
                  setBaseUrlError(null);
                }}
                aria-invalid={baseUrlError ? true : undefined}
                aria-describedby={`${ids.baseUrlHelp}${baseUrlError ? ` ${ids.baseUrlError}` : ''}`}
                className="mt-1.5 w-full rounded-lg border border-line bg-canvas px-3 py-2 font-mono text-sm leading-6"
              />
              <p id={ids.baseUrlHelp} className="mt-1.5 text-xs text-ink-muted">
                Default {config.defaultApiUrl}. If the browser blocks direct requests (CORS), use this site&apos;s
                proxy:{' '}
                <button
                  type="button"
                  className="font-mono text-accent underline"
                  onClick={() => setBaseUrlText(config.proxyUrl)}
                >
                  {config.proxyUrl}
                </button>
              </p>
              {baseUrlError ? (
                <p id={ids.baseUrlError} role="alert" className="mt-1.5 text-sm text-danger">
                  {baseUrlError}
                </p>
              ) : baseUrlWarning ? (
                <p role="status" className="mt-1.5 text-sm text-warn">
                  {baseUrlWarning}
                </p>
              ) : null}
            </div>
          </details>

          <button type="submit" className={`${buttonClass.primary} mt-5 w-full`}>
            <KeyRound size={16} aria-hidden />
            Connect
          </button>
        </form>

        <div className="mt-4 rounded-xl border border-dashed border-line p-4 text-sm">
          <p className="text-ink-muted">
            No key at hand? See the dashboard with built-in sample organizations, offline.
          </p>
          <button
            type="button"
            className={`${buttonClass.secondary} mt-3 w-full`}
            onClick={() => onConnect({ kind: 'sample', sampleId: SAMPLE_ORGANIZATIONS[0]!.id })}
          >
            <FlaskConical size={16} aria-hidden />
            Try with sample data
          </button>
        </div>

        <div className="mt-4 flex justify-end">
          <DisplayControls />
        </div>

        {config.warnings.map((w) => (
          <p key={w} className="mt-3 text-xs text-warn">
            {w}
          </p>
        ))}
      </div>
    </main>
  );
}
