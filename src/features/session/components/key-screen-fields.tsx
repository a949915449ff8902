import { Eye, EyeOff, FlaskConical } from 'lucide-react';
import { useState, type RefObject } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { config } from '@/config/env';
import { KEY_SCREEN_BUTTON } from '@/first-paint/page-markers';
import { KeyDestination } from './key-destination';

interface TextFieldProps {
  value: string;
  onChange: (text: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  error: string | null;
  warning: string | null | undefined;
}

/** The API key, hidden by default (Show reveals it), and where it will be sent. */
export function ApiKeyField({
  value,
  onChange,
  inputRef,
  error,
  warning,
  destination,
}: TextFieldProps & { destination: string | null }) {
  const [showKey, setShowKey] = useState(false);
  return (
    <Field
      label="API key"
      error={error}
      warning={warning}
      help={
        <>
          Kept in this tab only (sessionStorage) and sent only <KeyDestination baseUrl={destination} />. Closing the tab
          forgets it.
        </>
      }
    >
      {(control) => (
        <div className="flex gap-2">
          <input
            {...control}
            ref={inputRef}
            name="api-key"
            type={showKey ? 'text' : 'password'}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder="sk_live_…"
            className={`${inputClass} flex-1 font-mono`}
          />
          <Button
            name={KEY_SCREEN_BUTTON.showKey}
            onClick={() => setShowKey((v) => !v)}
            aria-pressed={showKey}
            aria-controls={control.id}
          >
            {showKey ? <EyeOff size={16} aria-hidden /> : <Eye size={16} aria-hidden />}
            {showKey ? 'Hide' : 'Show'}
          </Button>
        </div>
      )}
    </Field>
  );
}

/** Advanced: the API base URL, with the proxy one press away. */
export function BaseUrlField({
  value,
  onChange,
  inputRef,
  error,
  warning,
  open,
  onOpenChange,
}: TextFieldProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <details className="mt-4 text-sm" open={open} onToggle={(e) => onOpenChange(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-ink-muted">Advanced</summary>
      <Field
        className="mt-3"
        label="API base URL"
        error={error}
        warning={warning}
        help={
          <>
            {config.defaultApiText === config.proxyPath
              ? `Default ${config.proxyPath}: this site's proxy to Mixpeek, which works from any address.`
              : `Default ${config.defaultApiText}, as this build was set up. This site's proxy to Mixpeek, ${config.proxyPath}, works from any address.`}{' '}
            The direct URL, {config.directApiUrl}, answers only pages on Mixpeek&apos;s own addresses (CORS).{' '}
            <Button
              variant="link"
              className="font-mono"
              name={KEY_SCREEN_BUTTON.useProxy}
              value={config.proxyPath}
              onClick={() => onChange(config.proxyPath)}
            >
              Use the proxy
            </Button>
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            name="api-base-url"
            type="url"
            inputMode="url"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            className={`${inputClass} w-full font-mono`}
          />
        )}
      </Field>
    </details>
  );
}

/** For a person without a key at hand: the dashboard of the built-in sample organizations. */
export function SampleOffer({ onTry }: { onTry: () => void }) {
  return (
    <div className="mt-4 rounded-xl border border-dashed border-line p-4 text-sm">
      <p className="text-ink-muted">No key at hand? See the dashboard with built-in sample organizations, offline.</p>
      <Button className="mt-3 w-full" name={KEY_SCREEN_BUTTON.trySample} onClick={onTry}>
        <FlaskConical size={16} aria-hidden />
        Try with sample data
      </Button>
    </div>
  );
}
