/**
 * The search index over actor names and aliases, event titles and quotes,
 * built from the compiled dataset. Pure: same dataset → same JSON.
 */
import MiniSearch from 'minisearch';
import type { DatasetActor, DatasetEvent } from '../schema';
import { formatShortDate } from '../format';
import { TYPE_STYLE } from '../ui/theme';
import { SEARCH_OPTIONS, type SearchDoc } from './options';

export interface SearchSource {
  actors: DatasetActor[];
  /** full events (their quotes are searched too) or the browser's index events (titles only) */
  events: (Pick<DatasetEvent, 'id' | 'type' | 'title' | 'date' | 'location'> & { evidence?: Pick<DatasetEvent['evidence'][number], 'quote'>[] })[];
}

export function searchDocs(d: SearchSource): SearchDoc[] {
  const actors: SearchDoc[] = [...d.actors]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => ({
      id: `actor:${a.id}`,
      kind: 'actor',
      ref: a.id,
      label: a.name,
      sub: [a.role, a.affiliation].filter(Boolean).join(' · ') || a.kind,
      name: a.name,
      aliases: [...new Set([...a.aliases, ...a.surfaceForms])].filter((x) => x !== a.name).sort().join(' · '),
    }));
  const events: SearchDoc[] = [...d.events]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      id: `event:${e.id}`,
      kind: 'event',
      ref: e.id,
      label: e.title,
      sub: `${TYPE_STYLE[e.type].label} · ${formatShortDate(e.date)}${e.location ? ` · ${e.location}` : ''}`,
      title: e.title,
      quotes: [...new Set((e.evidence ?? []).map((q) => q.quote))].join(' \n '),
    }));
  return [...actors, ...events];
}

export function buildSearchIndex(d: SearchSource): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(searchDocs(d));
  return index;
}

/** The index as the JSON the browser loads (MiniSearch.loadJSON with SEARCH_OPTIONS). */
export function searchIndexJson(d: SearchSource): string {
  return JSON.stringify(buildSearchIndex(d));
}
