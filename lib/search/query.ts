/**
 * Searching the loaded indexes. Pure. The first index (names, aliases, titles)
 * answers first; quote shards answer with scored event refs; mergeHits puts
 * them together: the first index's hits in its order (with "quotes" added to
 * their fields where a quote matched too), then events found only through
 * quotes, best score first (ties by id), up to the limit.
 */
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

/** An event found in a quote shard: its ref, score and matched fields. */
export interface QuoteHit {
  ref: string;
  score: number;
  fields: string[];
}

export const MIN_QUERY = 2;

const matched = (match: Record<string, string[]>) => [...new Set(Object.values(match).flat())].sort();

export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 10): SearchHit[] {
  const q = query.trim();
  if (q.length < MIN_QUERY) return [];
  return index
    .search(q, QUERY_OPTIONS)
    .slice(0, limit)
    .map((r) => ({
      kind: r.kind as SearchHit['kind'],
      ref: r.ref as string,
      label: r.label as string,
      sub: r.sub as string,
      fields: matched(r.match),
    }));
}

/** The best `limit` events of all shards whose quotes match (an event only in titles is the first index's). */
export function searchShards(shards: MiniSearch<SearchDoc>[], query: string, limit = 10): QuoteHit[] {
  const q = query.trim();
  if (q.length < MIN_QUERY) return [];
  const hits: QuoteHit[] = [];
  for (const shard of shards) {
    for (const r of shard.search(q, QUERY_OPTIONS)) {
      const fields = matched(r.match);
      if (fields.includes('quotes')) hits.push({ ref: String(r.id).slice('event:'.length), score: r.score, fields });
    }
  }
  return hits.sort((a, b) => b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)).slice(0, limit);
}

/** The first index's hits, then quote-only events (label and sub from the first index's stored fields). */
export function mergeHits(first: MiniSearch<SearchDoc>, firstHits: SearchHit[], quoteHits: QuoteHit[], limit = 10): SearchHit[] {
  const quotes = new Map(quoteHits.map((h) => [h.ref, h]));
  const out = firstHits.slice(0, limit).map((h) => {
    const q = h.kind === 'event' ? quotes.get(h.ref) : undefined;
    return q ? { ...h, fields: [...new Set([...h.fields, ...q.fields])].sort() } : h;
  });
  const seen = new Set(out.filter((h) => h.kind === 'event').map((h) => h.ref));
  for (const q of quoteHits) {
    if (out.length >= limit) break;
    if (seen.has(q.ref)) continue;
    const stored = first.getStoredFields(`event:${q.ref}`);
    if (!stored) continue;
    seen.add(q.ref);
    out.push({ kind: 'event', ref: q.ref, label: stored.label as string, sub: stored.sub as string, fields: q.fields });
  }
  return out;
}
