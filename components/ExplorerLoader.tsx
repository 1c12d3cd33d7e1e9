'use client';
/**
 * The explorer page's first script: starts fetching the index, then loads the
 * explorer's code (its own chunk, not the page's first load) and shows the
 * same "Loading the dataset…" status meanwhile. The static HTML shows that
 * status too (the explorer reads the URL, so it renders in the browser only).
 */
import dynamic from 'next/dynamic';
import { fetchEarly, opensOnFirstView } from '@/lib/data/early';

// the first view's few events first (drawn while the whole index loads), where the page opens on it
if (typeof window !== 'undefined' && opensOnFirstView(window.location.search)) fetchEarly('first.json');
fetchEarly('index.json');

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
