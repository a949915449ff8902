import type { ReactNode } from 'react';

interface CardProps {
  title: string;
  /** Shown under the title in muted text. */
  subtitle?: ReactNode;
  /** Right side of the title row (menus, toggles). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Card ids double as test and export anchors. */
  id?: string;
  /** Shown only in exports of the card (see features/share/capture.ts). */
  footer?: ReactNode;
}

/** A titled panel of the dashboard; the heading names the region for assistive technology. */
export function Card({ title, subtitle, actions, children, className = '', id, footer }: CardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`rounded-xl border border-line bg-surface p-5 shadow-[0_1px_2px_rgba(0,0,0,0.04)] ${className}`}
    >
      <div className="mb-4 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {subtitle ? <p className="mt-0.5 text-sm text-ink-muted">{subtitle}</p> : null}
        </div>
        {actions}
      </div>
      {children}
      {footer}
    </section>
  );
}
