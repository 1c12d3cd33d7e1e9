/**
 * The browser side: the first index (names, aliases, titles) is fetched on
 * first use (not with the page) from /data/search.json, with the list of quote
 * shards; where a site was built without it, a first index is built here from
 * the loaded data instead (no quote shards then). An index of the first format
 * (one MiniSearch over everything) still loads. One load per page. MiniSearch
 * itself is loaded with it (not part of the explorer's first download).
 */
import type MiniSearch from 'minisearch';
import { FIRST_OPTIONS, SEARCH_FILE, SEARCH_FORMAT, SEARCH_OPTIONS, type SearchDoc, type SearchHead } from './options';
import type { Describe, SearchSource } from './build';
import { storedFields } from './query';

export interface LoadedSearch {
  first: MiniSearch<SearchDoc>;
  /** a hit's label and sub, from the page's data (an index of the first format: its stored fields) */
  describe: Describe;
  /** the quote shards' files (empty: quotes are in the first index or not searchable) */
  quotes: string[];
}

let loading: Promise<LoadedSearch> | null = null;

export function loadSearchIndex(fallback: () => SearchSource): Promise<LoadedSearch> {
  loading ??= (async () => {
    const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
    try {
      const res = await fetch(`${base}/data/${SEARCH_FILE}`);
      if (res.ok) {
        const [{ default: MiniSearchClass }, raw] = await Promise.all([import('minisearch'), res.json() as Promise<unknown>]);
        const head = raw as Partial<SearchHead>;
        if (head.format === SEARCH_FORMAT) {
          const { describer } = await import('./build');
          return { describe: describer(fallback()), first: MiniSearchClass.loadJS<SearchDoc>(head.index as Parameters<typeof MiniSearchClass.loadJS>[0], FIRST_OPTIONS), quotes: head.quotes ?? [] };
        }
        const first = MiniSearchClass.loadJS<SearchDoc>(raw as Parameters<typeof MiniSearchClass.loadJS>[0], SEARCH_OPTIONS);
        return { first, describe: storedFields(first), quotes: [] };
      }
    } catch {
      // fall through: build it here
    }
    const { buildFirstIndex, describer } = await import('./build');
    const source = fallback();
    return { first: buildFirstIndex(source), describe: describer(source), quotes: [] };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
