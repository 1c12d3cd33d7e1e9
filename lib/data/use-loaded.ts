'use client';
/** Hooks for what the detail panel fetches on demand: an event's quotes, a document's text. */
import { useEffect, useMemo, useState } from 'react';
import type { DatasetDocument, DatasetEvent, IndexDocument, IndexEvent } from '../schema';
import { loadDocument, loadEvent, peekEvent } from './client';

export type Loaded<T> = { status: 'loading' | 'ready' | 'error'; value: T | null; error: string | null };

function useLoaded<K, T>(key: K | null, load: (k: K) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: K | null; loaded: Loaded<T> }>({ key: null, loaded: { status: 'loading', value: null, error: null } });
  useEffect(() => {
    if (key === null) return;
    let alive = true;
    load(key).then(
      (value) => alive && setState({ key, loaded: { status: 'ready', value, error: null } }),
      (e: unknown) => alive && setState({ key, loaded: { status: 'error', value: null, error: e instanceof Error ? e.message : String(e) } }),
    );
    return () => void (alive = false);
  }, [key, load]);
  if (key === null || state.key !== key) return { status: 'loading', value: null, error: null };
  return state.loaded;
}

export function useFullEvent(event: IndexEvent | null): Loaded<DatasetEvent> {
  const loaded = useLoaded(event, loadEvent);
  // prefetched (hover, focus): shown in the selection's first render, not one fetch callback later
  const peeked = useMemo(() => (event ? peekEvent(event) : null), [event]);
  return loaded.status === 'loading' && peeked ? { status: 'ready', value: peeked, error: null } : loaded;
}

export function useFullDocument(doc: IndexDocument | null): Loaded<DatasetDocument> {
  return useLoaded(doc, loadDocument);
}
