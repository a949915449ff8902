import { useId, type ReactNode } from 'react';

/** What a field's control needs to be labelled and described. */
interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** Always shown under the control. */
  help?: ReactNode;
  /** Why the value was refused; replaces the warning. */
  error?: string | null;
  /** Accepted, but worth a second look. */
  warning?: string | null;
  /** `inline`: label beside the control (search boxes); default above it. */
  layout?: 'stacked' | 'inline';
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled input with its help, error and warning, wired together for assistive technology. */
export function Field({ label, help, error, warning, layout = 'stacked', className = '', children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const messageId = `${id}-message`;
  const describedBy = [help ? helpId : null, error || warning ? messageId : null].filter(Boolean).join(' ');
  const control = children({
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  });
  return (
    <div className={layout === 'inline' ? `flex flex-wrap items-center gap-3 ${className}` : className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {layout === 'inline' ? control : <div className="mt-1.5">{control}</div>}
      {help ? (
        <p id={helpId} className="mt-1.5 text-xs text-ink-muted">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={messageId} role="alert" className="mt-1.5 text-sm text-danger">
          {error}
        </p>
      ) : warning ? (
        <p id={messageId} role="status" className="mt-1.5 text-sm text-warn">
          {warning}
        </p>
      ) : null}
    </div>
  );
}

/** The look of the app's text inputs. */
export const inputClass =
  'min-h-9 min-w-0 rounded-lg border border-line bg-canvas px-3 py-2 text-sm leading-6 placeholder:text-ink-muted';
