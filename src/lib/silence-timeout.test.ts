import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withSilenceTimeout } from './silence-timeout';

describe('a timeout on silence', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once nothing has arrived for its time', () => {
    const timeout = withSilenceTimeout(new AbortController().signal, 1_000);
    vi.advanceTimersByTime(999);
    expect(timeout.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(timeout.signal.aborted).toBe(true);
    expect(timeout.timedOut()).toBe(true);
  });

  it('does not fire while parts keep arriving, however long it all takes', () => {
    const timeout = withSilenceTimeout(new AbortController().signal, 1_000);
    for (let part = 0; part < 10; part++) {
      vi.advanceTimersByTime(900);
      timeout.progressed();
    }
    expect(timeout.signal.aborted).toBe(false); // 9 s in all
    vi.advanceTimersByTime(1_000); // then silence
    expect(timeout.timedOut()).toBe(true);
  });

  it('passes the caller’s abort on, which is not a timeout', () => {
    const caller = new AbortController();
    const timeout = withSilenceTimeout(caller.signal, 1_000);
    caller.abort(new DOMException('gone', 'AbortError'));
    expect(timeout.signal.aborted).toBe(true);
    expect(timeout.timedOut()).toBe(false);
  });

  it('stops when done', () => {
    const timeout = withSilenceTimeout(new AbortController().signal, 1_000);
    timeout.done();
    vi.advanceTimersByTime(5_000);
    expect(timeout.signal.aborted).toBe(false);
  });
});
