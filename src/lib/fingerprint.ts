/**
 * A short, stable tag for a key (64-bit FNV-1a, hex), used in query keys and to tell keys
 * apart, so the raw key never sits in the query cache or devtools. Synchronous on purpose:
 * SubtleCrypto is async and absent on plain-http origins. Not a security measure: the key
 * itself is in sessionStorage anyway.
 */
export function keyFingerprint(key: string): string {
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) {
    hash = ((hash ^ BigInt(key.charCodeAt(i))) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
