import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyEnvironment, maskApiKey, normalizeApiKey } from './api-key';

const SPACES_MESSAGE = 'The API key must not contain spaces or line breaks.';
const HEADER_MESSAGE = 'The API key contains characters that cannot be sent in a header.';
const EMPTY_MESSAGE = 'Enter your Mixpeek API key.';

describe('normalizeApiKey', () => {
  it('accepts a plain key as is', () => {
    expect(normalizeApiKey('sk_live_abc123def456')).toEqual({ ok: true, key: 'sk_live_abc123def456' });
  });

  it('trims surrounding whitespace and line breaks', () => {
    expect(normalizeApiKey('  \tsk_live_abc123\r\n')).toEqual({ ok: true, key: 'sk_live_abc123' });
  });

  it.each([
    'Bearer sk_live_abc',
    'bearer sk_live_abc',
    'BEARER   sk_live_abc',
    ' Bearer\tsk_live_abc ',
    'BeArEr sk_live_abc',
  ])('strips a leading "Bearer " from %j', (input) => {
    expect(normalizeApiKey(input)).toEqual({ ok: true, key: 'sk_live_abc' });
  });

  it('strips only one leading Bearer', () => {
    const result = normalizeApiKey('Bearer Bearer sk_live_abc');
    expect(result).toEqual({ ok: false, message: SPACES_MESSAGE });
  });

  it('keeps "Bearer" that is part of the key', () => {
    expect(normalizeApiKey('sk_live_Bearer1')).toEqual({ ok: true, key: 'sk_live_Bearer1' });
  });

  it.each(['', '   ', '\n\t', '\u00a0'])('refuses the empty input %j', (input) => {
    expect(normalizeApiKey(input)).toEqual({ ok: false, message: EMPTY_MESSAGE });
  });

  it.each(['sk_live_abc def', 'sk_live_abc\ndef', 'sk_live_abc\tdef', 'sk_live_abc\u00a0def', 'sk_live_abc\u2003def'])(
    'refuses inner whitespace in %j',
    (input) => {
      expect(normalizeApiKey(input)).toEqual({ ok: false, message: SPACES_MESSAGE });
    },
  );

  it.each(['sk_live_é123', 'sk_live_abc\u200b', 'sk_live_🔑', 'sk_live_abc\u0000', 'sk_live_\u007f', 'ѕk_live_abc'])(
    'refuses characters that cannot go in a header: %j',
    (input) => {
      expect(normalizeApiKey(input)).toEqual({ ok: false, message: HEADER_MESSAGE });
    },
  );

  it.each(['abc123def456', 'pk_live_abc', 'SK_live_abc', 'Bearer abc'])(
    'accepts %j without the sk_ prefix, with a warning',
    (input) => {
      const result = normalizeApiKey(input);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.key).toBe(input.replace(/^Bearer /, ''));
      expect(result.warning).toMatch(/start with "sk_"/);
    },
  );

  it('gives no warning for a key with the sk_ prefix', () => {
    const result = normalizeApiKey('sk_anything');
    expect(result).toEqual({ ok: true, key: 'sk_anything' });
    expect(result).not.toHaveProperty('warning');
  });

  it('accepts every visible ASCII character', () => {
    let visible = '';
    for (let c = 0x21; c <= 0x7e; c++) visible += String.fromCharCode(c);
    const key = `sk_${visible}`;
    expect(normalizeApiKey(key)).toEqual({ ok: true, key });
  });

  it('always gives a key that is visible ASCII, or refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = normalizeApiKey(input);
        if (result.ok) {
          expect(result.key).toMatch(/^[\x21-\x7e]+$/);
          expect(input).toContain(result.key);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same key when normalized twice', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const first = normalizeApiKey(input);
        if (first.ok) expect(normalizeApiKey(first.key)).toMatchObject({ ok: true, key: first.key });
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyEnvironment', () => {
  it.each([
    ['sk_live_abc', 'live'],
    ['sk_test_abc', 'test'],
    ['sk_live_', 'live'],
    ['sk_abc', 'unknown'],
    ['sk_LIVE_abc', 'unknown'],
    ['live_abc', 'unknown'],
    ['sk_livexabc', 'unknown'],
    ['', 'unknown'],
  ])('%j is %s', (key, environment) => {
    expect(keyEnvironment(key)).toBe(environment);
  });
});

describe('maskApiKey', () => {
  it('shows the prefix up to the environment and the last four characters', () => {
    expect(maskApiKey('sk_live_abc123def456')).toBe('sk_live_…f456');
    expect(maskApiKey('sk_test_demo_pro_f456')).toBe('sk_test_…f456');
  });

  it('keeps only sk_ as the prefix for keys without an environment', () => {
    expect(maskApiKey('sk_abcdefghijkl')).toBe('sk_…ijkl');
  });

  it('shows no prefix for keys without sk_', () => {
    expect(maskApiKey('abcdefghijklmnop')).toBe('…mnop');
  });

  it('reveals two characters when the secret part has 8 to 11 characters', () => {
    expect(maskApiKey('sk_live_abcdefgh')).toBe('sk_live_…gh');
    expect(maskApiKey('sk_live_abcdefghijk')).toBe('sk_live_…jk');
  });

  it('reveals four characters from a 12-character secret part', () => {
    expect(maskApiKey('sk_live_abcdefghijkl')).toBe('sk_live_…ijkl');
  });

  it('reveals nothing of a secret part under 8 characters', () => {
    expect(maskApiKey('sk_live_abcdefg')).toBe('sk_live_…');
    expect(maskApiKey('sk_test_x')).toBe('sk_test_…');
    expect(maskApiKey('sk_live_')).toBe('sk_live_…');
    expect(maskApiKey('abc')).toBe('…');
    expect(maskApiKey('')).toBe('…');
  });

  it('never shows more than 4 characters of the secret part, nor most of it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('sk_live_', 'sk_test_', 'sk_', ''),
        fc.string({ minLength: 0, maxLength: 80 }).filter((s) => !s.includes('…')),
        (prefix, secret) => {
          const key = prefix + secret;
          const mask = maskApiKey(key);
          const [shownPrefix, shownTail] = mask.split('…') as [string, string];
          expect(key.startsWith(shownPrefix)).toBe(true);
          expect(key.endsWith(shownTail)).toBe(true);
          const secretPart = key.slice(shownPrefix.length);
          expect(shownTail.length).toBeLessThanOrEqual(4);
          expect(shownTail.length * 2).toBeLessThan(Math.max(1, secretPart.length));
          if (secretPart.length >= 8) expect(mask).not.toContain(secretPart);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('normalizeApiKey: "Bearer" alone is no key', () => {
  it.each(['Bearer ', 'Bearer', '  bearer   '])('%j → refused as empty', (input) => {
    expect(normalizeApiKey(input)).toEqual({ ok: false, message: 'Enter your Mixpeek API key.' });
  });
});
