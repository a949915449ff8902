export type KeyCheck = { ok: true; key: string; warning?: string } | { ok: false; message: string };

/**
 * Turns what a person pasted into a key: trims, drops a leading "Bearer " (as copied from
 * a curl example) and refuses what cannot be a key. A key without the documented `sk_`
 * prefix is accepted with a warning, because Mixpeek may issue other forms.
 */
export function normalizeApiKey(input: string): KeyCheck {
  const key = input
    .trim()
    .replace(/^bearer(\s+|$)/i, '')
    .trim();
  if (!key) return { ok: false, message: 'Enter your Mixpeek API key.' };
  if (/\s/.test(key)) return { ok: false, message: 'The API key must not contain spaces or line breaks.' };
  // Header values must be visible ASCII; anything else cannot be sent and would make fetch throw.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    return { ok: false, message: 'The API key contains characters that cannot be sent in a header.' };
  }
  if (!key.startsWith('sk_')) {
    return {
      ok: true,
      key,
      warning: 'Mixpeek API keys usually start with "sk_". Check that you pasted the whole key.',
    };
  }
  return { ok: true, key };
}

export type KeyEnvironment = 'live' | 'test' | 'unknown';

/** Mixpeek keys name their environment after `sk_`: `sk_live_…` or `sk_test_…`. */
export function keyEnvironment(key: string): KeyEnvironment {
  if (key.startsWith('sk_live_')) return 'live';
  if (key.startsWith('sk_test_')) return 'test';
  return 'unknown';
}

/**
 * The only form of the key ever shown: its prefix up to the environment and the last four
 * characters (`sk_live_…f456`). Short keys show less, so the mask never reveals most of a key.
 */
export function maskApiKey(key: string): string {
  const prefix = /^(sk_(?:live|test)_|sk_)/.exec(key)?.[0] ?? '';
  const rest = key.slice(prefix.length);
  const tailLength = rest.length >= 12 ? 4 : rest.length >= 8 ? 2 : 0;
  return `${prefix}…${tailLength ? rest.slice(-tailLength) : ''}`;
}
