import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFingerprint } from './fingerprint';

describe('keyFingerprint', () => {
  it('is 16 lowercase hex characters', () => {
    for (const key of ['', 'a', 'sk_live_abc123def456', 'x'.repeat(1_000), 'ключ']) {
      expect(keyFingerprint(key)).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('is the 64-bit FNV-1a hash', () => {
    // Published FNV-1a 64 test vectors.
    expect(keyFingerprint('')).toBe('cbf29ce484222325');
    expect(keyFingerprint('a')).toBe('af63dc4c8601ec8c');
    expect(keyFingerprint('foobar')).toBe('85944171f73967e8');
  });

  it('is stable for the same key', () => {
    expect(keyFingerprint('sk_live_abc123def456')).toBe(keyFingerprint('sk_live_abc123def456'));
  });

  it('differs for keys that differ in one character', () => {
    expect(keyFingerprint('sk_live_abc123def456')).not.toBe(keyFingerprint('sk_live_abc123def457'));
    expect(keyFingerprint('sk_live_abc123def456')).not.toBe(keyFingerprint('sk_test_abc123def456'));
  });

  it('does not contain the key or its tail', () => {
    const key = 'sk_live_abc123def456';
    const fp = keyFingerprint(key);
    expect(fp).not.toContain(key);
    expect(fp).not.toContain('def456');
  });

  it('differs across many distinct keys', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 2, maxLength: 50 }),
        (keys) => {
          expect(new Set(keys.map(keyFingerprint)).size).toBe(keys.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
