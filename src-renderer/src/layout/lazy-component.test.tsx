// @vitest-environment jsdom
import '../test-support/setup-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from './lazy-component';

const greetingModule = { Greeting: ({ name }: { name: string }) => <p>Hej {name}</p> };

describe('lazyComponent', () => {
  it('loads its module once, and once preloaded draws the chosen export in the first render, without a fallback', async () => {
    const load = vi.fn(() => Promise.resolve(greetingModule));
    const Greeting = lazyComponent(load, (module) => module.Greeting);
    expect(load).not.toHaveBeenCalled();

    await Greeting.preload();
    render(
      <Suspense fallback={<p>Indlæser</p>}>
        <Greeting name="Anne" />
      </Suspense>,
    );
    expect(screen.getByText('Hej Anne')).toBeTruthy();
    expect(screen.queryByText('Indlæser')).toBeNull();
    await Greeting.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback until the module has arrived', async () => {
    let arrive: (module: typeof greetingModule) => void = () => undefined;
    const Greeting = lazyComponent(() => new Promise<typeof greetingModule>((resolve) => (arrive = resolve)), (module) => module.Greeting);
    render(
      <Suspense fallback={<p>Indlæser</p>}>
        <Greeting name="Bo" />
      </Suspense>,
    );
    expect(screen.getByText('Indlæser')).toBeTruthy();
    arrive(greetingModule);
    expect(await screen.findByText('Hej Bo')).toBeTruthy();
  });

  it('keeps the state of an instance that started while loading when its parent draws it again', async () => {
    function Counter() {
      const [count, setCount] = useState(0);
      return <button onClick={() => setCount(count + 1)}>{`Tæller ${count}`}</button>;
    }
    const Lazy = lazyComponent(() => Promise.resolve({ Counter }), (module) => module.Counter);
    const { rerender } = render(
      <Suspense fallback={<p>Indlæser</p>}>
        <Lazy />
      </Suspense>,
    );
    fireEvent.click(await screen.findByText('Tæller 0'));
    rerender(
      <Suspense fallback={<p>Indlæser</p>}>
        <Lazy />
      </Suspense>,
    );
    expect(screen.getByText('Tæller 1')).toBeTruthy();
  });
});
