import { Copy, Download, FileCode, FileSpreadsheet, FileText, Printer, Share2 } from 'lucide-react';
import type { RefObject } from 'react';
import type { MenuEntry } from '@/components/ui/menu';
import type { ShareActions } from '../types';

/** The dashboard's share actions as menu entries (the Share menu, and the phone's one actions menu). */
export function shareEntries(actions: ShareActions, target: RefObject<HTMLElement | null>): MenuEntry[] {
  const dashboard = (run: (t: { node: HTMLElement; scope: 'dashboard' }) => void) => () => {
    if (target.current) run({ node: target.current, scope: 'dashboard' });
  };
  return [
    { label: 'Download PNG', icon: <Download size={15} aria-hidden />, onSelect: dashboard(actions.downloadPng) },
    { label: 'Copy image', icon: <Copy size={15} aria-hidden />, onSelect: dashboard(actions.copyImage) },
    ...(actions.shareImage
      ? [{ label: 'Share…', icon: <Share2 size={15} aria-hidden />, onSelect: dashboard(actions.shareImage) }]
      : []),
    { label: 'Download CSV', icon: <FileSpreadsheet size={15} aria-hidden />, onSelect: actions.downloadCsv },
    ...(actions.downloadInvoicesCsv
      ? [
          {
            label: 'Download invoices CSV',
            icon: <FileSpreadsheet size={15} aria-hidden />,
            onSelect: actions.downloadInvoicesCsv,
          },
        ]
      : []),
    { label: 'Copy summary', icon: <FileText size={15} aria-hidden />, onSelect: () => actions.copySummary('text') },
    {
      label: 'Copy summary as Markdown',
      icon: <FileText size={15} aria-hidden />,
      onSelect: () => actions.copySummary('markdown'),
    },
    {
      label: 'Download statement (HTML)',
      icon: <FileCode size={15} aria-hidden />,
      onSelect: actions.downloadStatement,
    },
    { label: 'Print headline only', icon: <Printer size={15} aria-hidden />, onSelect: actions.printHeadline },
    // The statement is the PDF: the browser's print dialog saves it as one (no PDF library here).
    { label: 'Print statement or save as PDF', icon: <Printer size={15} aria-hidden />, onSelect: actions.print },
  ];
}
