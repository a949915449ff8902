import { AlertOctagon, AlertTriangle, CheckCircle2, Info, TrendingUp } from 'lucide-react';
import type { StatusTone } from '@/model/balance-status';

const TONES: Record<StatusTone, { className: string; Icon: typeof Info }> = {
  ok: { className: 'text-ok', Icon: CheckCircle2 },
  warn: { className: 'text-warn', Icon: AlertTriangle },
  danger: { className: 'text-danger', Icon: AlertOctagon },
  info: { className: 'text-info', Icon: TrendingUp },
  neutral: { className: 'text-ink-muted', Icon: Info },
};

/** A state in words with an icon; colour is never the only signal. */
export function StatusLine({ tone, children, id }: { tone: StatusTone; children: string; id?: string }) {
  const { className, Icon } = TONES[tone];
  return (
    <p id={id} className={`flex items-start gap-1.5 text-sm font-medium ${className}`} data-tone={tone}>
      <Icon size={16} aria-hidden className="mt-0.5 shrink-0" />
      <span>{children}</span>
    </p>
  );
}
