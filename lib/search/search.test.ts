import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { DatasetActor, DatasetEvent } from '../schema';
import { compile } from '../compile';
import { load } from '../compile/load';
import { buildFirstIndex, buildQuoteShard, describer, quoteShards, searchDocs, searchFiles, type SearchSource } from './build';
import { writeSearchFiles, writeSearchIndex } from './emit';
import { FIRST_OPTIONS, QUOTE_OPTIONS, QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDoc, type SearchHead } from './options';
import { mergeHits, runSearch, searchShards } from './query';

const actors = [
  { id: 'steve-witkoff', name: 'Steve Witkoff', kind: 'person', affiliation: 'US', aliases: ['Whitcoff'], role: 'Special Envoy', discovered: false, surfaceForms: ['Witkoff'], eventCount: 1 },
  { id: 'russia', name: 'Russia', kind: 'country', affiliation: null, aliases: [], role: null, discovered: false, surfaceForms: [], eventCount: 1 },
] as DatasetActor[];
const events = [
  {
    id: 'meeting-1', type: 'meeting', title: 'Steve Witkoff meets Vladimir Putin in Moscow', date: '2025-02-12', location: 'Moscow', participants: ['steve-witkoff'],
    evidence: [{ documentId: 'd', quote: 'The envoy spent three hours at the Kremlin.', start: 0, end: 10 }],
    confidence: 1, status: 'happened', dateInfo: {}, respondsTo: [], disagreements: [], edited: null,
  },
] as unknown as DatasetEvent[];

/** search.json + shards as the browser loads them */
function loaded(files: Map<string, string>, source: SearchSource) {
  const head = JSON.parse(files.get('search.json')!) as SearchHead;
  const first = MiniSearch.loadJS<SearchDoc>(head.index as never, FIRST_OPTIONS);
  const shards = head.quotes.map((f) => MiniSearch.loadJS<SearchDoc>(JSON.parse(files.get(f)!), QUOTE_OPTIONS));
  return { head, first, shards, describe: describer(source) };
}

const split = (files: Map<string, string>, source: SearchSource, query: string, limit = 10) => {
  const { first, shards, describe } = loaded(files, source);
  return mergeHits(describe, runSearch(first, query, limit, describe), searchShards(shards, query, limit), limit);
};

describe('search index', () => {
  it('finds actors by name and alias in the first index, events by quote words in the shards', () => {
    const files = searchFiles({ actors, events });
    const { first, describe } = loaded(files, { actors, events });
    expect(runSearch(first, 'Whitcoff', 10, describe)[0]).toMatchObject({ kind: 'actor', ref: 'steve-witkoff' });
    expect(runSearch(first, 'Whitcoff', 10, describe)[0].fields).toContain('aliases');
    expect(runSearch(first, 'witk', 10, describe)[0].ref).toBe('steve-witkoff');
    // quotes are not in the first index …
    expect(runSearch(first, 'kremlin', 10, describe)).toEqual([]);
    // … but in a shard; the hit keeps the shape and takes label and sub from the first index
    expect(split(files, { actors, events }, 'kremlin')).toEqual([
      { kind: 'event', ref: 'meeting-1', label: events[0].title, sub: 'Meeting · 12 Feb 2025 · Moscow', fields: ['quotes'] },
    ]);
    // one word in the title, one in a quote: found as in one index
    expect(split(files, { actors, events }, 'Putin kremlin').map((h) => [h.ref, h.fields])).toEqual([['meeting-1', ['quotes', 'title']]]);
    expect(split(files, { actors, events }, 'x')).toEqual([]);
  });

  it('is deterministic and the first index is small: no quotes in search.json', () => {
    const files = searchFiles({ actors, events });
    const again = searchFiles({ actors: [...actors].reverse(), events: [...events].reverse() });
    expect([...again]).toEqual([...files]);
    expect(files.get('search.json')).not.toContain('kremlin');
    expect([...files.keys()]).toEqual(['search-quotes/q-0000.json', 'search.json']);
  });

  it('is written beside the dataset; stale shards are removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-search-'));
    mkdirSync(join(dir, 'search-quotes'));
    writeFileSync(join(dir, 'search-quotes', 'q-0009.json'), '{}');
    const file = writeSearchIndex(dir, { actors, events });
    expect(file).toBe(join(dir, 'search.json'));
    const head = JSON.parse(readFileSync(file, 'utf8')) as SearchHead;
    expect(head.format).toBe('parley-search-2');
    expect((head.index as { documentCount: number }).documentCount).toBe(3);
    expect(readdirSync(join(dir, 'search-quotes'))).toEqual(['q-0000.json']);
    writeSearchFiles(dir, searchFiles({ actors, events: [] }));
    expect(readdirSync(join(dir, 'search-quotes'))).toEqual([]);
  });
});

describe('split search on the sample documents, compiled', () => {
  const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
  // small shards so that the samples span several
  const files = searchFiles(dataset, 3);
  const whole = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  whole.addAll(searchDocs(dataset));

  it('puts every event with quotes in exactly one shard, in date order', () => {
    const shards = quoteShards(dataset, 3);
    expect(shards.length).toBeGreaterThan(2);
    const ids = shards.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(dataset.events.filter((e) => e.evidence.length).map((e) => e.id).sort());
    const dates = shards.flat().map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(JSON.stringify(buildQuoteShard(shards[0]))).toBe(files.get('search-quotes/q-0000.json'));
    expect(JSON.parse(files.get('search.json')!).index).toEqual(JSON.parse(JSON.stringify(buildFirstIndex(dataset))));
  });

  it('finds the same actors and events as one index over everything; names and titles first', () => {
    const words = [...new Set(dataset.events.flatMap((e) => [e.title, ...e.evidence.map((q) => q.quote)]).join(' ').split(/[^A-Za-z]+/).filter((w) => w.length > 4))].sort();
    const queries = [...words.filter((_, i) => i % 5 === 0), ...dataset.actors.map((a) => a.name), `${dataset.events[0].title.split(' ')[0]} ${words[3]}`];
    expect(queries.length).toBeGreaterThan(20);
    let quoteOnly = 0;
    for (const q of queries) {
      const expected = whole.search(q, QUERY_OPTIONS).map((r) => String(r.id)).sort();
      const hits = split(files, dataset, q, 10_000);
      expect(hits.map((h) => `${h.kind}:${h.ref}`).sort(), q).toEqual(expected);
      // the first index's hits come first, in its order
      const { first, describe } = loaded(files, dataset);
      const firstHits = runSearch(first, q, 10_000, describe);
      expect(hits.slice(0, firstHits.length).map((h) => h.ref), q).toEqual(firstHits.map((h) => h.ref));
      for (const h of hits.slice(firstHits.length)) expect(h.fields, q).toContain('quotes');
      quoteOnly += hits.length - firstHits.length;
    }
    expect(quoteOnly).toBeGreaterThan(0);
  });

  it('limits the merged list; quote-only hits by score', () => {
    const { first, shards, describe } = loaded(files, dataset);
    const word = 'said';
    const quotes = searchShards(shards, word, 100);
    expect(quotes.length).toBeGreaterThan(1);
    for (let i = 1; i < quotes.length; i++) expect(quotes[i - 1].score).toBeGreaterThanOrEqual(quotes[i].score);
    expect(mergeHits(describe, runSearch(first, word, 3, describe), quotes, 3)).toHaveLength(3);
    // an index of the first format (one over everything) still answers with its stored fields
    const old = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    old.addAll(searchDocs(dataset));
    const oldHits = runSearch(MiniSearch.loadJSON<SearchDoc>(JSON.stringify(old), SEARCH_OPTIONS), word, 3);
    expect(oldHits).toHaveLength(3);
    for (const h of oldHits) expect(describe(`${h.kind}:${h.ref}`)).toMatchObject({ kind: h.kind, ref: h.ref, label: h.label, sub: h.sub });
  });
});
