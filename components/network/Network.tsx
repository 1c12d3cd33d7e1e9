'use client';
/**
 * Cytoscape behind a small React component: created once, elements added,
 * removed and updated by id in cy.batch (only what changed: diffElements),
 * positions computed at compile time (preset layout; the browser runs no
 * force layout), selection highlighting applied as class changes on the
 * elements whose state changed, tap on a node → select actor, tap on an edge
 * → onEdgeSelect, destroyed on cleanup (onCy(null)). Edges and labels are
 * hidden while panning or zooming. The container exposes data-node-count and
 * data-node-positions (rendered coordinates) so browser tests can find and click nodes.
 */
import { useLayoutEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { HAYSTACK_AT, diffElements, fitViewport, type CyEdgeData, type CyElements, type CyNodeData } from '@/lib/adapters/network';
import { CY_STYLE } from './cy-style';

export type Positions = Record<string, [number, number]>;

export interface NetworkFocus {
  /** actors to highlight (the selected event's participants, or the actor and their partners) */
  nodes: string[];
  /** the selected actor, ringed */
  actor: string | null;
  /** the selected event: its edges are highlighted */
  event: string | null;
}

interface Props {
  elements: CyElements;
  positions: Positions;
  focus: NetworkFocus | null;
  onSelectActor: (id: string | null) => void;
  /** a click on an edge (its id: `kind:source:target`) */
  onEdgeSelect?: (edgeId: string) => void;
  /** called with the Cytoscape instance once created, and with null when it is destroyed */
  onCy?: (cy: Core | null) => void;
}

function publishPositions(cy: Core, el: HTMLElement) {
  const out: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.renderedPosition();
    out[n.id()] = [Math.round(p.x), Math.round(p.y)];
  });
  const json = JSON.stringify(out);
  // cytoscape emits viewport events often: touch the DOM only when something changed
  if (el.dataset.nodePositions !== json) el.dataset.nodePositions = json;
  if (el.dataset.nodeCount !== String(cy.nodes().length)) el.dataset.nodeCount = String(cy.nodes().length);
  if (el.dataset.edgeCount !== String(cy.edges().length)) el.dataset.edgeCount = String(cy.edges().length);
}

const FOCUS_CLASSES = ['faded', 'highlighted', 'selected-actor'] as const;

type DrawnEdge = Omit<CyEdgeData, 'eventIds'>;
const drawnEdge = ({ data: { eventIds, ...data } }: { data: CyEdgeData }): { data: DrawnEdge } => (void eventIds, { data });

/** Links are faded around a focus while they are few (drawn as curves, not haystack lines). */
const fadesLinks = (elements: CyElements) => elements.edges.length <= HAYSTACK_AT;

/** Links added per frame when many are new. */
const EDGE_CHUNK = 200;
/** Links added in the same frame as new nodes, at most (more: the links follow from the next frames). */
const EDGE_CHUNK_WITH_NODES = 100;
/**
 * Nodes added per frame when many are new (the first draw: 150 actors). Cytoscape styles, measures and
 * draws (into its texture cache: body, label and its outline) every node in the frame it is added: 150 at
 * once made the longest frame of the page's load, while the rest of the index arrives.
 */
const NODE_CHUNK = 40;

/**
 * The focus classes each element should have, changed only where they differ. With many links
 * (`fadeLinks` false) the others are not faded, the focus's own are marked: a class on every link
 * is a restyle of every link (1,500 at scale: hundreds of milliseconds on a slow machine, right when
 * a click wants its quote shown).
 */
function applyFocus(elements: cytoscape.CollectionReturnValue, focus: NetworkFocus | null, fadeLinks: boolean, eventIds: ReadonlyMap<string, string[]>) {
  const set = focus && focus.nodes.length ? new Set(focus.nodes) : null;
  const want = (cls: (typeof FOCUS_CLASSES)[number][]) => new Set<string>(cls);
  elements.forEach((ele) => {
    let wanted: Set<string>;
    if (!set || !focus) wanted = want([]);
    else if (ele.group() === 'nodes') {
      const on = set.has(ele.id());
      wanted = want(on ? (focus.actor === ele.id() ? ['highlighted', 'selected-actor'] : ['highlighted']) : ['faded']);
    } else {
      const ids = eventIds.get(ele.id()) ?? [];
      const on = focus.event ? ids.includes(focus.event) : !!focus.actor && (ele.data('source') === focus.actor || ele.data('target') === focus.actor);
      wanted = want(on ? ['highlighted'] : fadeLinks ? ['faded'] : []);
    }
    for (const c of FOCUS_CLASSES) {
      const has = ele.hasClass(c);
      if (has && !wanted.has(c)) ele.removeClass(c);
      else if (!has && wanted.has(c)) ele.addClass(c);
    }
  });
}

export default function Network({ elements, positions, focus, onSelectActor, onEdgeSelect, onCy }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelectActor);
  const onEdgeRef = useRef(onEdgeSelect);
  const onCyRef = useRef(onCy);
  /** what the graph holds, by id → data (a link's without its event ids: those only decide the focus) */
  const nodesDrawn = useRef(new Map<string, CyNodeData>());
  const edgesDrawn = useRef(new Map<string, DrawnEdge>());
  /** each link's event ids, as last rendered */
  const eventIdsRef = useRef<ReadonlyMap<string, string[]>>(new Map());
  useLayoutEffect(() => {
    onSelectRef.current = onSelectActor;
    onEdgeRef.current = onEdgeSelect;
    onCyRef.current = onCy;
  });

  // a layout effect, like the patches below (they run in the order written): the graph exists when the first elements arrive
  useLayoutEffect(() => {
    const container = el.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      elements: [],
      style: CY_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      // while panning and zooming: a cached texture, no edges, no labels
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      hideLabelsOnViewport: true,
    });
    cy.on('tap', 'node', (e) => onSelectRef.current(e.target.id()));
    cy.on('tap', 'edge', (e) => onEdgeRef.current?.(e.target.id()));
    // hovering a node or a link: a short summary (the keyboard lists beside the chart say the same)
    cy.on('mouseover', 'node', (e) => {
      const d = e.target.data() as CyNodeData;
      const n = d.activity;
      container.title = `${d.label}${d.affiliation ? ` (${d.affiliation})` : ''} — ${n} ${n === 1 ? 'event' : 'events'}${d.discovered ? ' · found in the documents' : ''}`;
    });
    cy.on('mouseover', 'edge', (e) => {
      const d = e.target.data() as CyEdgeData;
      const name = (id: string) => (cy.getElementById(id).data('label') as string | undefined) ?? id;
      container.title = `${name(d.source)} ${d.kind.replace('_', ' ')} ${name(d.target)} — ${d.events} ${d.events === 1 ? 'event' : 'events'}`;
    });
    const clearTitle = () => {
      container.title = '';
    };
    cy.on('mouseout', 'node, edge', clearTitle);
    // leaving the chart from over a node fires no mouseout in Cytoscape
    container.addEventListener('mouseleave', clearTitle);
    cy.on('tap', (e) => {
      if (e.target === cy) onSelectRef.current(null);
    });
    let frame = 0;
    cy.on('viewport resize', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => publishPositions(cy, container));
    });
    cyRef.current = cy;
    onCyRef.current?.(cy);
    return () => {
      container.removeEventListener('mouseleave', clearTitle);
      cancelAnimationFrame(frame);
      onCyRef.current?.(null);
      cy.destroy();
      cyRef.current = null;
      nodesDrawn.current = new Map();
      edgesDrawn.current = new Map();
    };
  }, []);

  /** the focus as last rendered, for edges added in later frames */
  const focusRef = useRef(focus);
  useLayoutEffect(() => {
    focusRef.current = focus;
  });

  // in the commit that changes the elements (a layout effect): the network follows a window change in the
  // frame the timeline shows it, not after that frame is painted and the timeline has redrawn
  useLayoutEffect(() => {
    const cy = cyRef.current;
    const container = el.current;
    if (!cy || !container) return;
    eventIdsRef.current = new Map(elements.edges.map((e) => [e.data.id, e.data.eventIds]));
    const nodes = diffElements(nodesDrawn.current, elements.nodes);
    // the links' event ids stay out of the graph: the whole index replacing the head's summary (same links, their
    // ids now known) or a window change that keeps a link's count restyles nothing
    const edges = diffElements(edgesDrawn.current, elements.edges.map(drawnEdge));
    // many new nodes (the first draw) are added NODE_CHUNK per frame, and thousands of new links (the whole
    // network at scale) EDGE_CHUNK per frame, after the nodes: no frame holds them all; what is still to add
    // when the elements change again is added by that diff. When nodes arrive too (the first draw, a new
    // window's actors), they are styled and drawn alone and the links follow from the next frame:
    // Cytoscape styles every added element in the frame it is added
    const nodesNow = nodes.add.slice(0, NODE_CHUNK);
    const nodesLater = nodes.add.slice(NODE_CHUNK);
    const nodesFirst = nodes.add.length > 0 && (nodesLater.length > 0 || edges.add.length > EDGE_CHUNK_WITH_NODES);
    const first = nodesFirst ? [] : edges.add.slice(0, EDGE_CHUNK);
    const later = nodesFirst ? edges.add : edges.add.slice(EDGE_CHUNK);
    const nodeOf = (n: { data: CyNodeData }) => {
      const p = positions[n.data.id] ?? [0, 0];
      return { group: 'nodes' as const, data: { ...n.data }, position: { x: p[0], y: p[1] } };
    };
    const edgeOf = (e: { data: DrawnEdge }) => ({ group: 'edges' as const, data: { ...e.data } });
    cy.batch(() => {
      for (const id of [...edges.remove, ...nodes.remove]) cy.getElementById(id).remove();
      for (const n of nodes.update) cy.getElementById(n.data.id).data(n.data);
      if (nodesNow.length) cy.add(nodesNow.map(nodeOf));
      for (const e of edges.update) cy.getElementById(e.data.id).data(e.data);
      if (first.length) cy.add(first.map(edgeOf));
    });
    for (const id of nodes.remove) nodesDrawn.current.delete(id);
    for (const id of edges.remove) edgesDrawn.current.delete(id);
    for (const n of [...nodesNow, ...nodes.update]) nodesDrawn.current.set(n.data.id, n.data);
    for (const e of [...first, ...edges.update]) edgesDrawn.current.set(e.data.id, e.data);
    // the frames to come: the other nodes, then the links
    const steps: (() => void)[] = [];
    for (let i = 0; i < nodesLater.length; i += NODE_CHUNK) {
      const part = nodesLater.slice(i, i + NODE_CHUNK);
      steps.push(() => {
        cy.batch(() => applyFocus(cy.add(part.map(nodeOf)), focusRef.current, fadesLinks(elements), eventIdsRef.current));
        for (const n of part) nodesDrawn.current.set(n.data.id, n.data);
        publishPositions(cy, container);
      });
    }
    for (let i = 0; i < later.length; i += EDGE_CHUNK) {
      const part = later.slice(i, i + EDGE_CHUNK);
      steps.push(() => {
        cy.batch(() => applyFocus(cy.add(part.map(edgeOf)), focusRef.current, fadesLinks(elements), eventIdsRef.current));
        for (const e of part) edgesDrawn.current.set(e.data.id, e.data);
        if (container.dataset.edgeCount !== String(cy.edges().length)) container.dataset.edgeCount = String(cy.edges().length);
      });
    }
    let frame = 0;
    const next = (k: number) => {
      if (k >= steps.length) return;
      frame = requestAnimationFrame(() => {
        steps[k]();
        next(k + 1);
      });
    };
    next(0);
    if ((nodes.add.length || nodes.remove.length) && elements.nodes.length) {
      // fitted from the positions of every node to be drawn (cy.fit would measure every element and label:
      // the slowest part of a window change; and the nodes still to come would not count)
      const shown = elements.nodes.map(({ data: d }) => {
        const p = positions[d.id] ?? [0, 0];
        return { x: p[0], y: p[1], size: d.size };
      });
      const v = fitViewport(shown, cy.width(), cy.height(), { padding: 30, minZoom: cy.minZoom(), maxZoom: 1.3 });
      if (v) cy.viewport(v);
    }
    container.dataset.lastPatch = `${nodes.add.length}/${nodes.update.length}/${nodes.remove.length}`;
    publishPositions(cy, container);
    return () => cancelAnimationFrame(frame);
  }, [elements, positions]);

  // selection: change the classes of the elements whose state changes, nothing else
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => applyFocus(cy.elements(), focus, fadesLinks(elements), eventIdsRef.current));
  }, [focus, elements]);

  return <div ref={el} className="h-full w-full" data-testid="network-canvas" data-node-count="0" />;
}
