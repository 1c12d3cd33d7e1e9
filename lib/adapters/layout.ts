/**
 * A deterministic force layout: d3-force with a seeded random source and a
 * fixed number of ticks, so the network looks the same on every load.
 * Positions are computed once for the whole dataset (filtering keeps them).
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import type { CyElements } from './network';

export type Positions = Record<string, { x: number; y: number }>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

/** Park–Miller LCG: a tiny deterministic random source in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

export function computeLayout(elements: CyElements, ticks = 300): Positions {
  const nodes: SimNode[] = [...elements.nodes]
    .sort((a, b) => a.data.id.localeCompare(b.data.id))
    .map((n) => ({ id: n.data.id, r: n.data.size / 2 }));
  const ids = new Set(nodes.map((n) => n.id));
  const pairs = new Map<string, SimulationLinkDatum<SimNode> & { w: number }>();
  for (const e of elements.edges) {
    if (!ids.has(e.data.source) || !ids.has(e.data.target) || e.data.source === e.data.target) continue;
    const key = [e.data.source, e.data.target].sort().join('|');
    const prev = pairs.get(key);
    if (prev) prev.w += 1;
    else pairs.set(key, { source: e.data.source, target: e.data.target, w: 1 });
  }
  const links = [...pairs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, l]) => l);
  const sim = forceSimulation<SimNode>(nodes)
    .randomSource(seededRandom(42))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { w: number }>(links)
        .id((n) => n.id)
        .distance(90)
        .strength((l) => Math.min(1, 0.3 + 0.15 * l.w)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-300).distanceMax(400))
    .force('collide', forceCollide<SimNode>().radius((n) => n.r + 30))
    .force('x', forceX<SimNode>(0).strength(0.1))
    .force('y', forceY<SimNode>(0).strength(0.16))
    .force('center', forceCenter(0, 0))
    .stop();
  sim.tick(ticks);
  const out: Positions = {};
  for (const n of nodes) out[n.id] = { x: Math.round((n.x ?? 0) * 10) / 10, y: Math.round((n.y ?? 0) * 10) / 10 };
  return out;
}
