import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';
import { buttonClass } from './ui/button';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name: "Copy organization ID". */
  label: string;
}

/** Copies text to the clipboard and says whether it worked. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    if (!navigator.clipboard) {
      setState('failed');
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <span className="inline-flex items-center gap-1" data-export-exclude>
      <button type="button" className={buttonClass('icon')} onClick={copy} aria-label={label} title={label}>
        {state === 'copied' ? <Check size={15} aria-hidden /> : <Copy size={15} aria-hidden />}
      </button>
      <span role="status" className="text-xs text-ink-muted">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: the browser refused clipboard access' : ''}
      </span>
    </span>
  );
}
