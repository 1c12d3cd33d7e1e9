'use client';
/**
 * Fetches the explorer's index from `${basePath}/data/index.json` (never the
 * full dataset.json), and in development polls /data/version.json (every
 * 250 ms) to refetch it, and forget the fetched event and document files,
 * when the compiler wrote new data.
 *
 * With `firstView` (the page opens on the default view — no selection, window
 * or filter in the URL — or on one selected event), part of the paged index —
 * the pages of the window the timeline opens on, or of the event's month
 * (lib/data/client.ts fetchFirstView) — is shown first (`partial` says how many events the whole
 * index holds) while index.json loads; `prepare` runs on the whole index before
 * it replaces the first view (the explorer builds its models there, one task each).
 */
import { useEffect, useRef, useState } from 'react';
import type { DataIndex } from './schema';
import { checkIndex, clearLoaded, fetchFirstView, fetchIndex, fetchVersion } from './data/client';
import type { NetworkSummary } from './adapters/network-summary';

export interface FirstViewState {
  /** events in the whole index */
  total: number;
  /** the window the timeline opens on */
  window: { start: string; end: string };
  /** the network of every event, from the index's head (drawn before the whole index arrives) */
  network?: NetworkSummary | null;
}

export type DatasetState =
  | { status: 'loading'; dataset: null; error: null; partial: null }
  | { status: 'error'; dataset: null; error: string; partial: null }
  | { status: 'ready'; dataset: DataIndex; error: null; partial: FirstViewState | null };

export { checkIndex as checkDataset };

export function useDataset(opts: { firstView?: boolean; prepare?: (whole: DataIndex) => Promise<void> } = {}): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading', dataset: null, error: null, partial: null });
  const prepareRef = useRef(opts.prepare);
  useEffect(() => {
    prepareRef.current = opts.prepare;
  });
  const [firstView] = useState(!!opts.firstView);

  useEffect(() => {
    let alive = true;
    let whole = false;
    let partial = false;
    const load = () =>
      fetchIndex().then(
        async (dataset) => {
          if (partial && prepareRef.current) await prepareRef.current(dataset);
          whole = true;
          if (alive) setState({ status: 'ready', dataset, error: null, partial: null });
        },
        (e: unknown) => alive && setState({ status: 'error', dataset: null, error: e instanceof Error ? e.message : String(e), partial: null }),
      );
    if (firstView) {
      fetchFirstView(window.location.search).then((v) => {
        if (!v || !alive || whole) return;
        partial = true;
        setState({ status: 'ready', dataset: v.index, error: null, partial: { total: v.total, window: v.window, network: v.network } });
      });
    }
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
  }, [firstView]);

  return state;
}
