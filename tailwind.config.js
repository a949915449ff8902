/**
 * Design tokens for Tailwind. Colours are CSS variables defined in src/index.css, so the
 * light and dark themes (and the charts, which read the same variables) switch together.
 * Loaded by Tailwind v4 through `@config` in src/index.css.
 * @type {import('tailwindcss').Config}
 */
export default {
  theme: {
    extend: {
      colors: {
        canvas: 'var(--canvas)',
        surface: 'var(--surface)',
        'surface-muted': 'var(--surface-muted)',
        ink: 'var(--ink)',
        'ink-muted': 'var(--ink-muted)',
        line: 'var(--line)',
        accent: 'var(--accent)',
        'accent-ink': 'var(--accent-ink)',
        ok: 'var(--status-ok)',
        warn: 'var(--status-warn)',
        danger: 'var(--status-danger)',
        info: 'var(--status-info)',
        'chart-bar': 'var(--chart-bar)',
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
};
