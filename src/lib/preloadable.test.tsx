import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('preloadable', () => {
  it('renders a preloaded component at once, without showing the fallback', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Hello));
    await preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Ada" />
      </Suspense>,
    );
    // Synchronously, in the first commit: React.lazy did not suspend.
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends until the code arrives when it was not preloaded, and loads it once', async () => {
    let calls = 0;
    let resolve: (c: typeof Hello) => void = () => {};
    const { Component, preload } = preloadable(() => {
      calls++;
      return new Promise<typeof Hello>((r) => (resolve = r));
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Component name="Ben" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    void preload();
    await act(async () => resolve(Hello));
    expect(await screen.findByText('Hello Ben')).toBeTruthy();
    expect(calls).toBe(1);
  });
});

describe('preloadable: one mount, one way', () => {
  it('keeps a lazily mounted component mounted once its code arrives, state and all', async () => {
    let resolve: (c: typeof Counter) => void = () => {};
    function Counter() {
      const [count, setCount] = useState(0);
      return (
        <button type="button" onClick={() => setCount((c) => c + 1)}>
          {count}
        </button>
      );
    }
    const { Component } = preloadable(() => new Promise<typeof Counter>((r) => (resolve = r)));
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Component />
      </Suspense>,
    );
    await act(async () => resolve(Counter));
    await act(async () => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('1');
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByRole('button').textContent).toBe('1'); // not remounted
  });
});
