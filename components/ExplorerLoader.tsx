'use client';
/**
 * The explorer page's first script: starts fetching the index and the
 * explorer's code (its own chunk, not the page's first load) as soon as it
 * runs, and shows the static shell (title, counts, "Loading the dataset…",
 * rendered at build) until the explorer can draw. The explorer reads the URL,
 * so it renders in the browser only: the server and the hydrating render both
 * give the shell.
 */
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { startIndex } from '@/lib/data/early';
import { opensOnFirstDraw, preloadChartLibraries } from './chart-chunks';

const inBrowser = typeof window !== 'undefined';
// the index's head, then the pages the page opens on (drawn while the rest of the index loads); where the page
// opens on the charts (or a phone's list of the window), the rest of the index waits until they are drawn (the
// explorer calls releaseWhole): on a phone, fetched and decoded at once, it held back the list (10k, CPU slowed 4×,
// bench:browser --mobile --profile: every month's page was asked for at 1.6 s, long before the list's first row)
if (inBrowser) startIndex(window.location.search, opensOnFirstDraw(window.location.search));
// the explorer's chunk downloads while React hydrates the page
const explorerModule = inBrowser ? import('./Explorer') : null;
// and the charts' libraries beside it, where the page opens on them (not once the explorer's code has run)
if (inBrowser) preloadChartLibraries();
const Explorer = lazy(() => (explorerModule ?? import('./Explorer')).then((m) => ({ default: m.Explorer })));

const never = () => () => undefined;

export function ExplorerLoader({ shell }: { shell: ReactNode }) {
  // false on the server and while hydrating, true in the browser's next render
  const inPage = useSyncExternalStore(never, () => true, () => false);
  if (!inPage) return shell;
  return (
    <Suspense fallback={shell}>
      <Explorer shell={shell} />
    </Suspense>
  );
}
