/**
 * Dataset → Cytoscape elements. Nodes are the actors taking part in events
 * (or in edges); edges are the dataset's met/called/responded_to links.
 * With a window {from, to} only events within it count (follow the timeline;
 * a month or year counts when the window covers at least half of it).
 */
import type { ActorKind, Dataset, EdgeKind } from '../schema';
import { inWindow as dateInWindow } from '../format';
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
}

export interface CyElements {
  nodes: { data: CyNodeData }[];
  edges: { data: CyEdgeData }[];
}

export interface NetworkWindow {
  from: string | null;
  to: string | null;
}

export function nodeSize(count: number): number {
  return Math.round(22 + 10 * Math.sqrt(Math.max(0, count)));
}

export function edgeId(kind: EdgeKind, source: string, target: string): string {
  return `${kind}:${source}:${target}`;
}

export function toCytoscapeElements(dataset: Dataset, window: NetworkWindow | null = null): CyElements {
  const filtering = !!window && (!!window.from || !!window.to);
  const inWindow = new Set(
    dataset.events.filter((e) => !filtering || dateInWindow(e.date, window!.from, window!.to)).map((e) => e.id),
  );
  const activity = new Map<string, number>();
  for (const e of dataset.events) {
    if (!inWindow.has(e.id)) continue;
    for (const p of new Set(e.participants)) activity.set(p, (activity.get(p) ?? 0) + 1);
  }

  const edges: { data: CyEdgeData }[] = [];
  const inEdges = new Set<string>();
  for (const edge of dataset.edges) {
    const eventIds = edge.eventIds.filter((id) => inWindow.has(id) || (!filtering && !dataset.events.length));
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
      },
    });
  }

  const colors = affiliationColors(dataset.actors.map((a) => a.affiliation));
  const anyActive = dataset.actors.some((a) => activity.has(a.id) || inEdges.has(a.id));
  const shown = dataset.actors.filter((a) =>
    anyActive || filtering ? activity.has(a.id) || inEdges.has(a.id) : true,
  );
  const ids = new Set(shown.map((a) => a.id));
  const nodes = shown.map((a) => {
    const act = activity.get(a.id) ?? 0;
    return {
      data: {
        id: a.id,
        label: a.name,
        affiliation: a.affiliation,
        kind: a.kind,
        activity: act,
        eventCount: a.eventCount,
        size: nodeSize(filtering ? act : Math.max(act, a.eventCount)),
        color: (a.affiliation && colors.get(a.affiliation)) || NO_AFFILIATION_COLOR,
        shape: KIND_SHAPE[a.kind],
        discovered: a.discovered,
      },
    };
  });
  nodes.sort((a, b) => a.data.id.localeCompare(b.data.id));
  const keptEdges = edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target));
  keptEdges.sort((a, b) => a.data.id.localeCompare(b.data.id));
  return { nodes, edges: keptEdges };
}
