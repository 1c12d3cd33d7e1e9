/**
 * The search indexes over actor names and aliases, event titles and quotes,
 * built from the compiled dataset. Pure: same dataset → same files, same bytes.
 * search.json holds the first index (names, aliases, titles) and the list of
 * quote shards; each shard indexes the titles and quotes of SHARD_EVENTS events
 * (date order, then id).
 */
import MiniSearch from 'minisearch';
import type { DatasetActor, DatasetEvent } from '../schema';
import { formatShortDate } from '../format';
import { TYPE_STYLE } from '../ui/theme';
import { miniSearchJson } from './index-json';
import { FIRST_OPTIONS, QUOTE_OPTIONS, QUOTES_DIR, SEARCH_FILE, SEARCH_FORMAT, SHARD_EVENTS, type SearchDoc, type SearchHead } from './options';

type SourceEvent = Pick<DatasetEvent, 'id' | 'type' | 'title' | 'date' | 'location'> & {
  evidence?: Pick<DatasetEvent['evidence'][number], 'quote'>[];
  /** instead of `evidence`: its distinct quotes already joined as quotesOf joins them (a compact copy: the search thread's) */
  quotes?: string;
};

export interface SearchSource {
  actors: DatasetActor[];
  /** full events (their quotes are searched too) or the browser's index events (titles only) */
  events: SourceEvent[];
}

const aliasesOf = (a: DatasetActor) => [...new Set([...a.aliases, ...a.surfaceForms])].filter((x) => x !== a.name).sort().join(' · ');

const byActorId = (d: SearchSource) => [...d.actors].sort((a, b) => a.id.localeCompare(b.id));

function actorDocs(d: SearchSource): SearchDoc[] {
  return byActorId(d).map((a) => ({
    id: `actor:${a.id}`,
    kind: 'actor',
    ref: a.id,
    label: a.name,
    sub: [a.role, a.affiliation].filter(Boolean).join(' · ') || a.kind,
    name: a.name,
    aliases: aliasesOf(a),
  }));
}

function eventDoc(e: SourceEvent): SearchDoc {
  return {
    id: `event:${e.id}`,
    kind: 'event',
    ref: e.id,
    label: e.title,
    sub: `${TYPE_STYLE[e.type].label} · ${formatShortDate(e.date)}${e.location ? ` · ${e.location}` : ''}`,
    title: e.title,
  };
}

/** An event's distinct quotes, joined: what a quote shard indexes of it. */
export const quotesOf = (e: SourceEvent) => e.quotes ?? [...new Set((e.evidence ?? []).map((q) => q.quote))].join(' \n ');

/** Whether an event has quotes (goes into a quote shard). */
const quoted = (e: SourceEvent) => e.quotes !== undefined || (e.evidence ?? []).length > 0;

/** A search hit's kind, ref, label and sub from its id ("actor:<id>", "event:<id>"), made from the data (lazily, per hit). */
export type Describe = (id: string) => Pick<SearchDoc, 'kind' | 'ref' | 'label' | 'sub'> | undefined;

export function describer(d: SearchSource): Describe {
  let actors: Map<string, DatasetActor> | null = null;
  let events: Map<string, SourceEvent> | null = null;
  return (id) => {
    if (id.startsWith('actor:')) {
      actors ??= new Map(d.actors.map((a) => [a.id, a]));
      const a = actors.get(id.slice(6));
      return a && actorDocs({ actors: [a], events: [] })[0];
    }
    events ??= new Map(d.events.map((e) => [e.id, e]));
    const e = events.get(id.slice(6));
    return e && eventDoc(e);
  };
}

/** Every document of the search (actors, then events by id), quotes included. */
export function searchDocs(d: SearchSource): SearchDoc[] {
  const events = [...d.events].sort((a, b) => a.id.localeCompare(b.id)).map((e) => ({ ...eventDoc(e), quotes: quotesOf(e) }));
  return [...actorDocs(d), ...events];
}

/** The first index's documents: actors (by id), then events' titles (by id). */
export function firstDocs(d: SearchSource): SearchDoc[] {
  return [...actorDocs(d), ...[...d.events].sort((a, b) => a.id.localeCompare(b.id)).map(eventDoc)];
}

/** The first index: actors' names and aliases, events' titles. */
export function buildFirstIndex(d: SearchSource): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(FIRST_OPTIONS);
  index.addAll(firstDocs(d));
  return index;
}

/** Events with quotes in shard order (date, then id), cut every `size` events. */
export function quoteShards(d: SearchSource, size = SHARD_EVENTS): SourceEvent[][] {
  const events = d.events.filter(quoted).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : a.id.localeCompare(b.id)));
  const shards: SourceEvent[][] = [];
  for (let i = 0; i < events.length; i += size) shards.push(events.slice(i, i + size));
  return shards;
}

/** A quote shard's documents: its events' titles and quotes. */
export function shardDocs(events: SourceEvent[]): SearchDoc[] {
  return events.map((e) => ({ id: `event:${e.id}`, kind: 'event', ref: e.id, label: '', sub: '', title: e.title, quotes: quotesOf(e) }));
}

export function buildQuoteShard(events: SourceEvent[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(QUOTE_OPTIONS);
  index.addAll(shardDocs(events));
  return index;
}

/**
 * What miniSearchJson reads of the first index's documents (the id and the indexed fields, the same values as
 * firstDocs gives), one at a time and in firstDocs' order: no array of every document, no labels made for nobody.
 */
export function* firstIndexDocs(d: SearchSource): Generator<Pick<SearchDoc, 'id' | 'name' | 'aliases' | 'title'>> {
  for (const a of byActorId(d)) yield { id: `actor:${a.id}`, name: a.name, aliases: aliasesOf(a) };
  for (const e of [...d.events].sort((a, b) => a.id.localeCompare(b.id))) yield { id: `event:${e.id}`, title: e.title };
}

/** What miniSearchJson reads of a quote shard's documents (shardDocs), one at a time. */
export function* shardIndexDocs(events: SourceEvent[]): Generator<Pick<SearchDoc, 'id' | 'title' | 'quotes'>> {
  for (const e of events) yield { id: `event:${e.id}`, title: e.title, quotes: quotesOf(e) };
}

/**
 * The search's files (path relative to the data folder, JSON), one at a time: the quote shards, then search.json
 * (which lists them). `release`: the source is the caller's to give away (the search thread's own copy): each
 * shard's events lose their quotes once the shard is made, so that the first index is made with no quote held.
 */
export function* searchFileEntries(d: SearchSource, shardEvents = SHARD_EVENTS, release = false): Generator<[string, string]> {
  const shards = quoteShards(d, shardEvents);
  const names = shards.map((_, i) => `${QUOTES_DIR}/q-${String(i).padStart(4, '0')}.json`);
  for (let i = 0; i < shards.length; i++) {
    const json = miniSearchJson(shardIndexDocs(shards[i]), QUOTE_OPTIONS);
    if (release) for (const e of shards[i]) e.evidence = e.quotes = undefined;
    shards[i] = [];
    yield [names[i], json];
  }
  // the indexes' JSON made directly (lib/search/index-json.ts): the bytes of JSON.stringify(buildFirstIndex(d)) etc.
  const head: Omit<SearchHead, 'index'> = { format: SEARCH_FORMAT, quotes: names };
  yield [SEARCH_FILE, `${JSON.stringify(head).slice(0, -1)},"index":${miniSearchJson(firstIndexDocs(d), FIRST_OPTIONS)}}`];
}

/** The search's files (path relative to the data folder → JSON): the quote shards, then search.json. */
export function searchFiles(d: SearchSource, shardEvents = SHARD_EVENTS): Map<string, string> {
  return new Map(searchFileEntries(d, shardEvents));
}
