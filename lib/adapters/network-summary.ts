/**
 * The network of every event (the slice "everything", the explorer's default) before the whole index
 * is here. At compile time the index's head gets the most active actors with their activity and every
 * link between two of them with its number of events (networkSummary: a few kB at 10,000 documents);
 * the browser draws the network from that at once (summaryView): the nodes and links networkView draws
 * from the whole index (when the limit is within the summary's actors and the selection among them),
 * each link with its count of events but not yet their ids — the whole index brings those, and the
 * explorer then draws from it (for the chart, a patch of the links' data). Pure.
 */
import type { DatasetActor, EdgeKind } from '../schema';
import { EDGE_KINDS } from '../ui/theme';
import { affiliationColors } from '../ui/theme';
import { byDataId, candidatesOf, chooseEdges, distinct, edgeData, gatherAll, nodeData, rank, weightOf, type AllModel, type CyEdgeData, type CyElements, type NetworkInput, type NetworkOptions } from './network';

/**
 * Actors in the summary: the explorer's first view (its NETWORK_STEP). At 10,000 documents their links
 * are 6,369 of 110,459, 18 kB gzipped (300 actors: 16,630 links, 48 kB); a "show more" before the
 * whole index is here waits for it.
 */
export const SUMMARY_ACTORS = 150;

/** As in the index's head (lib/data/pages.ts): actors by their index in the head's actors, links flat. */
export interface NetworkSummaryWire {
  /** the most active actors (indexes into the head's actors), most active first */
  actors: number[];
  /** events each takes part in */
  activity: number[];
  /** actors the whole network could show (networkView's `total` with no window) */
  total: number;
  /** every link between two of them, flat: source, target (positions in `actors`), kind (index in EDGE_KINDS), events */
  links: number[];
}

/** The summary decoded: actors themselves, links by id. */
export interface NetworkSummary {
  actors: DatasetActor[];
  activity: number[];
  total: number;
  links: { source: string; target: string; kind: EdgeKind; events: number }[];
  /** every actor of the index (the affiliations' colours are made from them all, as networkModel does) */
  everyone: DatasetActor[];
}

/**
 * The whole index → its network's summary (actors as indexes into the index's actors: the head's). Only
 * what the network of every event reads (no spans, no order by day: networkModel's costly parts).
 */
export function networkSummary(index: NetworkInput, size = SUMMARY_ACTORS): NetworkSummaryWire {
  const model: AllModel & { actors: DatasetActor[] } = {
    participants: index.events.map((e) => distinct(e.participants)),
    edges: index.edges,
    byId: new Map(index.events.map((e, i) => [e.id, i])),
    hasEvents: index.events.length > 0,
    all: null,
    actors: index.actors,
  };
  const actors = index.actors;
  const all = gatherAll(model);
  const candidates = candidatesOf(model, all, false);
  const top = rank(candidates, weightOf(all.activity, false)).slice(0, size);
  const at = new Map(top.map((a, i) => [a.id, i]));
  const headAt = new Map(actors.map((a, i) => [a.id, i]));
  const links: number[] = [];
  for (const [k, ids] of all.edgeEvents) {
    const e = model.edges[k];
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s === undefined || t === undefined) continue;
    links.push(s, t, EDGE_KINDS.indexOf(e.kind), ids.length);
  }
  return { actors: top.map((a) => headAt.get(a.id)!), activity: top.map((a) => all.activity.get(a.id) ?? 0), total: candidates.length, links };
}

export function decodeNetworkSummary(w: NetworkSummaryWire, actors: DatasetActor[]): NetworkSummary {
  const list = w.actors.map((i) => actors[i]);
  const links: NetworkSummary['links'] = [];
  for (let i = 0; i + 3 < w.links.length; i += 4) {
    links.push({ source: list[w.links[i]].id, target: list[w.links[i + 1]].id, kind: EDGE_KINDS[w.links[i + 2]], events: w.links[i + 3] });
  }
  return { actors: list, activity: w.activity, total: w.total, links, everyone: actors };
}

const colorsOf = new WeakMap<NetworkSummary, Map<string, string>>();

/**
 * The network of every event from the summary: networkView(model, null, opts) of the whole index, but
 * with each link's eventIds empty (`events` says how many); null when the summary cannot tell (more
 * actors asked for than it holds, or a selected actor outside it).
 */
export function summaryView(summary: NetworkSummary, opts: NetworkOptions = {}): CyElements | null {
  const held = summary.actors.length;
  const complete = summary.total <= held;
  const limit = opts.limit ?? Infinity;
  if (!complete && limit > held) return null;
  const activity = new Map(summary.actors.map((a, i) => [a.id, summary.activity[i]]));
  // networkView keeps every candidate when they are no more than the limit, else the `limit` heaviest and the selection
  const keep = new Set(summary.actors.slice(0, summary.total <= limit ? held : limit).map((a) => a.id));
  for (const id of opts.include ?? []) {
    if (activity.has(id)) keep.add(id);
    else if (!complete) return null;
  }
  let colors = colorsOf.get(summary);
  if (!colors) colorsOf.set(summary, (colors = affiliationColors(summary.everyone.map((a) => a.affiliation))));
  const weight = weightOf(activity, false);
  const nodes = summary.actors.filter((a) => keep.has(a.id)).map((a) => nodeData(a, activity.get(a.id) ?? 0, weight(a), colors));
  nodes.sort(byDataId);
  const edges: { data: CyEdgeData }[] = [];
  for (const l of summary.links) if (keep.has(l.source) && keep.has(l.target)) edges.push(edgeData(l.kind, l.source, l.target, [], l.events));
  return { nodes, total: summary.total, ...chooseEdges(edges, opts) };
}
