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
import { firstAtLeast, orderByDay, spanCache } from './timeline';
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
  /** the events in the window behind the link (empty while the network is drawn from the index's head: see `events`) */
  eventIds: string[];
  /** how many: eventIds.length, or the head's count (lib/adapters/network-summary.ts) */
  events: number;
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
  /** how many links join the actors shown (before maxEdges) */
  edgeTotal: number;
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
  /** the most links to draw, those with the most events first (links of `include` actors always) (default: all) */
  maxEdges?: number;
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

/** What a window gathers: events per actor, per edge the events in the window (ids sorted), the actors of those edges. */
export interface Gathered {
  activity: Map<string, number>;
  edgeEvents: Map<number, string[]>;
  inEdges: Set<string>;
}

/**
 * Built once per dataset (and filter), in flat arrays (no object per event): each event's span in
 * ms, dated events sorted by start, and the edges citing each event, so a window's view visits only
 * the events that can be in it and their edges.
 */
export interface NetworkModel {
  ids: string[];
  /** span in ms, [s, t); NaN when undated */
  s: Float64Array;
  t: Float64Array;
  /** 1 for an exact day */
  day: Uint8Array;
  participants: string[][];
  /** dated events' indexes, by start; `starts` their starts (for binary search) */
  order: Int32Array;
  starts: Float64Array;
  /** the longest span of a dated event (how far before a window's start an event overlapping it can begin) */
  maxSpan: number;
  /** the indexes of the edges citing event i: edgeList[edgeStart[i] .. edgeStart[i + 1]] */
  edgeStart: Int32Array;
  edgeList: Int32Array;
  /** event id → index */
  byId: Map<string, number>;
  actors: DatasetActor[];
  edges: DatasetEdge[];
  colors: Map<string, string>;
  hasEvents: boolean;
  /** the whole data's gathering, computed at the first view with no window */
  all: Gathered | null;
}

export interface NetworkInput {
  events: Pick<IndexEvent, 'id' | 'date' | 'participants'>[];
  actors: DatasetActor[];
  edges: DatasetEdge[];
}

/**
 * Events or edges handled between two pauses of the sliced builders (networkModelSliced, gatherAllSliced):
 * at 10,000 documents (124k events, 110k edges) the whole model is a few hundred ms of work, too long for one task.
 */
const SLICE = 1 << 14;
/** Runs a builder to its end at once. */
function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
/** Runs a builder a slice per task: `pause` between slices (a macrotask: the page paints and handles input meanwhile). */
async function runSliced<T>(steps: Generator<void, T>, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}

export function networkModel(data: NetworkInput): NetworkModel {
  return run(modelSteps(data));
}

/** networkModel in slices of SLICE events or edges, `pause` between them (the same model). */
export function networkModelSliced(data: NetworkInput, pause: () => Promise<unknown>): Promise<NetworkModel> {
  return runSliced(modelSteps(data), pause);
}

function* modelSteps(data: NetworkInput): Generator<void, NetworkModel> {
  const n = data.events.length;
  const span = spanCache();
  const ids = new Array<string>(n);
  const s = new Float64Array(n);
  const t = new Float64Array(n);
  const day = new Uint8Array(n);
  const participants = new Array<string[]>(n);
  const byId = new Map<string, number>();
  const dated: number[] = [];
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const e = data.events[i];
    ids[i] = e.id;
    byId.set(e.id, i);
    // most events have two or three different participants: no set to build for them
    participants[i] = distinct(e.participants);
    if (!e.date) {
      s[i] = t[i] = NaN;
      continue;
    }
    const x = span(e.date);
    s[i] = x.s;
    t[i] = x.t;
    day[i] = x.day ? 1 : 0;
    dated.push(i);
    if (x.t - x.s > maxSpan) maxSpan = x.t - x.s;
  }
  yield;
  const order = Int32Array.from(orderByDay(dated.length, (j) => s[dated[j]]), (j) => dated[j]);
  // (the sort of every dated event is a task's work of its own on a phone: the edges' first slice waits for the next)
  yield;
  // the edges of each event, packed
  const edgeStart = new Int32Array(n + 1);
  // (a slice: SLICE events cited, not SLICE edges — an edge cites several events: 16k edges were a long task on a phone)
  function* eachCited(visit: (i: number, k: number) => void): Generator<void, void> {
    let cited = 0;
    for (let k = 0; k < data.edges.length; k++) {
      if (cited >= SLICE) {
        cited = 0;
        yield;
      }
      cited += data.edges[k].eventIds.length;
      let last = -1;
      for (const id of data.edges[k].eventIds) {
        const i = byId.get(id);
        if (i === undefined || i === last) continue;
        last = i;
        visit(i, k);
      }
    }
  }
  yield* eachCited((i) => edgeStart[i + 1]++);
  for (let i = 0; i < n; i++) edgeStart[i + 1] += edgeStart[i];
  const edgeList = new Int32Array(edgeStart[n]);
  const fill = edgeStart.slice(0, n);
  yield* eachCited((i, k) => (edgeList[fill[i]++] = k));
  return {
    ids,
    s,
    t,
    day,
    participants,
    order,
    starts: Float64Array.from(order, (i) => s[i]),
    maxSpan,
    edgeStart,
    edgeList,
    byId,
    actors: data.actors,
    edges: data.edges,
    colors: affiliationColors(data.actors.map((a) => a.affiliation)),
    hasEvents: n > 0,
    all: null,
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

function edgeActors(model: Pick<NetworkModel, 'edges'>, edgeEvents: Map<number, string[]>): Set<string> {
  const inEdges = new Set<string>();
  for (const k of edgeEvents.keys()) inEdges.add(model.edges[k].source).add(model.edges[k].target);
  return inEdges;
}

/** The events of a window (only those that can overlap it are visited, from the sorted starts). */
function gatherWindow(model: NetworkModel, from: number | null, to: number | null): Gathered {
  const activity = new Map<string, number>();
  const edgeEvents = new Map<number, string[]>();
  const first = from === null ? 0 : firstAtLeast(model.starts.length, (i) => model.starts[i], from - model.maxSpan);
  for (let j = first; j < model.order.length; j++) {
    const i = model.order[j];
    if (to !== null && model.s[i] > to) break;
    if (!spanInWindow(model.s[i], model.t[i], model.day[i] === 1, from, to)) continue;
    const id = model.ids[i];
    for (const p of model.participants[i]) activity.set(p, (activity.get(p) ?? 0) + 1);
    for (let x = model.edgeStart[i]; x < model.edgeStart[i + 1]; x++) {
      const k = model.edgeList[x];
      const list = edgeEvents.get(k);
      if (!list) edgeEvents.set(k, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  }
  for (const list of edgeEvents.values()) list.sort();
  return { activity, edgeEvents, inEdges: edgeActors(model, edgeEvents) };
}

/** Every event: activity over all of them; each edge with its events present in the data (its own list when all are). */
/** An event's participants, each once (most events have two or three different ones: no set built for them). */
export function distinct(ps: string[]): string[] {
  return ps.length < 2 || (ps.length === 2 && ps[0] !== ps[1]) ? ps : [...new Set(ps)];
}

/** What gatherAll reads of a model (lib/adapters/network-summary.ts makes just that, without the spans). */
export type AllModel = Pick<NetworkModel, 'participants' | 'edges' | 'byId' | 'hasEvents' | 'all'>;

export function gatherAll(model: AllModel): Gathered {
  if (!model.all) model.all = run(gatherSteps(model));
  return model.all;
}

/** gatherAll in slices of SLICE events or edges, `pause` between them (kept on the model, as gatherAll's). */
export async function gatherAllSliced(model: AllModel, pause: () => Promise<unknown>): Promise<Gathered> {
  if (!model.all) {
    const all = await runSliced(gatherSteps(model), pause);
    // (gatherAll may have run meanwhile: the same result)
    model.all ??= all;
  }
  return model.all;
}

function* gatherSteps(model: AllModel): Generator<void, Gathered> {
  const activity = new Map<string, number>();
  for (let i = 0; i < model.participants.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    for (const p of model.participants[i]) activity.set(p, (activity.get(p) ?? 0) + 1);
  }
  yield;
  const edgeEvents = new Map<number, string[]>();
  // (a slice: SLICE events cited, not SLICE edges, as in modelSteps)
  let cited = 0;
  for (let k = 0; k < model.edges.length; k++) {
    if (cited >= SLICE) {
      cited = 0;
      yield;
    }
    const edge = model.edges[k];
    cited += edge.eventIds.length;
    // no events at all: the edges are drawn with the events they cite
    let ids = model.hasEvents ? edge.eventIds.filter((id) => model.byId.has(id)) : edge.eventIds;
    if (!ids.length) continue;
    let sorted = true;
    for (let i = 1; i < ids.length && sorted; i++) if (ids[i - 1] >= ids[i]) sorted = false;
    if (!sorted) ids = [...new Set(ids)].sort();
    else if (ids.length === edge.eventIds.length) ids = edge.eventIds;
    edgeEvents.set(k, ids);
  }
  yield;
  // the edges' actors (edgeActors), in slices too: 112k edges at 10,000 documents were one long task on a phone
  const inEdges = new Set<string>();
  let n = 0;
  for (const k of edgeEvents.keys()) {
    if (n > 0 && n % SLICE === 0) yield;
    n++;
    inEdges.add(model.edges[k].source).add(model.edges[k].target);
  }
  return { activity, edgeEvents, inEdges };
}

export const byDataId = (a: { data: { id: string } }, b: { data: { id: string } }) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0);

export function networkView(model: NetworkModel, window: NetworkWindow | null = null, opts: NetworkOptions = {}): CyElements {
  const filtering = !!window && (!!window.from || !!window.to);
  const from = filtering && window!.from ? dayMs(window!.from) : null;
  const to = filtering && window!.to ? dayMs(window!.to) : null;
  const { activity, edgeEvents, inEdges } = filtering ? gatherWindow(model, from, to) : gatherAll(model);

  const candidates = candidatesOf(model, { activity, inEdges }, filtering);
  const weight = weightOf(activity, filtering);
  let shown = candidates;
  if (opts.limit !== undefined && candidates.length > opts.limit) {
    const ranked = rank(candidates, weight);
    const keep = new Set(ranked.slice(0, opts.limit).map((a) => a.id));
    for (const id of opts.include ?? []) keep.add(id);
    shown = candidates.filter((a) => keep.has(a.id));
  }
  const ids = new Set(shown.map((a) => a.id));
  const nodes = shown.map((a) => nodeData(a, activity.get(a.id) ?? 0, weight(a), model.colors));
  nodes.sort(byDataId);
  // element data only for the edges drawn (between shown actors), not for every edge of the window
  const edges: { data: CyEdgeData }[] = [];
  for (const [k, eventIds] of edgeEvents) {
    const edge = model.edges[k];
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    edges.push(edgeData(edge.kind, edge.source, edge.target, eventIds, eventIds.length));
  }
  return { nodes, total: candidates.length, ...chooseEdges(edges, opts) };
}

/** The actors a view can show: those active in it (or linked), all of them when none is. */
export function candidatesOf(model: Pick<NetworkModel, 'actors'>, g: Pick<Gathered, 'activity' | 'inEdges'>, filtering: boolean): DatasetActor[] {
  const { activity, inEdges } = g;
  const anyActive = activity.size > 0 || inEdges.size > 0 ? model.actors.some((a) => activity.has(a.id) || inEdges.has(a.id)) : false;
  return model.actors.filter((a) => (anyActive || filtering ? activity.has(a.id) || inEdges.has(a.id) : true));
}

/** How much an actor weighs in a view (its rank, its node's size): its events in the window, or with no window its events at all. */
export function weightOf(activity: Map<string, number>, filtering: boolean): (a: DatasetActor) => number {
  return (a) => {
    const act = activity.get(a.id) ?? 0;
    return filtering ? act : Math.max(act, a.eventCount);
  };
}

/** The heaviest first, then by id. */
export function rank(actors: DatasetActor[], weight: (a: DatasetActor) => number): DatasetActor[] {
  return [...actors].sort((a, b) => weight(b) - weight(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function nodeData(a: DatasetActor, activity: number, weight: number, colors: Map<string, string>): { data: CyNodeData } {
  return {
    data: {
      id: a.id,
      label: a.name,
      affiliation: a.affiliation,
      kind: a.kind,
      activity,
      eventCount: a.eventCount,
      size: nodeSize(weight),
      color: (a.affiliation && colors.get(a.affiliation)) || NO_AFFILIATION_COLOR,
      shape: KIND_SHAPE[a.kind],
      discovered: a.discovered,
    },
  };
}

export function edgeData(kind: EdgeKind, source: string, target: string, eventIds: string[], events: number): { data: CyEdgeData } {
  const style = EDGE_STYLE[kind];
  return {
    data: {
      id: edgeId(kind, source, target),
      source,
      target,
      kind,
      eventIds,
      events,
      width: Math.min(8, 1.5 + events),
      color: style.color,
      arrow: style.arrow ? 'triangle' : 'none',
      curve: 'bezier',
    },
  };
}

/** The links drawn of those between shown actors: the `maxEdges` with the most events (and every link of an `include` actor), by id; haystack lines when many. */
export function chooseEdges(edges: { data: CyEdgeData }[], opts: NetworkOptions): Pick<CyElements, 'edges' | 'edgeTotal'> {
  const edgeTotal = edges.length;
  let kept = edges;
  if (opts.maxEdges !== undefined && edges.length > opts.maxEdges) {
    const always = new Set(opts.include ?? []);
    const strongest = [...edges].sort((a, b) => b.data.events - a.data.events || byDataId(a, b));
    const keep = new Set(strongest.slice(0, opts.maxEdges));
    kept = edges.filter((e) => keep.has(e) || always.has(e.data.source) || always.has(e.data.target));
  }
  kept.sort(byDataId);
  if (kept.length > HAYSTACK_AT) for (const e of kept) e.data.curve = 'haystack';
  return { edges: kept, edgeTotal };
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that fits these nodes (model positions, sizes) in a box of `width` × `height` with
 * `padding` around, zoomed in no further than `maxZoom` (nor out further than `minZoom`), centred:
 * Cytoscape's fit, from the positions alone (cy.fit measures every element's box, labels included:
 * tens of milliseconds at scale, on every window change). Room is kept below each node for its label.
 */
export function fitViewport(
  nodes: { x: number; y: number; size: number }[],
  width: number,
  height: number,
  opts: { padding?: number; minZoom?: number; maxZoom?: number; label?: number } = {},
): Viewport | null {
  if (!nodes.length || width <= 0 || height <= 0) return null;
  const padding = opts.padding ?? 30;
  const label = opts.label ?? 20;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const r = n.size / 2;
    if (n.x - r < x1) x1 = n.x - r;
    if (n.x + r > x2) x2 = n.x + r;
    if (n.y - r < y1) y1 = n.y - r;
    if (n.y + r + label > y2) y2 = n.y + r + label;
  }
  const fit = Math.min((width - 2 * padding) / Math.max(1, x2 - x1), (height - 2 * padding) / Math.max(1, y2 - y1));
  const zoom = Math.max(opts.minZoom ?? 0, Math.min(opts.maxZoom ?? Infinity, fit > 0 ? fit : (opts.minZoom ?? 1)));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

export function toCytoscapeElements(data: NetworkInput, window: NetworkWindow | null = null, opts: NetworkOptions = {}): CyElements {
  return networkView(networkModel(data), window, opts);
}

export interface ElementDiff<T> {
  add: T[];
  update: T[];
  remove: string[];
}

/** Equal element data: the same keys with equal values (arrays compared item by item). */
function sameData(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) {
    const u = x[k];
    const v = y[k];
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  return true;
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
    else if (!sameData(old, el.data)) update.push(el);
  }
  return { add, update, remove: [...prev.keys()].filter((id) => !wanted.has(id)) };
}
