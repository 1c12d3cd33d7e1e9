/**
 * Index → Cytoscape elements. Nodes are the actors taking part in events
 * (or in edges); edges are the dataset's met/called/responded_to links.
 * With a window {from, to} only events within it count (follow the timeline;
 * a month or year counts when the window covers at least half of it).
 *
 * At scale: networkModel is built once per dataset (event spans in ms, so a
 * window change is arithmetic), networkView keeps the `limit` most active
 * actors (plus those asked for: the selection) and the edges between them,
 * and marks edges 'haystack' (straight, cheap) when there are many.
 */
import type { ActorKind, DatasetActor, DatasetEdge, EdgeKind, IndexEvent } from '../schema';
import { dateSpan, precisionOf } from '../format';
import { EDGE_STYLE, KIND_SHAPE, NO_AFFILIATION_COLOR, affiliationColors } from '../ui/theme';

export interface CyNodeData {
  id: string;
  label: string;
  affiliation: string | null;
  kind: ActorKind;
  /** events in the window the actor takes part in */
  activity: number;
  eventCount: number;
  size: number;
  color: string;
  shape: string;
  discovered: boolean;
}

export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  eventIds: string[];
  width: number;
  color: string;
  arrow: 'triangle' | 'none';
  curve: 'bezier' | 'haystack';
}

export interface CyElements {
  nodes: { data: CyNodeData }[];
  edges: { data: CyEdgeData }[];
  /** how many actors could be shown (before the limit) */
  total: number;
}

export interface NetworkWindow {
  from: string | null;
  to: string | null;
}

export interface NetworkOptions {
  /** the most actors to show, most active first (default: all) */
  limit?: number;
  /** actors shown whatever the limit (the selection), when they are in the network at all */
  include?: string[];
}

/** Above this many edges, edges are drawn as haystack lines (no arrows, no curves). */
export const HAYSTACK_AT = 300;

export function nodeSize(count: number): number {
  return Math.round(22 + 10 * Math.sqrt(Math.max(0, count)));
}

export function edgeId(kind: EdgeKind, source: string, target: string): string {
  return `${kind}:${source}:${target}`;
}

const DAY_MS = 86400000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

export interface NetworkModel {
  events: { id: string; s: number; t: number; day: boolean; participants: string[] }[];
  actors: DatasetActor[];
  edges: DatasetEdge[];
  colors: Map<string, string>;
  hasEvents: boolean;
}

export interface NetworkInput {
  events: Pick<IndexEvent, 'id' | 'date' | 'participants'>[];
  actors: DatasetActor[];
  edges: DatasetEdge[];
}

export function networkModel(data: NetworkInput): NetworkModel {
  return {
    events: data.events.map((e) => {
      if (!e.date) return { id: e.id, s: NaN, t: NaN, day: false, participants: [...new Set(e.participants)] };
      const { start, end } = dateSpan(e.date);
      return { id: e.id, s: dayMs(start), t: dayMs(end), day: precisionOf(e.date) === 'day', participants: [...new Set(e.participants)] };
    }),
    actors: data.actors,
    edges: data.edges,
    colors: affiliationColors(data.actors.map((a) => a.affiliation)),
    hasEvents: data.events.length > 0,
  };
}

/** The same rule as format.inWindow, on precomputed spans. */
function spanInWindow(s: number, t: number, day: boolean, from: number | null, to: number | null): boolean {
  if (Number.isNaN(s)) return false;
  if (from !== null && t <= from) return false;
  if (to !== null && s > to) return false;
  if (day) return true;
  const lo = Math.max(s, from ?? s);
  const hi = Math.min(t, to !== null ? to + DAY_MS : t);
  return (hi - lo) * 2 >= t - s;
}

export function networkView(model: NetworkModel, window: NetworkWindow | null = null, opts: NetworkOptions = {}): CyElements {
  const filtering = !!window && (!!window.from || !!window.to);
  const from = filtering && window!.from ? dayMs(window!.from) : null;
  const to = filtering && window!.to ? dayMs(window!.to) : null;
  const inWindow = new Set<string>();
  const activity = new Map<string, number>();
  for (const e of model.events) {
    if (filtering && !spanInWindow(e.s, e.t, e.day, from, to)) continue;
    inWindow.add(e.id);
    for (const p of e.participants) activity.set(p, (activity.get(p) ?? 0) + 1);
  }

  const edges: { data: CyEdgeData }[] = [];
  const inEdges = new Set<string>();
  for (const edge of model.edges) {
    const eventIds = edge.eventIds.filter((id) => inWindow.has(id) || (!filtering && !model.hasEvents));
    if (!eventIds.length) continue;
    const style = EDGE_STYLE[edge.kind];
    inEdges.add(edge.source).add(edge.target);
    edges.push({
      data: {
        id: edgeId(edge.kind, edge.source, edge.target),
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        eventIds: [...eventIds].sort(),
        width: Math.min(8, 1.5 + eventIds.length),
        color: style.color,
        arrow: style.arrow ? 'triangle' : 'none',
        curve: 'bezier',
      },
    });
  }

  const anyActive = model.actors.some((a) => activity.has(a.id) || inEdges.has(a.id));
  const candidates = model.actors.filter((a) => (anyActive || filtering ? activity.has(a.id) || inEdges.has(a.id) : true));
  const weight = (a: DatasetActor) => {
    const act = activity.get(a.id) ?? 0;
    return filtering ? act : Math.max(act, a.eventCount);
  };
  let shown = candidates;
  if (opts.limit !== undefined && candidates.length > opts.limit) {
    const ranked = [...candidates].sort((a, b) => weight(b) - weight(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const keep = new Set(ranked.slice(0, opts.limit).map((a) => a.id));
    for (const id of opts.include ?? []) keep.add(id);
    shown = candidates.filter((a) => keep.has(a.id));
  }
  const ids = new Set(shown.map((a) => a.id));
  const nodes = shown.map((a) => ({
    data: {
      id: a.id,
      label: a.name,
      affiliation: a.affiliation,
      kind: a.kind,
      activity: activity.get(a.id) ?? 0,
      eventCount: a.eventCount,
      size: nodeSize(weight(a)),
      color: (a.affiliation && model.colors.get(a.affiliation)) || NO_AFFILIATION_COLOR,
      shape: KIND_SHAPE[a.kind],
      discovered: a.discovered,
    },
  }));
  nodes.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  const keptEdges = edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target));
  keptEdges.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  if (keptEdges.length > HAYSTACK_AT) for (const e of keptEdges) e.data.curve = 'haystack';
  return { nodes, edges: keptEdges, total: candidates.length };
}

export function toCytoscapeElements(data: NetworkInput, window: NetworkWindow | null = null, opts: NetworkOptions = {}): CyElements {
  return networkView(networkModel(data), window, opts);
}

export interface ElementDiff<T> {
  add: T[];
  update: T[];
  remove: string[];
}

/** What changed between the elements drawn (by id → data) and those wanted. */
export function diffElements<T extends { data: { id: string } }>(prev: ReadonlyMap<string, T['data']>, next: T[]): ElementDiff<T> {
  const add: T[] = [];
  const update: T[] = [];
  const wanted = new Set<string>();
  for (const el of next) {
    wanted.add(el.data.id);
    const old = prev.get(el.data.id);
    if (!old) add.push(el);
    else if (JSON.stringify(old) !== JSON.stringify(el.data)) update.push(el);
  }
  return { add, update, remove: [...prev.keys()].filter((id) => !wanted.has(id)) };
}
