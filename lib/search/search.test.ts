import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { DatasetActor, DatasetEvent } from '../schema';
import { buildSearchIndex, searchIndexJson } from './build';
import { writeSearchIndex } from './emit';
import { SEARCH_OPTIONS } from './options';
import { runSearch } from './query';

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

describe('search index', () => {
  it('finds actors by name and alias, events by title and quote words', () => {
    const index = buildSearchIndex({ actors, events });
    expect(runSearch(index, 'Whitcoff')[0]).toMatchObject({ kind: 'actor', ref: 'steve-witkoff' });
    expect(runSearch(index, 'Whitcoff')[0].fields).toContain('aliases');
    expect(runSearch(index, 'witk')[0].ref).toBe('steve-witkoff');
    expect(runSearch(index, 'kremlin')).toEqual([
      { kind: 'event', ref: 'meeting-1', label: events[0].title, sub: 'Meeting · 12 Feb 2025 · Moscow', fields: ['quotes'] },
    ]);
    expect(runSearch(index, 'x')).toEqual([]);
  });

  it('is deterministic and loads back in the browser with the same options', () => {
    const json = searchIndexJson({ actors, events });
    expect(searchIndexJson({ actors: [...actors].reverse(), events })).toBe(json);
    const loaded = MiniSearch.loadJSON(json, SEARCH_OPTIONS);
    expect(runSearch(loaded, 'Russia')[0].ref).toBe('russia');
  });

  it('is written beside the dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-search-'));
    const file = writeSearchIndex(dir, { actors, events });
    expect(file).toBe(join(dir, 'search.json'));
    expect(JSON.parse(readFileSync(file, 'utf8')).documentCount).toBe(3);
  });
});
