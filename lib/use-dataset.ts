'use client';
/**
 * Fetches the explorer's index from `${basePath}/data/index.json` (never the
 * full dataset.json), and in development polls /data/version.json (every
 * 250 ms) to refetch it, and forget the fetched event and document files,
 * when the compiler wrote new data.
 */
import { useEffect, useState } from 'react';
import type { DataIndex } from './schema';
import { checkIndex, clearLoaded, fetchIndex, fetchVersion } from './data/client';

export type DatasetState =
  | { status: 'loading'; dataset: null; error: null }
  | { status: 'error'; dataset: null; error: string }
  | { status: 'ready'; dataset: DataIndex; error: null };

export { checkIndex as checkDataset };

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading', dataset: null, error: null });

  useEffect(() => {
    let alive = true;
    const load = () =>
      fetchIndex().then(
        (dataset) => alive && setState({ status: 'ready', dataset, error: null }),
        (e: unknown) => alive && setState({ status: 'error', dataset: null, error: e instanceof Error ? e.message : String(e) }),
      );
    load();
    if (process.env.NODE_ENV !== 'development') return () => void (alive = false);
    let hash: string | null = null;
    let busy = false;
    const timer = setInterval(async () => {
      if (busy) return;
      busy = true;
      const next = await fetchVersion();
      busy = false;
      if (!alive || !next) return;
      if (hash !== null && next !== hash) {
        clearLoaded();
        await load();
      }
      hash = next;
    }, 250); // development only, local: a quarter second keeps save → page under the editors' 2 s
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  return state;
}
