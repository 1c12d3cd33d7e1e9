/**
 * Searching the loaded indexes. Pure. The first index (names, aliases, titles)
 * answers first; quote shards answer with scored event refs; mergeHits puts
 * them together: the first index's hits in its order (with "quotes" added to
 * their fields where a quote matched too), then events found only through
 * quotes, best score first (ties by id), up to the limit.
 */
import type MiniSearch from 'minisearch';
import { QUERY_OPTIONS, type SearchDoc } from './options';
import type { Describe } from './build';

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

/** The stored fields (an index of the first format) when no describer is given. */
export const storedFields =
  (index: MiniSearch<SearchDoc>): Describe =>
  (id) =>
    index.getStoredFields(id) as ReturnType<Describe>;

/** The first index's hits; label and sub from `describe` (the page's data), hits it does not know left out. */
export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 10, describe: Describe = storedFields(index)): SearchHit[] {
  const q = query.trim();
  if (q.length < MIN_QUERY) return [];
  const out: SearchHit[] = [];
  for (const r of index.search(q, QUERY_OPTIONS)) {
    if (out.length >= limit) break;
    const d = describe(String(r.id));
    if (d) out.push({ kind: d.kind, ref: d.ref, label: d.label, sub: d.sub, fields: matched(r.match) });
  }
  return out;
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

/** The first index's hits, then quote-only events (label and sub from `describe`). */
export function mergeHits(describe: Describe, firstHits: SearchHit[], quoteHits: QuoteHit[], limit = 10): SearchHit[] {
  const quotes = new Map(quoteHits.map((h) => [h.ref, h]));
  const out = firstHits.slice(0, limit).map((h) => {
    const q = h.kind === 'event' ? quotes.get(h.ref) : undefined;
    return q ? { ...h, fields: [...new Set([...h.fields, ...q.fields])].sort() } : h;
  });
  const seen = new Set(out.filter((h) => h.kind === 'event').map((h) => h.ref));
  for (const q of quoteHits) {
    if (out.length >= limit) break;
    if (seen.has(q.ref)) continue;
    const d = describe(`event:${q.ref}`);
    if (!d) continue;
    seen.add(q.ref);
    out.push({ kind: 'event', ref: q.ref, label: d.label, sub: d.sub, fields: q.fields });
  }
  return out;
}
