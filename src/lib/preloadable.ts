import { createElement, lazy, useState, type ComponentType } from 'react';

/**
 * A code-split component that can start loading before it is first rendered. Mounted once its
 * code is here, it renders that code directly and never suspends: React holds back a
 * Suspense reveal for up to 300 ms, and a prerendered page's markup must be matched at once.
 * Mounted before, it suspends (React.lazy) until the code arrives. Each mount keeps the way it
 * started, so its subtree is never remounted.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const [Render] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Render, props);
  }
  return { Component, preload, isLoaded: () => loaded !== undefined };
}
