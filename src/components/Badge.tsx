import type { CSSProperties, ReactNode } from 'react';

interface BadgeProps {
  children: ReactNode;
  /** Background and text colours, normally CSS variables. */
  tone?: { background: string; color: string };
  className?: string;
}

export function Badge({ children, tone, className = '' }: BadgeProps) {
  const style: CSSProperties | undefined = tone ? { background: tone.background, color: tone.color } : undefined;
  return (
    <span
      style={style}
      className={`inline-flex items-center gap-1 rounded-full whitespace-nowrap border border-line px-2 py-0.5 text-xs font-semibold ${tone ? '' : 'bg-surface-muted text-ink'} ${className}`}
    >
      {children}
    </span>
  );
}
