import { ExternalLink } from 'lucide-react';
import { safeLinkUrl } from '@/lib/safe-url';

/**
 * A string from the API, shown as data: isolated from the text around it (so right-to-left
 * marks in it reorder nothing else), wrapped however long, and a link only when it is an
 * https URL (or http to this machine), opened in a new tab without a referrer.
 */
export function ApiText({ text, linkLabel }: { text: string; linkLabel?: string }) {
  const href = safeLinkUrl(text);
  if (href === null) {
    return (
      <bdi className="break-words [overflow-wrap:anywhere]" dir="auto">
        {text}
      </bdi>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex max-w-full items-center gap-1 break-all text-accent underline"
    >
      <bdi dir="auto">{linkLabel ?? text}</bdi>
      <ExternalLink size={12} aria-hidden className="shrink-0" />
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
