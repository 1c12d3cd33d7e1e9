/**
 * What is visible, as the exporters see it: the visible events, the actors
 * they involve, the links among those actors backed by visible events, and the
 * documents behind them. Pure. The explorer has the index (events without
 * quotes): `withQuotes` completes the events for the exports that show quotes.
 */
import type { DatasetActor, DatasetEdge, DatasetEvent, Evidence, IndexDocument, IndexEvent } from '../schema';
import { documentIdsOf } from '../filters';
import { actorsOfEvent, compareByDate, type EventSummary } from '../ui/selection';

/** A full event (with its evidence) or the browser's index event (documentIds). */
export type SubsetEvent = EventSummary & ({ documentIds: string[] } | { evidence: Evidence[] });
/** Documents as citations: no text. */
export type SubsetDocument = IndexDocument;

export interface Subset<E extends SubsetEvent = DatasetEvent> {
  events: E[];
  actors: DatasetActor[];
  /** edges with only their visible events */
  edges: DatasetEdge[];
  documents: SubsetDocument[];
}

export function visibleSubset<E extends SubsetEvent>(
  dataset: { events: E[]; actors: DatasetActor[]; edges: DatasetEdge[]; documents: SubsetDocument[] },
  eventIds: Iterable<string>,
): Subset<E> {
  const ids = new Set(eventIds);
  const events = dataset.events.filter((e) => ids.has(e.id)).sort(compareByDate);
  const edges = dataset.edges
    .map((e) => ({ ...e, eventIds: e.eventIds.filter((id) => ids.has(id)) }))
    .filter((e) => e.eventIds.length > 0);
  const actorIds = new Set([...events.flatMap(actorsOfEvent), ...edges.flatMap((e) => [e.source, e.target])]);
  const actors = dataset.actors.filter((a) => actorIds.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
  const docIds = new Set(events.flatMap(documentIdsOf));
  const documents = dataset.documents
    .filter((d) => docIds.has(d.id))
    .map(({ id, title, outlet, url, published, kind }) => ({ id, title, outlet, url, published, kind }));
  return { events, actors, edges, documents };
}

/** The subset with its events complete (quotes fetched by `load`, e.g. lib/data/client loadEvent). */
export async function withQuotes(s: Subset<IndexEvent>, load: (e: IndexEvent) => Promise<DatasetEvent>): Promise<Subset<DatasetEvent>> {
  return { ...s, events: await Promise.all(s.events.map(load)) };
}
