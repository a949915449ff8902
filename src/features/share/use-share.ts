import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Connection } from '@/api/connection';
import { capturePng, downloadBlob } from './capture';
import type { ExportExtension } from '@/lib/safe-file-name';
import { factsCsv, invoicesCsv } from './model/csv';
import { shareFileName } from './model/share-file-name';
import type { ShareFacts } from './model/share-facts';
import { summaryMarkdown, summaryText } from './model/summary';
import { usePageMargins } from './hooks/use-page-margins';
import { useShareFacts } from './hooks/use-share-facts';
import type { Feedback, ShareActions, ShareState } from './types';

interface ShareInput {
  connection: Connection;
  hideIdentifiers: boolean;
}

/** How long a "Downloaded …" or failure message stays on screen. */
const FEEDBACK_MS = 6_000;

const reason = (error: unknown) => (error instanceof Error && error.message ? error.message : 'unknown error');

/**
 * Sharing with billing staff: the capture time the export footers show, the facts every
 * export is made from (so the image, the CSV and the summaries never disagree), and every
 * action, each ending in visible feedback: done, or failed and why.
 */
export function useShare({ connection, hideIdentifiers }: ShareInput) {
  const { factsAt, organizationId } = useShareFacts(connection, hideIdentifiers);
  const [capturedAt, setCapturedAt] = useState(() => new Date());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  useEffect(() => {
    if (!feedback) return;
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  // Ctrl+P prints without the Print item: stamp the time before the page is laid out.
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setCapturedAt(new Date()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);

  const state = factsAt ? shareState(() => factsAt(capturedAt), actionsFor(factsAt)) : null;
  usePageMargins(state?.facts ?? null);
  return { state, feedback };

  function actionsFor(factsAt: (at: Date) => ShareFacts): ShareActions {
    const ok = (message: string) => setFeedback({ tone: 'ok', message });
    const fail = (message: string) => setFeedback({ tone: 'error', message });
    const fileName = (extension: ExportExtension, at: Date, part?: string) =>
      shareFileName(organizationId, at, extension, hideIdentifiers, part);
    /** Now, written into the footers before the page is drawn or printed. */
    const stamp = () => {
      const at = new Date();
      flushSync(() => setCapturedAt(at));
      return at;
    };

    const actions: ShareActions = {
      downloadPng: ({ node, scope, part }) => {
        const at = stamp();
        setFeedback(null);
        capturePng(node, scope).then(
          (blob) => {
            downloadBlob(blob, fileName('png', at, part));
            ok(`Downloaded ${fileName('png', at, part)}`);
          },
          (error: unknown) => fail(`The image could not be made: ${reason(error)}`),
        );
      },
      copyImage: ({ node, scope }) => {
        if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
          fail('This browser cannot put images on the clipboard. Use Download PNG instead.');
          return;
        }
        stamp();
        // The ClipboardItem gets the promise, and write() is called now, inside the click:
        // Safari refuses a clipboard write that follows an await.
        const item = new ClipboardItem({ 'image/png': capturePng(node, scope) });
        navigator.clipboard.write([item]).then(
          () => ok('Image copied to the clipboard'),
          (error: unknown) => fail(`The browser refused to copy the image: ${reason(error)}`),
        );
      },
      shareImage:
        typeof navigator !== 'undefined' && typeof navigator.share === 'function'
          ? ({ node, scope, part }) => {
              const at = stamp();
              capturePng(node, scope)
                .then((blob) => {
                  const file = new File([blob], fileName('png', at, part), { type: 'image/png' });
                  if (navigator.canShare && !navigator.canShare({ files: [file] })) {
                    throw new Error('this browser cannot share image files');
                  }
                  return navigator.share({ files: [file], title: `Mixpeek account: ${factsAt(at).organizationName}` });
                })
                .then(
                  () => ok('Shared'),
                  (error: unknown) =>
                    error instanceof DOMException && error.name === 'AbortError'
                      ? ok('Sharing cancelled')
                      : fail(`Sharing failed: ${reason(error)}`),
                );
            }
          : null,
      downloadCsv: () => {
        const at = stamp();
        downloadBlob(new Blob([factsCsv(factsAt(at))], { type: 'text/csv;charset=utf-8' }), fileName('csv', at));
        ok(`Downloaded ${fileName('csv', at)}`);
      },
      downloadInvoicesCsv: factsAt(capturedAt).billing?.invoices.length
        ? () => {
            const at = stamp();
            const name = fileName('csv', at, 'invoices');
            downloadBlob(new Blob([invoicesCsv(factsAt(at))], { type: 'text/csv;charset=utf-8' }), name);
            ok(`Downloaded ${name}`);
          }
        : null,
      copySummary: (format) => {
        if (!navigator.clipboard?.writeText) {
          fail('This browser does not allow copying text here.');
          return;
        }
        const facts = factsAt(stamp());
        const text = format === 'markdown' ? summaryMarkdown(facts) : summaryText(facts);
        navigator.clipboard.writeText(text).then(
          () => ok(format === 'markdown' ? 'Markdown summary copied' : 'Summary copied'),
          (error: unknown) => fail(`The browser refused to copy the summary: ${reason(error)}`),
        );
      },
      print: () => {
        stamp();
        delete document.documentElement.dataset.print;
        window.print();
      },
      printHeadline: () => {
        stamp();
        // Until the print is done (print() returns at once in some browsers; afterprint follows).
        document.documentElement.dataset.print = 'headline';
        window.addEventListener('afterprint', () => delete document.documentElement.dataset.print, { once: true });
        window.print();
      },
      downloadStatement: () => {
        const at = stamp();
        const name = fileName('html', at, 'statement');
        const dashboard = document.getElementById('dashboard');
        if (!dashboard) return fail('The statement could not be made: the dashboard is not on the page.');
        // The statement's code is loaded only when asked for (the headline's budget stays as it is).
        import('./statement/statement-file').then(
          ({ statementHtml }) => {
            const html = statementHtml({ dashboard, facts: factsAt(at), sheets: Array.from(document.styleSheets) });
            downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), name);
            ok(`Downloaded ${name}`);
          },
          (error: unknown) => fail(`The statement could not be made: ${reason(error)}`),
        );
      },
    };
    return actions;
  }
}

/** Sharing is an extra: if its facts cannot be built, the dashboard stays and sharing is hidden. */
function shareState(facts: () => ShareFacts, actions: ShareActions): ShareState | null {
  try {
    return { facts: facts(), actions };
  } catch (error) {
    console.error('Sharing is unavailable:', error instanceof Error ? error.message : error);
    return null;
  }
}
