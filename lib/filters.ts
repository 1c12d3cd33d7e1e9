/**
 * Filters a reader sets (type, actor, affiliation, outlet/document, date
 * range, status, minimum confidence) as one pure function used by the
 * timeline, the network and the tables alike, plus the counts each choice
 * would give. Within a facet the choices are alternatives (OR); facets
 * combine (AND). Empty facet = no restriction.
 */
import type { DatasetActor, DatasetDocument, DatasetEdge, DatasetEvent, EventStatus, EventType, IndexDocument, IndexEvent } from './schema';
import { dateSpan } from './format';

export interface Filters {
  types: EventType[];
  /** events with any of these actors taking part */
  actors: string[];
  /** events with a participant of any of these affiliations */
  affiliations: string[];
  /** events with evidence from any of these documents */
  documents: string[];
  /** date range (inclusive days); an undated event is outside any range */
  since: string | null;
  until: string | null;
  statuses: EventStatus[];
  /** 0..1 */
  minConfidence: number;
}

export const NO_FILTERS: Filters = {
  types: [],
  actors: [],
  affiliations: [],
  documents: [],
  since: null,
  until: null,
  statuses: [],
  minConfidence: 0,
};

/** What a filter reads of an event: the browser's index events (`documentIds`) or the full ones (`evidence`). */
export type FilterableEvent = Pick<DatasetEvent, 'id' | 'type' | 'date' | 'participants' | 'respondsTo' | 'status' | 'confidence'> &
  ({ documentIds: IndexEvent['documentIds'] } | { evidence: Pick<DatasetEvent['evidence'][number], 'documentId'>[] });

export interface DataSlice<E extends FilterableEvent = DatasetEvent> {
  events: E[];
  actors: DatasetActor[];
  edges: DatasetEdge[];
}

/** The documents an event's evidence comes from, whichever shape the event has. */
export function documentIdsOf(e: FilterableEvent): string[] {
  return 'documentIds' in e ? e.documentIds : e.evidence.map((q) => q.documentId);
}

export type Facet = 'types' | 'actors' | 'affiliations' | 'documents' | 'dates' | 'statuses' | 'confidence';

export function isFiltering(f: Filters): boolean {
  return (
    f.types.length > 0 ||
    f.actors.length > 0 ||
    f.affiliations.length > 0 ||
    f.documents.length > 0 ||
    !!f.since ||
    !!f.until ||
    f.statuses.length > 0 ||
    f.minConfidence > 0
  );
}

/** One predicate per facet, so counts can leave their own facet out. */
function predicates(f: Filters, actorsById: Map<string, DatasetActor>): Record<Facet, ((e: FilterableEvent) => boolean) | null> {
  const types = new Set(f.types);
  const actors = new Set(f.actors);
  const affs = new Set(f.affiliations);
  const docs = new Set(f.documents);
  const statuses = new Set(f.statuses);
  return {
    types: types.size ? (e) => types.has(e.type) : null,
    actors: actors.size ? (e) => e.participants.some((p) => actors.has(p)) : null,
    affiliations: affs.size
      ? (e) => e.participants.some((p) => {
          const a = actorsById.get(p)?.affiliation;
          return !!a && affs.has(a);
        })
      : null,
    documents: docs.size ? (e) => documentIdsOf(e).some((d) => docs.has(d)) : null,
    dates:
      f.since || f.until
        ? (e) => {
            if (!e.date) return false;
            const { start, end } = dateSpan(e.date); // [start, end)
            if (f.since && end <= f.since) return false;
            if (f.until && start > f.until) return false;
            return true;
          }
        : null,
    statuses: statuses.size ? (e) => statuses.has(e.status) : null,
    confidence: f.minConfidence > 0 ? (e) => e.confidence >= f.minConfidence - 1e-9 : null,
  };
}

function matcher(f: Filters, actorsById: Map<string, DatasetActor>, except?: Facet): (e: FilterableEvent) => boolean {
  const ps = Object.entries(predicates(f, actorsById))
    .filter(([k, p]) => p && k !== except)
    .map(([, p]) => p!);
  return (e) => ps.every((p) => p(e));
}

/**
 * The events that pass every filter; the links restricted to those events
 * (a link with none left goes); the actors those events and links involve.
 * With no filter set, the data is returned as it is (every actor kept).
 */
export function applyFilters<E extends FilterableEvent>(data: DataSlice<E>, f: Filters): DataSlice<E> {
  if (!isFiltering(f)) return { events: data.events, actors: data.actors, edges: data.edges };
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const ok = matcher(f, byId);
  const events = data.events.filter(ok);
  return restrictTo(data, events);
}

/** `data` cut down to `events`: their links (eventIds trimmed) and the actors involved. */
export function restrictTo<E extends FilterableEvent>(data: DataSlice<E>, events: E[]): DataSlice<E> {
  const kept = new Set(events.map((e) => e.id));
  const edges: DatasetEdge[] = [];
  for (const edge of data.edges) {
    const ids = edge.eventIds.filter((id) => kept.has(id));
    if (!ids.length) continue;
    edges.push(ids.length === edge.eventIds.length ? edge : { ...edge, eventIds: ids });
  }
  const involved = new Set<string>();
  for (const e of events) {
    e.participants.forEach((p) => involved.add(p));
    e.respondsTo.forEach((p) => involved.add(p));
  }
  for (const edge of edges) involved.add(edge.source).add(edge.target);
  return { events, actors: data.actors.filter((a) => involved.has(a.id)), edges };
}

export interface FacetCounts {
  types: Map<string, number>;
  actors: Map<string, number>;
  affiliations: Map<string, number>;
  documents: Map<string, number>;
  statuses: Map<string, number>;
  /** events in the date range with the other filters on */
  dates: number;
  /** events at or above the confidence floor with the other filters on */
  confidence: number;
  /** events passing everything */
  total: number;
}

function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * For each choice, how many events there would be with it ticked, the other
 * facets' filters applied (the usual faceted-search count).
 */
export function facetCounts<E extends FilterableEvent>(data: DataSlice<E>, f: Filters): FacetCounts {
  const byId = new Map(data.actors.map((a) => [a.id, a]));
  const all = matcher(f, byId);
  const counts: FacetCounts = {
    types: new Map(),
    actors: new Map(),
    affiliations: new Map(),
    documents: new Map(),
    statuses: new Map(),
    dates: 0,
    confidence: 0,
    total: 0,
  };
  const m = {
    types: matcher(f, byId, 'types'),
    actors: matcher(f, byId, 'actors'),
    affiliations: matcher(f, byId, 'affiliations'),
    documents: matcher(f, byId, 'documents'),
    statuses: matcher(f, byId, 'statuses'),
  };
  for (const e of data.events) {
    if (all(e)) counts.total++;
    if (m.types(e)) bump(counts.types, e.type);
    if (m.statuses(e)) bump(counts.statuses, e.status);
    if (m.actors(e)) new Set(e.participants).forEach((p) => bump(counts.actors, p));
    if (m.affiliations(e)) {
      const affs = new Set(e.participants.map((p) => byId.get(p)?.affiliation).filter((a): a is string => !!a));
      affs.forEach((a) => bump(counts.affiliations, a));
    }
    if (m.documents(e)) new Set(documentIdsOf(e)).forEach((d) => bump(counts.documents, d));
  }
  counts.dates = counts.total;
  counts.confidence = counts.total;
  return counts;
}

/** Choices to offer: affiliations of actors taking part in events, documents with evidence; sorted for display. */
export function facetChoices<E extends FilterableEvent, D extends IndexDocument | DatasetDocument>(data: DataSlice<E> & { documents: D[] }) {
  const affiliations = [...new Set(data.actors.map((a) => a.affiliation).filter((a): a is string => !!a))].sort((a, b) => a.localeCompare(b));
  const documents = [...data.documents].sort((a, b) => a.outlet.localeCompare(b.outlet) || a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  return { affiliations, documents };
}
