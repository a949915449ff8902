/**
 * A plain object, as JSON objects decode to: not null, not an array, and not a Date, Map or
 * other built-in (their own toString tag), which an object from JSON never is.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Object]';
