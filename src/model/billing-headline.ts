import { formatInteger } from '@/lib/format';
import type { CreditBalance, CurrentUsage } from './billing';
import { formatUsd } from './money';
import { runwayModel } from './runway';

/**
 * The one line about billing that the headline (and every export) carries: "This period:
 * 62,300 credits · $62.30 estimated · about 18 days left", from whatever is known of it.
 * Null when nothing is.
 */
export function billingHeadlineText({
  usage,
  balance,
  autoBillingEnabled,
  now,
  locale,
}: {
  usage: CurrentUsage | null;
  balance: CreditBalance | null;
  /** The organization's, where usage/current does not say. */
  autoBillingEnabled: boolean | null;
  now: Date;
  locale?: string;
}): string | null {
  const parts: string[] = [];
  if (usage?.currentMonthUsage != null) parts.push(`${formatInteger(usage.currentMonthUsage, locale)} credits`);
  if (usage?.estimatedCostUsd != null) parts.push(`${formatUsd(usage.estimatedCostUsd, locale)} estimated`);
  if (balance) {
    const runway = runwayModel({ balance, autoBillingEnabled: usage?.autoBillingEnabled ?? autoBillingEnabled, now });
    if (runway.kind === 'estimate') {
      parts.push(
        runway.days === 0
          ? 'less than a day left'
          : `about ${formatInteger(runway.days, locale)} ${runway.days === 1 ? 'day' : 'days'} left`,
      );
    } else if (runway.kind === 'not-limited') parts.push('not limited (auto-billing)');
    else if (runway.kind === 'no-recent-usage') parts.push('no usage in the last 7 days');
    else if (runway.kind === 'depleted') parts.push('no credits left');
  }
  return parts.length > 0 ? `This period: ${parts.join(' · ')}` : null;
}
