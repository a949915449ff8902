/** Layout and headings shared by the dashboard and its skeleton, so the two always have the same shape. */
export const DASHBOARD_GRID = 'grid grid-cols-1 gap-4 lg:grid-cols-2 print:grid-cols-2';
export const HEADLINE_CARD_MIN_HEIGHT = 'min-h-[23rem]';

export const CARD_TEXT = {
  account: { title: 'Account' },
  credits: { title: 'Credits', subtitle: 'Balance against the monthly allowance' },
  rateLimits: { title: 'Rate limits', subtitle: 'Requests per minute, per category, cheapest to costliest' },
} as const;
