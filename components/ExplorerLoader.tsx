'use client';
/**
 * The explorer page's first script: starts fetching the index and the
 * explorer's code (its own chunk, not the page's first load) as soon as it
 * runs, and shows the static shell (title, counts, "Loading the dataset…",
 * rendered at build) until the explorer can draw. The explorer reads the URL,
 * so it renders in the browser only: the server and the hydrating render both
 * give the shell.
 *
 * The explorer is rendered once its code is here, in the render its arrival asks for — not through React.lazy and
 * <Suspense>: a boundary that showed its fallback (the shell, committed right after hydration) reveals what it waited
 * for no sooner than 300 ms after that fallback (React throttles a Suspense boundary's reveals), and the explorer's
 * code arrived well within those 300 ms; the whole first view waited for the rest of them (10,000 documents,
 * traced: ~130–230 ms of an idle main thread before the first timeline item).
 */
import { createElement, useSyncExternalStore, type ReactNode } from 'react';
import { startIndex } from '@/lib/data/early';
import { opensOnFirstDraw, preloadChartLibraries } from './chart-chunks';

type ExplorerComponent = typeof import('./Explorer').Explorer;

const inBrowser = typeof window !== 'undefined';
// the index's head, then the pages the page opens on (drawn while the rest of the index loads); where the page
// opens on the charts (or a phone's list of the window), the rest of the index waits until they are drawn (the
// explorer calls releaseWhole): on a phone, fetched and decoded at once, it held back the list (10k, CPU slowed 4×,
// bench:browser --mobile --profile: every month's page was asked for at 1.6 s, long before the list's first row)
if (inBrowser) startIndex(window.location.search, opensOnFirstDraw(window.location.search));

/** The explorer's code: what has arrived (its component, or the error its load met), and who waits for it. */
const explorer: { component: ExplorerComponent | null; error: { error: unknown } | null } = { component: null, error: null };
const waiting = new Set<() => void>();
const subscribe = (f: () => void) => {
  waiting.add(f);
  return () => void waiting.delete(f);
};
// the explorer's chunk downloads while React hydrates the page
if (inBrowser) {
  import('./Explorer')
    .then(
      (m) => void (explorer.component = m.Explorer),
      (error: unknown) => void (explorer.error = { error }),
    )
    .then(() => {
      for (const f of [...waiting]) f();
    });
}
// and the charts' libraries beside it, where the page opens on them (not once the explorer's code has run)
if (inBrowser) preloadChartLibraries();

const loadedComponent = () => explorer.component;
const loadError = () => explorer.error;
const none = () => null;

export function ExplorerLoader({ shell }: { shell: ReactNode }) {
  // null on the server and while hydrating (the shell); in the browser, the explorer once its code is here
  const Explorer = useSyncExternalStore(subscribe, loadedComponent, none);
  const failed = useSyncExternalStore(subscribe, loadError, none);
  // (as a lazy component's failed load: the page's error boundary says so)
  if (failed) throw failed.error;
  // (the module's own component, the same one every render: created once, by the chunk)
  return Explorer ? createElement(Explorer, { shell }) : shell;
}
