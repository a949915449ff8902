import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { capturePng, downloadBlob } from './capture';
import { factsCsv } from './model/csv';
import { exportFileName } from './model/file-name';
import type { ShareFacts } from './model/share-facts';
import { summaryMarkdown, summaryText } from './model/summary';

export interface Feedback {
  tone: 'ok' | 'error';
  message: string;
}

export interface ShareActions {
  downloadPng: (node: HTMLElement) => void;
  copyImage: (node: HTMLElement) => void;
  /** Null where the browser has no Web Share API. */
  shareImage: ((node: HTMLElement) => void) | null;
  downloadCsv: () => void;
  copySummary: (format: 'text' | 'markdown') => void;
  print: () => void;
}

interface Options {
  /** The facts as of a capture time (text exports build their own, to the second). */
  factsAt: (capturedAt: Date) => ShareFacts;
  organizationId: string | null;
  hideIdentifiers: boolean;
  /** Puts a capture time into the on-page footers; called inside flushSync, before drawing. */
  setCapturedAt: (capturedAt: Date) => void;
}

/** "credit-card" → "credit"; the whole dashboard has no part name. */
const cardPart = (node: HTMLElement) => (node.id === 'dashboard-export' ? undefined : node.id.replace(/-card$/, ''));

const reason = (error: unknown) => (error instanceof Error && error.message ? error.message : 'unknown error');

/** Every share action, each ending in visible feedback: done, or failed and why. */
export function useShareActions({ factsAt, organizationId, hideIdentifiers, setCapturedAt }: Options) {
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const ok = (message: string) => setFeedback({ tone: 'ok', message });
  const fail = (message: string) => setFeedback({ tone: 'error', message });

  const fileName = useCallback(
    (extension: string, at: Date, node?: HTMLElement) =>
      exportFileName(organizationId, at, extension, hideIdentifiers, node ? cardPart(node) : undefined),
    [organizationId, hideIdentifiers],
  );

  /** Now, written into the footers before the page is drawn or printed. */
  const stamp = () => {
    const at = new Date();
    flushSync(() => setCapturedAt(at));
    return at;
  };

  const actions: ShareActions = {
    downloadPng: (node) => {
      const at = stamp();
      setFeedback(null);
      capturePng(node).then(
        (blob) => {
          downloadBlob(blob, fileName('png', at, node));
          ok(`Downloaded ${fileName('png', at, node)}`);
        },
        (error: unknown) => fail(`The image could not be made: ${reason(error)}`),
      );
    },
    copyImage: (node) => {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
        fail('This browser cannot put images on the clipboard. Use Download PNG instead.');
        return;
      }
      stamp();
      // The ClipboardItem gets the promise, and write() is called now, inside the click:
      // Safari refuses a clipboard write that follows an await.
      const item = new ClipboardItem({ 'image/png': capturePng(node) });
      navigator.clipboard.write([item]).then(
        () => ok('Image copied to the clipboard'),
        (error: unknown) => fail(`The browser refused to copy the image: ${reason(error)}`),
      );
    },
    shareImage:
      typeof navigator !== 'undefined' && typeof navigator.share === 'function'
        ? (node) => {
            const at = stamp();
            capturePng(node)
              .then((blob) => {
                const file = new File([blob], fileName('png', at, node), { type: 'image/png' });
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
      window.print();
    },
  };

  return { actions, feedback, clearFeedback: () => setFeedback(null) };
}
