import { describe, expect, it, vi } from 'vitest';
import { isRecord } from './guards';
import { createSessionValue } from './stored-value';

interface Point {
  x: number;
  y: number;
}

const parsePoint = (raw: unknown): Point | null =>
  isRecord(raw) && typeof raw.x === 'number' && typeof raw.y === 'number' ? { x: raw.x, y: raw.y } : null;

let counter = 0;
const uniqueKey = () => `test.session-value.${++counter}`;

describe('createSessionValue', () => {
  it('is null before anything is stored', () => {
    const value = createSessionValue(uniqueKey(), parsePoint);
    expect(value.get()).toBeNull();
    expect(value.persisted()).toBe(true);
  });

  it('round-trips a value through window.sessionStorage as JSON', () => {
    const key = uniqueKey();
    const value = createSessionValue(key, parsePoint);
    value.set({ x: 1, y: 2 });
    expect(value.get()).toEqual({ x: 1, y: 2 });
    expect(JSON.parse(window.sessionStorage.getItem(key)!)).toEqual({ x: 1, y: 2 });
    expect(window.localStorage.length).toBe(0);
    expect(value.persisted()).toBe(true);
  });

  it('reads what another instance (a reload) stored under the same key', () => {
    const key = uniqueKey();
    createSessionValue(key, parsePoint).set({ x: 3, y: 4 });
    expect(createSessionValue(key, parsePoint).get()).toEqual({ x: 3, y: 4 });
  });

  it('removes the entry when set to null', () => {
    const key = uniqueKey();
    const value = createSessionValue(key, parsePoint);
    value.set({ x: 1, y: 2 });
    value.set(null);
    expect(value.get()).toBeNull();
    expect(window.sessionStorage.getItem(key)).toBeNull();
  });

  it('gives the same object between changes (a stable snapshot)', () => {
    const value = createSessionValue(uniqueKey(), parsePoint);
    value.set({ x: 1, y: 2 });
    const first = value.get();
    expect(value.get()).toBe(first);
    value.set({ x: 1, y: 3 });
    expect(value.get()).not.toBe(first);
    expect(value.get()).toEqual({ x: 1, y: 3 });
  });

  it('sees changes made to sessionStorage directly', () => {
    const key = uniqueKey();
    const value = createSessionValue(key, parsePoint);
    value.set({ x: 1, y: 2 });
    window.sessionStorage.setItem(key, JSON.stringify({ x: 9, y: 9 }));
    expect(value.get()).toEqual({ x: 9, y: 9 });
    window.sessionStorage.removeItem(key);
    expect(value.get()).toBeNull();
  });

  it.each(['{not json', '', 'undefined', '{"x":1,'])('gives null for invalid stored JSON %j', (text) => {
    const key = uniqueKey();
    window.sessionStorage.setItem(key, text);
    expect(createSessionValue(key, parsePoint).get()).toBeNull();
  });

  it('gives null when the parser rejects the stored value', () => {
    const key = uniqueKey();
    window.sessionStorage.setItem(key, JSON.stringify({ x: 'one', y: 2 }));
    expect(createSessionValue(key, parsePoint).get()).toBeNull();
  });

  it('gives null when the parser throws', () => {
    const key = uniqueKey();
    window.sessionStorage.setItem(key, '{}');
    const value = createSessionValue<Point>(key, () => {
      throw new Error('bad');
    });
    expect(value.get()).toBeNull();
  });

  it('returns what the parser makes of the stored value, not the raw JSON', () => {
    const key = uniqueKey();
    window.sessionStorage.setItem(key, JSON.stringify({ x: 1, y: 2, extra: true }));
    expect(createSessionValue(key, parsePoint).get()).toEqual({ x: 1, y: 2 });
  });

  it('notifies subscribers on every set, until they unsubscribe', () => {
    const value = createSessionValue(uniqueKey(), parsePoint);
    const listener = vi.fn();
    const other = vi.fn();
    const unsubscribe = value.subscribe(listener);
    value.subscribe(other);
    value.set({ x: 1, y: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    value.set(null);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    value.set({ x: 5, y: 5 });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(other).toHaveBeenCalledTimes(3);
  });

  it('lets a subscriber read the new value when notified', () => {
    const value = createSessionValue(uniqueKey(), parsePoint);
    const seen: (Point | null)[] = [];
    value.subscribe(() => seen.push(value.get()));
    value.set({ x: 7, y: 8 });
    expect(seen).toEqual([{ x: 7, y: 8 }]);
  });

  it('falls back to memory when sessionStorage refuses writes', () => {
    const key = uniqueKey();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const value = createSessionValue(key, parsePoint);
    const listener = vi.fn();
    value.subscribe(listener);
    value.set({ x: 1, y: 2 });
    expect(setItem).toHaveBeenCalled();
    expect(value.persisted()).toBe(false);
    expect(value.get()).toEqual({ x: 1, y: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    setItem.mockRestore();
    expect(window.sessionStorage.getItem(key)).toBeNull();
  });

  it('persists again once sessionStorage accepts a write', () => {
    const key = uniqueKey();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    const value = createSessionValue(key, parsePoint);
    value.set({ x: 1, y: 2 });
    expect(value.persisted()).toBe(false);
    setItem.mockRestore();
    value.set({ x: 3, y: 4 });
    expect(value.persisted()).toBe(true);
    expect(JSON.parse(window.sessionStorage.getItem(key)!)).toEqual({ x: 3, y: 4 });
    expect(value.get()).toEqual({ x: 3, y: 4 });
  });

  it('falls back to memory when sessionStorage cannot even be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    const value = createSessionValue(uniqueKey(), parsePoint);
    expect(value.get()).toBeNull();
    value.set({ x: 5, y: 6 });
    expect(value.get()).toEqual({ x: 5, y: 6 });
    expect(value.persisted()).toBe(false);
    value.set(null);
    expect(value.get()).toBeNull();
  });

  it('clears the memory copy when set to null while storage refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('Denied', 'SecurityError');
    });
    const value = createSessionValue(uniqueKey(), parsePoint);
    value.set({ x: 1, y: 1 });
    value.set(null);
    expect(value.get()).toBeNull();
    expect(value.persisted()).toBe(false);
  });
});

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [Object.create(null) as object, true],
    [null, false],
    [[], false],
    ['x', false],
    [1, false],
    [undefined, false],
    [new Date(0), false],
    [new Map([['a', 1]]), false],
    [/x/, false],
    [JSON.parse('{"__proto__": {"a": 1}}') as unknown, true],
  ])('%j → %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});
