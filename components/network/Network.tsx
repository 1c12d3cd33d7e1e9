'use client';
/**
 * Cytoscape behind a small React component: created once, elements added,
 * removed and updated by id in cy.batch, fixed positions (preset layout),
 * selection highlighting, tap on a node → select actor, destroyed on cleanup.
 * The container exposes data-node-count and data-node-positions (rendered
 * coordinates) so browser tests can find and click nodes.
 */
import { useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import type { CyElements } from '@/lib/adapters/network';
import type { Positions } from '@/lib/adapters/layout';
import { CY_STYLE } from './cy-style';

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
  /** receives the Cytoscape instance once created (for exports) */
  onCy?: (cy: Core) => void;
}

function publishPositions(cy: Core, el: HTMLElement) {
  const out: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.renderedPosition();
    out[n.id()] = [Math.round(p.x), Math.round(p.y)];
  });
  el.dataset.nodePositions = JSON.stringify(out);
  el.dataset.nodeCount = String(cy.nodes().length);
  el.dataset.edgeCount = String(cy.edges().length);
}

export default function Network({ elements, positions, focus, onSelectActor, onCy }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelectActor);
  const onCyRef = useRef(onCy);
  useEffect(() => {
    onSelectRef.current = onSelectActor;
    onCyRef.current = onCy;
  });

  useEffect(() => {
    const container = el.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      elements: [],
      style: CY_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (e) => onSelectRef.current(e.target.id()));
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
      cancelAnimationFrame(frame);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = el.current;
    if (!cy || !container) return;
    const wanted = new Set([...elements.nodes, ...elements.edges].map((e) => e.data.id));
    const before = cy.nodes().map((n) => n.id()).sort().join('|');
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const n of elements.nodes) {
        const existing = cy.getElementById(n.data.id);
        if (existing.nonempty()) existing.data(n.data);
        else cy.add({ group: 'nodes', data: { ...n.data }, position: { ...(positions[n.data.id] ?? { x: 0, y: 0 }) } });
      }
      for (const e of elements.edges) {
        const existing = cy.getElementById(e.data.id);
        if (existing.nonempty()) existing.data(e.data);
        else cy.add({ group: 'edges', data: { ...e.data } });
      }
    });
    const after = cy.nodes().map((n) => n.id()).sort().join('|');
    if (before !== after && cy.nodes().length) {
      cy.fit(undefined, 30);
      if (cy.zoom() > 1.3) {
        cy.zoom(1.3);
        cy.center();
      }
    }
    publishPositions(cy, container);
  }, [elements, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted selected-actor');
      if (!focus || !focus.nodes.length) return;
      const set = new Set(focus.nodes);
      cy.nodes().forEach((n) => {
        n.addClass(set.has(n.id()) ? 'highlighted' : 'faded');
      });
      cy.edges().forEach((e) => {
        const ids = e.data('eventIds') as string[];
        const on = focus.event
          ? ids.includes(focus.event)
          : !!focus.actor && (e.source().id() === focus.actor || e.target().id() === focus.actor);
        e.addClass(on ? 'highlighted' : 'faded');
      });
      if (focus.actor) cy.getElementById(focus.actor).addClass('selected-actor');
    });
  }, [focus, elements]);

  return <div ref={el} className="h-full w-full" data-testid="network-canvas" data-node-count="0" />;
}
