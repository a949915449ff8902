import { useShareState } from '../share-context';

/**
 * The line every image export and printout carries: who, which tier, when, from where.
 * Zero height on screen; revealed in exported images (capture.ts) and, for
 * the dashboard's own footer, in print.
 */
export function ExportFooter({ scope }: { scope: 'dashboard' | 'card' }) {
  const share = useShareState();
  if (!share) return null;
  const f = share.facts;
  return (
    <div
      data-export-footer={scope}
      // Clipped to nothing on screen (not `visibility: hidden`, which the copy drawn for an
      // export would inherit); hidden from assistive technology, as it repeats the page.
      aria-hidden
      className={`export-footer h-0 overflow-hidden ${scope === 'dashboard' ? 'export-footer-dashboard' : ''}`}
    >
      <p className="mt-4 border-t border-line pt-3 text-xs text-ink-muted">
        <bdi className="line-clamp-2 inline font-semibold break-words text-ink">{f.organizationName}</bdi>
        {' · '}
        {f.organizationId}
        {' · '}
        {f.tier}
        {' · '}
        Captured {f.capturedAt}
        {' · '}
        Source: {f.source}
      </p>
    </div>
  );
}
