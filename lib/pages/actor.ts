/** Pure look-ups for an actor's page: counterparts ranked by contacts, a small ego network laid out in a circle. */
import type { Dataset, DatasetEdge, EdgeKind } from '../schema';

export interface Counterpart {
  id: string;
  /** distinct events shared through met/called/responded_to links */
  contacts: number;
  kinds: EdgeKind[];
  eventIds: string[];
}

/** The actors linked to `actorId`, most contacts first (then id), with the events behind each link. */
export function counterparts(d: Pick<Dataset, 'edges'>, actorId: string): Counterpart[] {
  const by = new Map<string, { kinds: Set<EdgeKind>; events: Set<string> }>();
  for (const e of d.edges) {
    const other = e.source === actorId ? e.target : e.target === actorId ? e.source : null;
    if (!other || other === actorId) continue;
    const entry = by.get(other) ?? { kinds: new Set<EdgeKind>(), events: new Set<string>() };
    entry.kinds.add(e.kind);
    e.eventIds.forEach((id) => entry.events.add(id));
    by.set(other, entry);
  }
  return [...by.entries()]
    .map(([id, v]) => ({ id, contacts: v.events.size, kinds: [...v.kinds].sort(), eventIds: [...v.events].sort() }))
    .sort((a, b) => b.contacts - a.contacts || a.id.localeCompare(b.id));
}

export interface EgoNode {
  id: string;
  x: number;
  y: number;
  r: number;
  center: boolean;
}
export interface EgoEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  weight: number;
}

/**
 * A small network of an actor's contacts: the actor in the middle, the top
 * `max` counterparts around it (most contacts from the top, clockwise), and
 * every link among them. Coordinates in a `size`×`size` box.
 */
export function egoNetwork(d: Pick<Dataset, 'edges'>, actorId: string, max = 12, size = 320): { nodes: EgoNode[]; edges: EgoEdge[] } {
  const ring = counterparts(d, actorId).slice(0, max);
  const c = size / 2;
  const radius = size / 2 - 40;
  const maxContacts = Math.max(1, ...ring.map((r) => r.contacts));
  const nodes: EgoNode[] = [{ id: actorId, x: c, y: c, r: 16, center: true }];
  ring.forEach((p, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ring.length);
    nodes.push({
      id: p.id,
      x: Math.round((c + radius * Math.cos(angle)) * 10) / 10,
      y: Math.round((c + radius * Math.sin(angle)) * 10) / 10,
      r: Math.round(6 + 6 * Math.sqrt(p.contacts / maxContacts)),
      center: false,
    });
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = d.edges
    .filter((e: DatasetEdge) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target, kind: e.kind, weight: e.eventIds.length }))
    .sort((a, b) => `${a.kind}:${a.source}:${a.target}`.localeCompare(`${b.kind}:${b.source}:${b.target}`));
  return { nodes, edges };
}
