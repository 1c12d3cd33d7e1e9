'use client';
/**
 * A component whose code is a chunk of its own (a chart and its library), drawn once that chunk is here — without
 * React.lazy and <Suspense> (next/dynamic is both): a Suspense boundary that has shown its fallback reveals what it
 * waited for no sooner than 300 ms after that fallback was committed (React throttles a boundary's reveals), so a chart
 * whose code arrived 50 ms after the page first rendered without it waited 250 ms more. Here the fallback is what the
 * component renders until its code is in, and the code's arrival re-renders it at once (a store read by
 * useSyncExternalStore). Rendered in the browser only (the server gives the fallback), as next/dynamic({ ssr: false }).
 */
import { createElement, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

/** A value loaded once (a chunk's component), the error its load met, and who waits for either. */
export interface ChunkStore<T> {
  get: () => T | null;
  failed: () => { error: unknown } | null;
  /** start the load (once: a failed load is not tried again) */
  start: () => void;
  subscribe: (onChange: () => void) => () => void;
}

export function chunkStore<T>(load: () => Promise<T>): ChunkStore<T> {
  let value: T | null = null;
  let error: { error: unknown } | null = null;
  let loading = false;
  const waiting = new Set<() => void>();
  return {
    get: () => value,
    failed: () => error,
    start() {
      if (value !== null || error !== null || loading) return;
      loading = true;
      load()
        .then(
          (v) => void (value = v),
          (e: unknown) => void (error = { error: e }),
        )
        .then(() => {
          loading = false;
          for (const f of [...waiting]) f();
        });
    },
    subscribe(onChange) {
      waiting.add(onChange);
      return () => void waiting.delete(onChange);
    },
  };
}

const none = () => null;

/**
 * The component `load` gives, rendered with the same props once its code is here; `fallback` until then. The load
 * starts when the component first renders in the browser, or at once with `startNow` (its chunk was asked for early:
 * its first render then finds it, instead of rendering the fallback and, the store having changed while React rendered
 * the page in slices, rendering the whole page again at once). A failed load is thrown while rendering (the page's
 * error boundary says so), as a lazy component's is.
 */
export function chunkComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: () => ReactNode, startNow = false): ComponentType<P> {
  const store = chunkStore(load);
  if (startNow && typeof window !== 'undefined') store.start();
  function ChunkComponent(props: P) {
    const Loaded = useSyncExternalStore(store.subscribe, store.get, none);
    const failed = useSyncExternalStore(store.subscribe, store.failed, none);
    // (asked for by the first render in the browser, as a lazy component's code is; once)
    if (typeof window !== 'undefined') store.start();
    if (failed) throw failed.error;
    // (the chunk's own component, the same one every render)
    return Loaded ? createElement(Loaded, props) : fallback();
  }
  return ChunkComponent;
}
