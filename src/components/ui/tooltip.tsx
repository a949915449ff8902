import type { ReactElement, ReactNode } from 'react';
import { useInteractiveParts } from './interactive';

/**
 * Tooltips (Radix) for hover and keyboard focus alike. Until the chunk is here there is
 * nothing to hover: `fallback` stands in (for a chart, nothing; its figures are in its labels).
 */
export function TooltipLayer({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const parts = useInteractiveParts();
  return parts ? <parts.TooltipProviderImpl>{children}</parts.TooltipProviderImpl> : fallback;
}

/** A tooltip on one trigger; only inside a TooltipLayer, which renders it once the chunk is here. */
export function Tooltip({
  content,
  children,
  testId,
  offset,
}: {
  content: ReactNode;
  children: ReactElement;
  testId?: string;
  /** Distance from the trigger's start edge where the tooltip begins. */
  offset?: number;
}) {
  const parts = useInteractiveParts();
  return parts ? (
    <parts.TooltipImpl content={content} testId={testId} offset={offset}>
      {children}
    </parts.TooltipImpl>
  ) : (
    children
  );
}
