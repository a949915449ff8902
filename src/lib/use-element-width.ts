import { useCallback, useState } from 'react';

/**
 * Width of an element, kept current with ResizeObserver. Charts get an explicit width from
 * this instead of measuring themselves, so they also resize for print. The first width comes
 * from the observer too, after the browser's own layout: reading it during the commit would
 * force a layout of the whole page there (about 60 ms of a phone's main thread).
 */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(Math.floor(node.getBoundingClientRect().width));
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
