import type { ComponentProps } from 'react';

/** One look per role, used by every button of the app (and by triggers that render a button). */
const base =
  'inline-flex min-h-9 items-center justify-center gap-2 whitespace-nowrap rounded-lg px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60';

const variants = {
  primary: `${base} bg-accent text-accent-ink hover:opacity-90`,
  secondary: `${base} border border-line bg-surface text-ink hover:bg-surface-muted`,
  ghost: `${base} text-ink-muted hover:bg-surface-muted hover:text-ink`,
  icon: 'inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md text-ink-muted hover:bg-surface-muted hover:text-ink disabled:cursor-not-allowed disabled:opacity-60',
  link: 'text-accent underline decoration-1 underline-offset-2 hover:decoration-2',
} as const;

export type ButtonVariant = keyof typeof variants;

export const buttonClass = (variant: ButtonVariant = 'secondary', extra = '') =>
  extra ? `${variants[variant]} ${extra}` : variants[variant];

type ButtonProps = ComponentProps<'button'> & { variant?: ButtonVariant };

export function Button({ variant = 'secondary', className = '', type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
