// Code splitting: a component whose module loads on first render, or earlier when preloaded, so the first screen
// parses only what it shows (the group pages, the calendar and their libraries come later, in their own chunks).
import { lazy, useState, type ComponentType } from 'react';

export type LazyComponent<Props extends object> = ComponentType<Props> & {
  /** Starts loading the module now (e.g. when the browser is idle); later renders then find it ready. */
  preload: () => Promise<unknown>;
};

export function lazyComponent<Props extends object, Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<Props>,
): LazyComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = pick(module);
      return { default: loaded };
    }));
  const Suspending = lazy(preload);

  // React.lazy suspends on its first render even when the module is already here, and React then holds the fallback
  // for at least 300 ms; so an instance mounted after the module arrived draws it directly. Each instance keeps the
  // way it started, as switching between the two would remount the page and lose its state.
  function LazyOrLoaded(props: Props) {
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(LazyOrLoaded, { preload });
}
