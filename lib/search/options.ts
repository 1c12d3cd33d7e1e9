/**
 * One MiniSearch configuration for building the index (at compile time) and
 * loading it (in the browser): MiniSearch.loadJSON needs the same options.
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

export const SEARCH_FIELDS = ['name', 'aliases', 'title', 'quotes'] as const;

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: ['kind', 'ref', 'label', 'sub'],
};

export const QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { name: 4, aliases: 3, title: 2, quotes: 1 },
};

/** The file the index is written to, beside dataset.json. */
export const SEARCH_FILE = 'search.json';
