import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures';
import { computeLayout } from './layout';
import { toCytoscapeElements } from './network';

describe('toCytoscapeElements', () => {
  it('makes nodes of active actors and edges with stable ids', () => {
    const { nodes, edges } = toCytoscapeElements(FIXTURE);
    expect(nodes.map((n) => n.data.id)).toEqual(['anna-berg', 'ivan-petrov', 'trade-bloc']);
    expect(edges.map((e) => e.data.id)).toEqual([
      'called:anna-berg:ivan-petrov',
      'met:anna-berg:ivan-petrov',
      'responded_to:ivan-petrov:anna-berg',
    ]);
    const responded = edges.find((e) => e.data.kind === 'responded_to')!;
    expect(responded.data.arrow).toBe('triangle');
    expect(edges.find((e) => e.data.kind === 'met')!.data.arrow).toBe('none');
  });

  it('carries affiliation, kind shape and size by activity', () => {
    const { nodes } = toCytoscapeElements(FIXTURE);
    const berg = nodes.find((n) => n.data.id === 'anna-berg')!.data;
    const bloc = nodes.find((n) => n.data.id === 'trade-bloc')!.data;
    expect(berg).toMatchObject({ label: 'Anna Berg', affiliation: 'NL', kind: 'person', shape: 'ellipse' });
    expect(bloc.shape).toBe('diamond');
    expect(berg.size).toBeGreaterThan(bloc.size);
  });

  it('follows a window: only events within it count', () => {
    const { nodes, edges } = toCytoscapeElements(FIXTURE, { from: '2025-03-01', to: '2025-03-10' });
    // only the meeting (4 March) is in; not the February call, the 2025 agreement (window too short) or the undated statement
    expect(edges.map((e) => e.data.id)).toEqual(['met:anna-berg:ivan-petrov']);
    expect(nodes.map((n) => n.data.id)).toEqual(['anna-berg', 'ivan-petrov']);
    expect(nodes.find((n) => n.data.id === 'anna-berg')!.data.activity).toBe(1);
    const year = toCytoscapeElements(FIXTURE, { from: '2025-01-01', to: '2025-12-31' });
    expect(year.nodes.map((n) => n.data.id)).toEqual(['anna-berg', 'ivan-petrov', 'trade-bloc']);
    const empty = toCytoscapeElements(FIXTURE, { from: '2030-01-01', to: '2030-01-02' });
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
  });

  it('shows every actor when the dataset has no events yet', () => {
    const els = toCytoscapeElements({ ...FIXTURE, events: [], edges: [] });
    expect(els.nodes).toHaveLength(FIXTURE.actors.length);
  });
});

describe('computeLayout', () => {
  it('is deterministic and places every node', () => {
    const els = toCytoscapeElements(FIXTURE);
    const a = computeLayout(els);
    const b = computeLayout(els);
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(['anna-berg', 'ivan-petrov', 'trade-bloc']);
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    const d = Math.hypot(a['anna-berg'].x - a['trade-bloc'].x, a['anna-berg'].y - a['trade-bloc'].y);
    expect(d).toBeGreaterThan(20);
  });
});
