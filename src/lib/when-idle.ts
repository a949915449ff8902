/**
 * Runs `run` once the browser is idle, or after `timeoutMs` at the latest (a busy page, or a
 * browser without idle callbacks). Returns a cancel function for effects.
 */
export function whenIdle(run: () => void, timeoutMs = 1_000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, Math.min(timeoutMs, 200));
  return () => clearTimeout(timer);
}
