/** Pure look-ups the panels need: indexes by id, an actor's events, sorting by date. */
import type { Dataset, DatasetActor, DatasetDocument, DatasetEvent } from '../schema';

export interface DatasetIndex {
  events: Map<string, DatasetEvent>;
  actors: Map<string, DatasetActor>;
  documents: Map<string, DatasetDocument>;
}

export function indexDataset(d: Dataset): DatasetIndex {
  return {
    events: new Map(d.events.map((e) => [e.id, e])),
    actors: new Map(d.actors.map((a) => [a.id, a])),
    documents: new Map(d.documents.map((doc) => [doc.id, doc])),
  };
}

/** Undated events sort last; ties by title then id, so the order is stable. */
export function compareByDate(a: DatasetEvent, b: DatasetEvent): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

export function sortEvents(events: DatasetEvent[], dir: 'asc' | 'desc' = 'asc'): DatasetEvent[] {
  const sorted = [...events].sort(compareByDate);
  if (dir === 'asc') return sorted;
  const dated = sorted.filter((e) => e.date).reverse();
  return [...dated, ...sorted.filter((e) => !e.date)];
}

export function eventsOfActor(d: Dataset, actorId: string): DatasetEvent[] {
  return sortEvents(d.events.filter((e) => e.participants.includes(actorId)));
}

export function participantsOf(e: DatasetEvent, index: DatasetIndex): DatasetActor[] {
  return e.participants.map((id) => index.actors.get(id)).filter((a): a is DatasetActor => !!a);
}

/** The actors an event touches: participants, and those a statement answers. */
export function actorsOfEvent(e: DatasetEvent): string[] {
  return [...new Set([...e.participants, ...e.respondsTo])].sort();
}
