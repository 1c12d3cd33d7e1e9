/**
 * What is visible, as the exporters see it: the visible events, the actors
 * they involve, the links among those actors backed by visible events, and the
 * documents behind them. Pure.
 */
import type { Dataset, DatasetActor, DatasetDocument, DatasetEdge, DatasetEvent } from '../schema';
import { actorsOfEvent, compareByDate } from '../ui/selection';

export interface Subset {
  events: DatasetEvent[];
  actors: DatasetActor[];
  /** edges with only their visible events */
  edges: DatasetEdge[];
  documents: DatasetDocument[];
}

export function visibleSubset(dataset: Dataset, eventIds: Iterable<string>): Subset {
  const ids = new Set(eventIds);
  const events = dataset.events.filter((e) => ids.has(e.id)).sort(compareByDate);
  const edges = dataset.edges
    .map((e) => ({ ...e, eventIds: e.eventIds.filter((id) => ids.has(id)) }))
    .filter((e) => e.eventIds.length > 0);
  const actorIds = new Set([...events.flatMap(actorsOfEvent), ...edges.flatMap((e) => [e.source, e.target])]);
  const actors = dataset.actors.filter((a) => actorIds.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
  const docIds = new Set(events.flatMap((e) => e.evidence.map((v) => v.documentId)));
  const documents = dataset.documents.filter((d) => docIds.has(d.id));
  return { events, actors, edges, documents };
}
