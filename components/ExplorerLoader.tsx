'use client';
/**
 * The explorer page's first script: starts fetching the index, then loads the
 * explorer's code (its own chunk, not the page's first load) and shows the
 * same "Loading the dataset…" status meanwhile. The static HTML shows that
 * status too (the explorer reads the URL, so it renders in the browser only).
 */
import dynamic from 'next/dynamic';
import { startIndex } from '@/lib/data/early';

// the index's head, then the pages the page opens on (drawn while the rest of the index loads)
if (typeof window !== 'undefined') startIndex(window.location.search);

function LoadingDataset() {
  return (
    <div className="flex h-dvh items-center justify-center text-slate-700" role="status" data-testid="loading">
      Loading the dataset…
    </div>
  );
}

const Explorer = dynamic(() => import('./Explorer').then((m) => m.Explorer), { ssr: false, loading: LoadingDataset });

export function ExplorerLoader() {
  return <Explorer />;
}
