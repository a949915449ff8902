import { lazy, type ComponentType } from 'react';

/**
 * A code-split component that can start loading before it is first rendered. Once loaded,
 * it renders without suspending: React 19 holds back a Suspense reveal for up to 300 ms, so
 * a lazy component whose code is already here must not suspend at all. A thenable that
 * answers synchronously lets React.lazy see the module at once.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Component = lazy(() => {
    if (loaded) {
      const module = { default: loaded };
      return { then: (resolve: (m: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload };
}
