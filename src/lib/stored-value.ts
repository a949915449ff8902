/**
 * One typed value kept in web storage: sessionStorage (survives a reload of the tab, gone
 * with the tab) for anything secret or per-session, localStorage for harmless preferences.
 * Reads are validated (the stored text is input like any other) and a storage that throws
 * (disabled, full, private mode) degrades to memory for this page.
 */
export interface StoredValue<T> {
  get(): T | null;
  set(value: T | null): void;
  subscribe(listener: () => void): () => void;
  /** False when the storage refused the last write: the value will not survive a reload. */
  persisted(): boolean;
}

export type StorageArea = 'session' | 'local';

const storageOf = (area: StorageArea): Storage => (area === 'local' ? window.localStorage : window.sessionStorage);

export function createStoredValue<T>(
  area: StorageArea,
  storageKey: string,
  parse: (raw: unknown) => T | null,
  /** What is stored for a value, as JSON (a Map, say, is stored as an object). */
  toJson: (value: T) => unknown = (value) => value,
): StoredValue<T> {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  let useMemory = false;
  // Cache by stored text so useSyncExternalStore sees a stable snapshot between changes.
  let cachedText: string | null | undefined;
  let cachedValue: T | null = null;

  const readText = (): string | null => {
    if (useMemory) return memory;
    try {
      return storageOf(area).getItem(storageKey);
    } catch {
      useMemory = true;
      return memory;
    }
  };

  const get = (): T | null => {
    const text = readText();
    if (text === cachedText) return cachedValue;
    cachedText = text;
    cachedValue = null;
    if (text !== null) {
      try {
        cachedValue = parse(JSON.parse(text));
      } catch {
        cachedValue = null;
      }
    }
    return cachedValue;
  };

  const set = (value: T | null) => {
    const text = value === null ? null : JSON.stringify(toJson(value));
    memory = text;
    try {
      if (text === null) storageOf(area).removeItem(storageKey);
      else storageOf(area).setItem(storageKey, text);
      useMemory = false;
    } catch {
      useMemory = true;
    }
    listeners.forEach((listener) => listener());
  };

  return {
    get,
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    persisted: () => !useMemory,
  };
}

/** Where the API key and other per-tab values live. */
export const createSessionValue = <T>(
  storageKey: string,
  parse: (raw: unknown) => T | null,
  toJson?: (value: T) => unknown,
) => createStoredValue('session', storageKey, parse, toJson);
