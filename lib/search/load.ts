/**
 * The browser side: the index is fetched on first use (not with the page)
 * from /data/search.json; where a site was built without it, it is built
 * here from the loaded data instead. One load per page. MiniSearch itself is
 * loaded with it (not part of the explorer's first download).
 */
import type MiniSearch from 'minisearch';
import { SEARCH_FILE, SEARCH_OPTIONS, type SearchDoc } from './options';
import type { SearchSource } from './build';

let loading: Promise<MiniSearch<SearchDoc>> | null = null;

export function loadSearchIndex(fallback: () => SearchSource): Promise<MiniSearch<SearchDoc>> {
  loading ??= (async () => {
    const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
    try {
      const res = await fetch(`${base}/data/${SEARCH_FILE}`);
      if (res.ok) {
        const [{ default: MiniSearchClass }, text] = await Promise.all([import('minisearch'), res.text()]);
        return MiniSearchClass.loadJSON<SearchDoc>(text, SEARCH_OPTIONS);
      }
    } catch {
      // fall through: build it here
    }
    const { buildSearchIndex } = await import('./build');
    return buildSearchIndex(fallback());
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
