/**
 * Loading the quote shards (fetch + parse, once per page) and searching them:
 * the same code in the quote worker (lib/search/quote-worker.ts) and, where
 * workers are missing or fail, on the main thread.
 */
import MiniSearch from 'minisearch';
import { QUOTE_OPTIONS, type SearchDoc } from './options';
import { searchShards, type QuoteHit } from './query';

let shards: Promise<MiniSearch<SearchDoc>[]> | null = null;

export function loadShards(base: string, files: string[]): Promise<MiniSearch<SearchDoc>[]> {
  shards ??= Promise.all(
    files.map(async (f) => {
      const res = await fetch(`${base}/data/${f}`);
      if (!res.ok) throw new Error(`could not load ${f} (HTTP ${res.status})`);
      return MiniSearch.loadJS<SearchDoc>(await res.json(), QUOTE_OPTIONS);
    }),
  );
  shards.catch(() => {
    shards = null;
  });
  return shards;
}

export async function searchQuotesHere(base: string, files: string[], query: string, limit: number): Promise<QuoteHit[]> {
  return searchShards(await loadShards(base, files), query, limit);
}
