/**
 * Links the caller's signal with a timeout on silence: it fires when nothing has arrived for
 * `timeoutMs` (no answer yet, or a body that stopped coming), not when a large body that keeps
 * arriving takes longer than that, as it may on a slow link or a busy machine. Tells which fired.
 */
export function withSilenceTimeout(signal: AbortSignal, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const fire = () => {
    timedOut = true;
    controller.abort();
  };
  let timer = setTimeout(fire, timeoutMs);
  const onAbort = () => controller.abort(signal.reason);
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    /** Something arrived: the silence starts again from now. */
    progressed: () => {
      if (timedOut) return;
      clearTimeout(timer);
      timer = setTimeout(fire, timeoutMs);
    },
    done: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}
