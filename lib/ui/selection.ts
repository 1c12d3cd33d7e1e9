/** Pure look-ups the panels need: indexes by id, an actor's events, sorting by date. */
import type { DatasetActor, DatasetEvent, IndexDocument, IndexEvent } from '../schema';

/** What lists and buttons show of an event: the index's events and the full dataset's alike have it. */
export type EventSummary = Pick<DatasetEvent, 'id' | 'type' | 'title' | 'date' | 'location' | 'participants' | 'status' | 'confidence' | 'respondsTo'>;

/** By id: the browser's index (the default) or, on a page built on the server, the full dataset. */
export interface DatasetIndex<E extends { id: string } = IndexEvent, D extends { id: string } = IndexDocument> {
  events: Map<string, E>;
  actors: Map<string, DatasetActor>;
  documents: Map<string, D>;
}

export function indexDataset<E extends { id: string }, D extends { id: string }>(d: { events: E[]; actors: DatasetActor[]; documents: D[] }): DatasetIndex<E, D> {
  return {
    events: new Map(d.events.map((e) => [e.id, e])),
    actors: new Map(d.actors.map((a) => [a.id, a])),
    documents: new Map(d.documents.map((doc) => [doc.id, doc])),
  };
}

/** Undated events sort last; ties by title then id, so the order is stable. */
export function compareByDate(a: EventSummary, b: EventSummary): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export function sortEvents<T extends EventSummary>(events: T[], dir: 'asc' | 'desc' = 'asc'): T[] {
  const sorted = [...events].sort(compareByDate);
  if (dir === 'asc') return sorted;
  const dated = sorted.filter((e) => e.date).reverse();
  return [...dated, ...sorted.filter((e) => !e.date)];
}

export function eventsOfActor<T extends EventSummary>(d: { events: T[] }, actorId: string): T[] {
  return sortEvents(d.events.filter((e) => e.participants.includes(actorId)));
}

export function participantsOf(e: Pick<EventSummary, 'participants'>, index: Pick<DatasetIndex, 'actors'>): DatasetActor[] {
  return e.participants.map((id) => index.actors.get(id)).filter((a): a is DatasetActor => !!a);
}

/** The actors an event touches: participants, and those a statement answers. */
export function actorsOfEvent(e: Pick<EventSummary, 'participants' | 'respondsTo'>): string[] {
  return [...new Set([...e.participants, ...e.respondsTo])].sort();
}
