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
import type { SearchSource } from './build';

export interface LoadedSearch {
  first: MiniSearch<SearchDoc>;
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
          return { first: MiniSearchClass.loadJS<SearchDoc>(head.index as Parameters<typeof MiniSearchClass.loadJS>[0], FIRST_OPTIONS), quotes: head.quotes ?? [] };
        }
        return { first: MiniSearchClass.loadJS<SearchDoc>(raw as Parameters<typeof MiniSearchClass.loadJS>[0], SEARCH_OPTIONS), quotes: [] };
      }
    } catch {
      // fall through: build it here
    }
    const { buildFirstIndex } = await import('./build');
    return { first: buildFirstIndex(fallback()), quotes: [] };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
