/**
 * layout: network positions computed at compile time (the browser never runs
 * a force layout). d3-force with a seeded random source and a fixed number of
 * ticks; every actor starts at a point derived from a hash of its id, so an
 * actor keeps roughly its place across recompiles and the bytes are
 * deterministic. Large graphs get fewer ticks (Barnes–Hut keeps each tick
 * O(n log n)); actors without any link are laid on rings outside the graph.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Dataset } from '../schema';
import { rng } from '../rng';

export type Positions = Record<string, [number, number]>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** FNV-1a of a string, as a number in [0, 1). */
export function hashUnit(s: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Ticks for n linked nodes: 300 for small graphs, fewer (never under 50) for big ones. */
export function ticksFor(n: number): number {
  return n <= 300 ? 300 : Math.max(50, Math.round((300 * 300) / n));
}

export function nodeRadius(eventCount: number): number {
  return (22 + 10 * Math.sqrt(Math.max(0, eventCount))) / 2;
}

/** What the layout reads: actors' ids and event counts, edges' ends and event counts. */
export interface LayoutInput {
  actors: Pick<Dataset['actors'][number], 'id' | 'eventCount'>[];
  edges: (Pick<Dataset['edges'][number], 'source' | 'target'> & { eventIds: { length: number } })[];
}

export function computePositions(dataset: LayoutInput): Positions {
  const actors = [...dataset.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(actors.map((a) => a.id));
  const pairs = new Map<string, SimulationLinkDatum<SimNode> & { w: number }>();
  for (const e of dataset.edges) {
    if (!known.has(e.source) || !known.has(e.target) || e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    const prev = pairs.get(key);
    if (prev) prev.w += e.eventIds.length;
    else pairs.set(key, { source: e.source, target: e.target, w: e.eventIds.length });
  }
  const linked = new Set<string>();
  for (const l of pairs.values()) linked.add(l.source as string).add(l.target as string);
  const inGraph = actors.filter((a) => linked.has(a.id));
  const alone = actors.filter((a) => !linked.has(a.id));

  // start positions from the id: the same actor starts at the same place in every compile
  const spread = 60 * Math.sqrt(Math.max(1, inGraph.length));
  const nodes: SimNode[] = inGraph.map((a) => {
    const angle = 2 * Math.PI * hashUnit(a.id);
    const radius = spread * Math.sqrt(hashUnit(a.id, 0x9e3779b9));
    return { id: a.id, r: nodeRadius(a.eventCount), x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const links = [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, l]) => l);
  // d3's rule: a link pulls less when its ends have many links (else hubs shake the graph apart)
  const degree = new Map<string, number>();
  for (const l of links) for (const end of [l.source as string, l.target as string]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const ticks = ticksFor(nodes.length);
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(rng(42))
    // cool down within the ticks given (d3's default decay needs ~300)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { w: number }>(links)
        .id((n) => n.id)
        .distance(90)
        .strength((l) => {
          const ends = [typeof l.source === 'object' ? l.source.id : String(l.source), typeof l.target === 'object' ? l.target.id : String(l.target)];
          return Math.min(1, 0.3 + 0.15 * l.w) / Math.min(degree.get(ends[0]) ?? 1, degree.get(ends[1]) ?? 1);
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength(-300).distanceMax(400).theta(0.9))
    .force('collide', forceCollide<SimNode>().radius((n) => n.r + 30))
    .force('x', forceX<SimNode>(0).strength(0.1))
    .force('y', forceY<SimNode>(0).strength(0.16))
    .stop();
  sim.tick(ticks);

  const out: Positions = {};
  let extent = 0;
  for (const n of nodes) {
    const x = Math.round(n.x ?? 0);
    const y = Math.round(n.y ?? 0);
    out[n.id] = [x, y];
    extent = Math.max(extent, Math.hypot(x, y));
  }
  // actors with no link: rings around the graph, each at an angle (and ring) from its id,
  // so one more or one fewer moves nobody else
  const ringR = extent + 120;
  const rings = Math.max(1, Math.ceil((alone.length * 90) / (2 * Math.PI * ringR)));
  for (const a of alone) {
    const angle = 2 * Math.PI * hashUnit(a.id);
    const r = ringR + 90 * Math.floor(hashUnit(a.id, 0x85ebca6b) * rings);
    out[a.id] = [Math.round(r * Math.cos(angle)), Math.round(r * Math.sin(angle))];
  }
  return out;
}
