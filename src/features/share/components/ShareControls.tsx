import { Copy, Download, FileSpreadsheet, FileText, Printer, Share2 } from 'lucide-react';
import { buttonClass } from '@/components/buttons';
import { Menu, type MenuItem } from '@/components/Menu';
import { Switch } from '@/components/Switch';
import type { ShareState } from '../share-context';
import type { Feedback } from '../use-share-actions';

/** The element the whole-dashboard image is made of (cards, notices and footer; no header). */
export const DASHBOARD_EXPORT_ID = 'dashboard-export';

interface ShareControlsProps {
  /** Null until an organization is loaded: the controls are shown, disabled, to keep the header still. */
  share: ShareState | null;
  hideIdentifiers: boolean;
  onHideIdentifiers: (hide: boolean) => void;
  feedback: Feedback | null;
}

export function ShareControls({ share, hideIdentifiers, onHideIdentifiers, feedback }: ShareControlsProps) {
  const actions = share?.actions;
  const dashboard = (run: (node: HTMLElement) => void) => () => {
    const node = document.getElementById(DASHBOARD_EXPORT_ID);
    if (node) run(node);
  };
  const items: MenuItem[] = !actions
    ? []
    : [
        { label: 'Download PNG', icon: <Download size={15} aria-hidden />, onSelect: dashboard(actions.downloadPng) },
        { label: 'Copy image', icon: <Copy size={15} aria-hidden />, onSelect: dashboard(actions.copyImage) },
        ...(actions.shareImage
          ? [{ label: 'Share…', icon: <Share2 size={15} aria-hidden />, onSelect: dashboard(actions.shareImage) }]
          : []),
        { label: 'Download CSV', icon: <FileSpreadsheet size={15} aria-hidden />, onSelect: actions.downloadCsv },
        {
          label: 'Copy summary',
          icon: <FileText size={15} aria-hidden />,
          onSelect: () => actions.copySummary('text'),
        },
        {
          label: 'Copy summary as Markdown',
          icon: <FileText size={15} aria-hidden />,
          onSelect: () => actions.copySummary('markdown'),
        },
        { label: 'Print', icon: <Printer size={15} aria-hidden />, onSelect: actions.print },
      ];
  return (
    <div className="flex items-center gap-2" data-export-exclude>
      <Switch label="Hide identifiers" checked={hideIdentifiers} disabled={!share} onChange={onHideIdentifiers} />
      <Menu
        label="Share"
        trigger={
          <>
            <Share2 size={16} aria-hidden />
            Share
          </>
        }
        triggerClassName={buttonClass.secondary}
        items={items}
        disabled={!share}
      />
      {/* A toast, out of the layout: feedback never moves the header. */}
      <p
        role="status"
        className={`fixed right-4 bottom-4 z-30 max-w-sm rounded-lg border border-line bg-surface px-4 py-2 text-sm shadow-lg empty:hidden ${feedback?.tone === 'error' ? 'text-danger' : 'text-ok'}`}
        data-testid="share-feedback"
      >
        {feedback?.message ?? ''}
      </p>
    </div>
  );
}
