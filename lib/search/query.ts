/** Searching a loaded index: the best few results, actors and events mixed by score. Pure. */
import type MiniSearch from 'minisearch';
import { QUERY_OPTIONS, type SearchDoc } from './options';

export interface SearchHit {
  kind: 'actor' | 'event';
  ref: string;
  label: string;
  sub: string;
  /** which fields matched, e.g. ["quotes"] */
  fields: string[];
}

export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 10): SearchHit[] {
  const q = query.trim();
  if (q.length < 2) return [];
  return index
    .search(q, QUERY_OPTIONS)
    .slice(0, limit)
    .map((r) => ({
      kind: r.kind as SearchHit['kind'],
      ref: r.ref as string,
      label: r.label as string,
      sub: r.sub as string,
      fields: [...new Set(Object.values(r.match).flat())].sort(),
    }));
}
