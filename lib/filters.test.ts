import { describe, expect, it } from 'vitest';
import type { DatasetActor, DatasetEdge, DatasetEvent } from './schema';
import { NO_FILTERS, applyFilters, facetCounts, isFiltering, type Filters } from './filters';

const actor = (id: string, affiliation: string | null): DatasetActor => ({
  id, name: id.toUpperCase(), kind: 'person', affiliation, aliases: [], role: null, discovered: false, surfaceForms: [], eventCount: 1,
});
const event = (id: string, o: Partial<DatasetEvent>): DatasetEvent => ({
  id, type: 'meeting', title: id, date: '2025-02-18', location: null, participants: [], confidence: 0.9, status: 'happened',
  evidence: [{ documentId: 'd1', quote: 'q', start: 0, end: 1 }],
  dateInfo: { expression: null, reference: null, precision: 'day', range: null }, respondsTo: [], disagreements: [], edited: null, ...o,
});

const actors = [actor('a', 'US'), actor('b', 'Russia'), actor('c', 'US'), actor('z', null)];
const events = [
  event('m1', { participants: ['a', 'b'] }),
  event('c1', { type: 'call', date: '2025-02-12', participants: ['a', 'b'], evidence: [{ documentId: 'd2', quote: 'q', start: 0, end: 1 }] }),
  event('s1', { type: 'statement', date: '2025-03', participants: ['c'], respondsTo: ['b'], confidence: 0.4 }),
  event('p1', { status: 'planned', date: null, participants: ['a', 'c'] }),
];
const edges: DatasetEdge[] = [
  { source: 'a', target: 'b', kind: 'met', eventIds: ['m1'] },
  { source: 'a', target: 'b', kind: 'called', eventIds: ['c1'] },
  { source: 'c', target: 'b', kind: 'responded_to', eventIds: ['s1'] },
  { source: 'a', target: 'c', kind: 'met', eventIds: ['p1', 'm1'] },
];
const data = { events, actors, edges };
const f = (p: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...p });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('applyFilters', () => {
  it('returns the data untouched when nothing is set', () => {
    const out = applyFilters(data, NO_FILTERS);
    expect(out.events).toBe(events);
    expect(out.actors).toBe(actors);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('filters by type and keeps only the links and actors of what is left', () => {
    const out = applyFilters(data, f({ types: ['call'] }));
    expect(ids(out.events)).toEqual(['c1']);
    expect(out.edges).toEqual([{ source: 'a', target: 'b', kind: 'called', eventIds: ['c1'] }]);
    expect(ids(out.actors)).toEqual(['a', 'b']);
  });

  it('trims the events of a link to those kept', () => {
    const out = applyFilters(data, f({ statuses: ['planned'] }));
    expect(out.edges).toEqual([{ source: 'a', target: 'c', kind: 'met', eventIds: ['p1'] }]);
  });

  it('ORs within a facet, ANDs across facets', () => {
    expect(ids(applyFilters(data, f({ types: ['call', 'statement'] })).events)).toEqual(['c1', 's1']);
    expect(ids(applyFilters(data, f({ types: ['call', 'statement'], affiliations: ['Russia'] })).events)).toEqual(['c1']);
  });

  it('filters by actor, document, confidence and a date range (partial dates overlap, undated are out)', () => {
    expect(ids(applyFilters(data, f({ actors: ['c'] })).events)).toEqual(['s1', 'p1']);
    expect(ids(applyFilters(data, f({ documents: ['d2'] })).events)).toEqual(['c1']);
    expect(ids(applyFilters(data, f({ minConfidence: 0.5 })).events)).toEqual(['m1', 'c1', 'p1']);
    expect(ids(applyFilters(data, f({ since: '2025-02-15', until: '2025-03-02' })).events)).toEqual(['m1', 's1']);
    expect(ids(applyFilters(data, f({ until: '2025-02-12' })).events)).toEqual(['c1']);
  });
});

describe('facetCounts', () => {
  it('counts each choice with the other facets applied', () => {
    const c = facetCounts(data, f({ types: ['call'], affiliations: ['US'] }));
    expect(c.total).toBe(1);
    // types ignore the type filter: events with a US participant, by type
    expect(Object.fromEntries(c.types)).toEqual({ meeting: 2, call: 1, statement: 1 });
    // affiliations ignore the affiliation filter: calls, by participants' affiliation
    expect(Object.fromEntries(c.affiliations)).toEqual({ US: 1, Russia: 1 });
    expect(c.actors.get('a')).toBe(1);
    expect(Object.fromEntries(c.statuses)).toEqual({ happened: 1 });
  });
});
