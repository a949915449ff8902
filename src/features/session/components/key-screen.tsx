import { KeyRound } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Connection } from '@/api/connection';
import { Button } from '@/components/ui/button';
import { connectRefusal } from '@/config/csp';
import { config } from '@/config/env';
import { assetUrl } from '@/config/base';
import { insecureBaseUrlWarning, parseBaseUrl } from '@/lib/base-url';
import { SAMPLE_ORGANIZATIONS } from '@/samples/sample-organizations';
import { normalizeApiKey } from '../model/api-key';
import { replayPresses } from '@/first-paint/takeover';
import type { TypedInput } from '@/first-paint/typed-input';
import { ApiKeyField, BaseUrlField, SampleOffer } from './key-screen-fields';

export interface KeyScreenNotice {
  title: string;
  message: string;
}

interface KeyScreenProps {
  onConnect: (connection: Connection) => void;
  /** Why the person is back here (e.g. the key was rejected); shown above the form. */
  notice?: KeyScreenNotice | null;
  initialBaseUrl?: string | undefined;
  /** Present when organizations are already connected: go back to them without adding one. */
  onCancel?: (() => void) | undefined;
  /** The display settings (theme, UTC), given by the page. */
  settings?: ReactNode;
  /** Typed before the app took the page over: kept, as the person left it. */
  typed?: TypedInput | null;
}

/** A valid http(s) base URL that this build's CSP also lets the page call. */
function checkBaseUrl(text: string) {
  const parsed = parseBaseUrl(text, config.origin);
  if (!parsed.ok || config.allowedApiOrigins === null) return parsed;
  const refusal = connectRefusal(parsed.url, config.origin, config.allowedApiOrigins);
  return refusal ? { ok: false as const, message: refusal } : parsed;
}

/** Where a person pastes a key (or picks the sample data) and connects. */
export function KeyScreen({
  onConnect,
  notice,
  initialBaseUrl = config.defaultApiText,
  onCancel,
  settings,
  typed = null,
}: KeyScreenProps) {
  const offered = initialBaseUrl === config.defaultApiUrl ? config.defaultApiText : initialBaseUrl;
  const [keyText, setKeyText] = useState(typed?.apiKey ?? '');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [baseUrlText, setBaseUrlText] = useState(typed?.baseUrl ?? offered);
  const [baseUrlError, setBaseUrlError] = useState<string | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(typed?.advancedOpen ?? offered !== config.defaultApiText);
  const keyInput = useRef<HTMLInputElement>(null);
  const baseUrlInput = useRef<HTMLInputElement>(null);
  const screenRef = useRef<HTMLElement>(null);
  const replayed = useRef(false);

  useEffect(() => {
    const input = typed?.focus?.field === 'api-base-url' ? baseUrlInput.current : keyInput.current;
    input?.focus();
    const selection = typed?.focus?.selection;
    if (input && selection) input.setSelectionRange(...selection);
    // Only on arrival and with each new notice: the typed input is the page's starting point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice]);

  // What was pressed before the app took the page over is pressed again, now, once.
  useEffect(() => {
    if (replayed.current || !typed) return;
    replayed.current = true;
    if (screenRef.current) replayPresses(screenRef.current, typed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keyCheck = keyText.trim() ? normalizeApiKey(keyText) : null;
  const typedBaseUrl = parseBaseUrl(baseUrlText, config.origin);

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
    <main ref={screenRef} className="flex min-h-screen items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center gap-3">
          <img src={assetUrl('favicon.svg')} alt="" width={36} height={36} />
          <div>
            <h1 className="text-xl font-semibold">Mixpeek account dashboard</h1>
            <p className="text-sm text-ink-muted">
              Account status, credits, rate limits and billing for your organization.
            </p>
          </div>
        </div>

        {onCancel ? (
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-surface-muted p-3 text-sm">
            <p>Add another organization with its API key.</p>
            <Button onClick={onCancel}>Back to the dashboard</Button>
          </div>
        ) : null}

        {notice ? (
          <div role="alert" className="mb-4 rounded-lg border border-danger/40 bg-surface p-3 text-sm">
            <p className="font-semibold text-danger">{notice.title}</p>
            <p className="mt-1 break-words text-ink-muted">{notice.message}</p>
          </div>
        ) : null}

        <form noValidate onSubmit={submit} className="rounded-xl border border-line bg-surface p-5">
          <ApiKeyField
            value={keyText}
            onChange={(text) => {
              setKeyText(text);
              setKeyError(null);
            }}
            inputRef={keyInput}
            error={keyError}
            warning={keyCheck?.ok ? keyCheck.warning : undefined}
            destination={typedBaseUrl.ok ? typedBaseUrl.url : null}
          />

          <BaseUrlField
            value={baseUrlText}
            onChange={(text) => {
              setBaseUrlText(text);
              setBaseUrlError(null);
            }}
            inputRef={baseUrlInput}
            error={baseUrlError}
            warning={typedBaseUrl.ok ? insecureBaseUrlWarning(typedBaseUrl.url) : null}
            open={advancedOpen}
            onOpenChange={setAdvancedOpen}
          />

          <Button type="submit" variant="primary" className="mt-5 w-full">
            <KeyRound size={16} aria-hidden />
            Connect
          </Button>
        </form>

        <SampleOffer onTry={() => onConnect({ kind: 'sample', sampleId: SAMPLE_ORGANIZATIONS[0]!.id })} />

        {settings ? <div className="mt-4 flex justify-end">{settings}</div> : null}

        {config.warnings.map((w) => (
          <p key={w} className="mt-3 text-xs text-warn">
            {w}
          </p>
        ))}
      </div>
    </main>
  );
}
