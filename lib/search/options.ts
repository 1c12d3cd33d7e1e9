/**
 * One MiniSearch configuration for building the indexes (at compile time) and
 * loading them (in the browser): MiniSearch.loadJS needs the same options.
 *
 * Two kinds of index: the first one (search.json: actors' names and aliases,
 * event titles — what a reader types most; small, loaded at the first search)
 * and the quote shards (search-quotes/q-N.json: every event's titles and
 * quotes, events in date order cut into shards; fetched and searched only when
 * the first index does not fill the results or the reader asks for quotes).
 */
import type { Options, SearchOptions } from 'minisearch';

export interface SearchDoc {
  /** "actor:<id>" or "event:<id>" */
  id: string;
  kind: 'actor' | 'event';
  /** the actor's or event's id */
  ref: string;
  /** what a result shows: a name or an event title */
  label: string;
  /** a second line: role and affiliation, or type and date */
  sub: string;
  name?: string;
  aliases?: string;
  title?: string;
  quotes?: string;
}

/**
 * The first index: names, aliases, titles; nothing stored — a hit's label and sub are made
 * from the data the page already has (lib/search/build.ts describer).
 */
export const FIRST_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['name', 'aliases', 'title'],
  storeFields: [],
};

/**
 * A quote shard: events' titles and quotes (titles too, so that a query with one word
 * in the title and one in a quote still matches, as in one index); nothing stored —
 * a hit's label and sub are made from the page's data.
 */
export const QUOTE_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['title', 'quotes'],
  storeFields: [],
};

/** The single index of the first format (parley-search-1: a bare MiniSearch JSON over everything). */
export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['name', 'aliases', 'title', 'quotes'],
  storeFields: ['kind', 'ref', 'label', 'sub'],
};

export const QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { name: 4, aliases: 3, title: 2, quotes: 1 },
};

/** The first index's file, beside dataset.json. */
export const SEARCH_FILE = 'search.json';
/** The folder of the quote shards, beside it. */
export const QUOTES_DIR = 'search-quotes';
/** Events per quote shard (events in date order, then id). */
export const SHARD_EVENTS = 2000;
export const SEARCH_FORMAT = 'parley-search-2';

/** search.json: the first index and the quote shards' files (paths relative to the data folder). */
export interface SearchHead {
  format: typeof SEARCH_FORMAT;
  quotes: string[];
  index: unknown;
}
