/**
 * first.json: the explorer's first view, small enough to draw at once while the
 * whole index (index.json) is still being fetched and decoded. It holds the
 * events around the window the timeline opens on when the URL names none (the
 * busiest stretch: initialWindowOf), the documents and actors they involve —
 * a DataIndex cut down to those events, in the same codec as index.json, without
 * links or positions (the network, drawn from the whole index's links, waits for
 * it: a network of the first view's events alone would not be the same network).
 * The explorer swaps in the whole index when it arrives.
 * Written only when it is worth it (the cut holds at most half of the events);
 * otherwise `index` is null and the explorer waits for index.json. Pure.
 */
import type { DataIndex, IndexEvent } from '../schema';
import { dayMs, eventsInWindow, initialWindowOf, timelineModel } from '../adapters/timeline';
import { decodeIndex, encodeIndex, type IndexWire } from './codec';

export const FIRST_FORMAT = 'parley-first-1';
const DAY = 86400000;
/** Days of events kept on each side of the initial window: room to pan a little before the whole index arrives. */
const PAD_DAYS = 10;

export interface FirstViewWire {
  format: typeof FIRST_FORMAT;
  /** events in the whole index */
  total: number;
  /** the window the timeline opens on (days, inclusive) */
  window: { start: string; end: string } | null;
  index: IndexWire | null;
}

export interface FirstView {
  total: number;
  window: { start: string; end: string };
  index: DataIndex;
}

/** `index` cut down to `events` (in the index's order): their documents, actors, links and positions. */
export function cutIndex(index: DataIndex, events: IndexEvent[]): DataIndex {
  const kept = new Set(events.map((e) => e.id));
  const docs = new Set<string>();
  const actors = new Set<string>();
  for (const e of events) {
    for (const d of e.documentIds) docs.add(d);
    for (const a of e.participants) actors.add(a);
    for (const a of e.respondsTo) actors.add(a);
  }
  const edges = [];
  for (const edge of index.edges) {
    const eventIds = edge.eventIds.filter((id) => kept.has(id));
    if (!eventIds.length) continue;
    edges.push({ ...edge, eventIds });
    actors.add(edge.source);
    actors.add(edge.target);
  }
  const positions: DataIndex['positions'] = {};
  for (const id of actors) if (index.positions[id]) positions[id] = index.positions[id];
  return {
    schemaVersion: 1,
    documents: index.documents.filter((d) => docs.has(d.id)),
    actors: index.actors.filter((a) => actors.has(a.id)),
    events,
    edges,
    positions,
  };
}

/**
 * The first view of `index`: the events meeting the initial window widened by PAD_DAYS
 * on each side, with that window; null when that is more than half of the events.
 */
export function firstView(index: DataIndex): FirstView | null {
  const model = timelineModel(index.events);
  const window = initialWindowOf(model);
  if (!window) return null;
  const lo = dayMs(window.start);
  const hi = dayMs(window.end) + DAY;
  const pad = PAD_DAYS * DAY;
  const inView = new Set(eventsInWindow(model, lo - pad, hi + pad).map((e) => e.id));
  const events = index.events.filter((e) => inView.has(e.id));
  if (events.length * 2 > index.events.length) return null;
  // the window ships with it: the explorer opens there (the cut's own busiest stretch may differ at its edges)
  return { total: index.events.length, window, index: { ...cutIndex(index, events), edges: [], positions: {} } };
}

export function encodeFirstView(index: DataIndex): FirstViewWire {
  const v = firstView(index);
  return v
    ? { format: FIRST_FORMAT, total: v.total, window: v.window, index: encodeIndex(v.index) }
    : { format: FIRST_FORMAT, total: index.events.length, window: null, index: null };
}

export function decodeFirstView(json: unknown): FirstView | null {
  if (!json || typeof json !== 'object') return null;
  const w = json as Partial<FirstViewWire>;
  if (w.format !== FIRST_FORMAT || !w.index || !w.window || typeof w.total !== 'number') return null;
  return { total: w.total, window: w.window, index: decodeIndex(w.index) };
}
