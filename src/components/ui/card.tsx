import { createContext, useContext, useId, useRef, type ComponentType, type ReactNode, type RefObject } from 'react';

/** What a card offers to whoever decorates it (the export menu): its element and its name. */
export interface CardHandle {
  ref: RefObject<HTMLElement | null>;
  title: string;
  /** "credit" for the credit card: used in export file names. */
  name: string;
}

/**
 * Extras every card of a view gets, given by the view that composes the cards (the
 * dashboard route gives the export menu and the footer printed on exported images), so
 * cards need not know the features that provide them.
 */
export interface CardExtras {
  Actions?: ComponentType<{ card: CardHandle }>;
  footer?: ReactNode;
}

const CardExtrasContext = createContext<CardExtras>({});

export function CardExtrasProvider({ value, children }: { value: CardExtras; children: ReactNode }) {
  return <CardExtrasContext.Provider value={value}>{children}</CardExtrasContext.Provider>;
}

interface CardProps {
  title: string;
  /** Names the card for exports ("credit" → "…-credit.png") and anchors it (`id="credit-card"`). */
  name: string;
  /** Shown under the title in muted text. */
  subtitle?: ReactNode;
  /** The card's own actions, before the extras (e.g. "Show as table"). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** False for cards outside the exported view (no export menu, no footer). */
  withExtras?: boolean;
}

/** A titled panel; the heading names the region for assistive technology. */
export function Card({ title, name, subtitle, actions, children, className = '', withExtras = true }: CardProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const extras = useContext(CardExtrasContext);
  const ExtraActions = withExtras ? extras.Actions : undefined;
  return (
    <section
      ref={ref}
      id={`${name}-card`}
      aria-labelledby={headingId}
      className={`min-w-0 rounded-xl border border-line bg-surface p-4 shadow-[0_1px_2px_rgba(0,0,0,0.04)] sm:p-5 ${className}`}
    >
      <div className="mb-4 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {subtitle ? <p className="mt-0.5 text-sm text-ink-muted">{subtitle}</p> : null}
        </div>
        {actions || ExtraActions ? (
          <div className="flex shrink-0 items-center gap-1" data-export-exclude>
            {actions}
            {ExtraActions ? <ExtraActions card={{ ref, title, name }} /> : null}
          </div>
        ) : null}
      </div>
      {children}
      {withExtras ? extras.footer : null}
    </section>
  );
}
