import type { ExportScope } from './capture';
import type { ShareFacts } from './model/share-facts';

export interface Feedback {
  tone: 'ok' | 'error';
  message: string;
}

/** What is exported as an image: the element, and which footer it reveals; a card names itself in the file name. */
interface ExportTarget {
  node: HTMLElement;
  scope: ExportScope;
  /** "credit" → "…-credit.png"; none for the whole dashboard. */
  part?: string;
}

export interface ShareActions {
  downloadPng: (target: ExportTarget) => void;
  copyImage: (target: ExportTarget) => void;
  /** Null where the browser has no Web Share API. */
  shareImage: ((target: ExportTarget) => void) | null;
  downloadCsv: () => void;
  /** Null when there are no invoices to list. */
  downloadInvoicesCsv: (() => void) | null;
  copySummary: (format: 'text' | 'markdown') => void;
  /** The account statement: the headline, then billing, the tiers and the users' counts. */
  print: () => void;
  /** The headline alone, on one page. */
  printHeadline: () => void;
  /** The statement as one self-contained HTML file. */
  downloadStatement: () => void;
}

/** What the share controls and the export footers read: the facts as of the capture time, and the actions. */
export interface ShareState {
  facts: ShareFacts;
  actions: ShareActions;
}
