'use client';
/**
 * Fetches the compiled dataset from `${basePath}/data/dataset.json`, checks
 * its shape lightly, and in development polls /data/version.json (every
 * 250 ms) to refetch when the compiler wrote a new dataset.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from './schema';

export type DatasetState =
  | { status: 'loading'; dataset: null; error: null }
  | { status: 'error'; dataset: null; error: string }
  | { status: 'ready'; dataset: Dataset; error: null };

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Light structural check: the arrays exist and the version is the one we read. */
export function checkDataset(json: unknown): string | null {
  if (!json || typeof json !== 'object') return 'the file is not a JSON object';
  const d = json as Record<string, unknown>;
  if (d.schemaVersion !== 1) return `unsupported schemaVersion ${String(d.schemaVersion)} (expected 1)`;
  for (const key of ['documents', 'actors', 'events', 'edges']) {
    if (!Array.isArray(d[key])) return `“${key}” is missing or not a list`;
  }
  return null;
}

async function fetchDataset(): Promise<Dataset> {
  const res = await fetch(`${BASE}/data/dataset.json`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`could not load ${BASE}/data/dataset.json (HTTP ${res.status}); run “npm run compile”`);
  const json: unknown = await res.json();
  const problem = checkDataset(json);
  if (problem) throw new Error(`dataset.json is not a Parley dataset: ${problem}`);
  return json as Dataset;
}

async function fetchVersion(): Promise<string | null> {
  try {
    const res = await fetch(`${BASE}/data/version.json`, { cache: 'no-store' });
    if (!res.ok) return null;
    const v = (await res.json()) as { hash?: unknown };
    return typeof v.hash === 'string' ? v.hash : null;
  } catch {
    return null;
  }
}

export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading', dataset: null, error: null });

  useEffect(() => {
    let alive = true;
    const load = () =>
      fetchDataset().then(
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
      if (hash !== null && next !== hash) await load();
      hash = next;
    }, 250); // development only, local: a quarter second keeps save → page under the editors' 2 s
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  return state;
}
