import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures';
import { diffElements, networkModel, networkView, toCytoscapeElements } from './network';

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

describe('at scale: networkView and diffElements', () => {
  const actors = Array.from({ length: 400 }, (_, i) => ({
    ...FIXTURE.actors[0],
    id: `a-${String(i).padStart(3, '0')}`,
    name: `A ${i}`,
    eventCount: 400 - i,
  }));
  const events = actors.slice(1).map((a, i) => ({ id: `ev-${i}`, date: '2025-03-04', participants: [actors[0].id, a.id] }));
  const edges = events.map((e) => ({ source: e.participants[0], target: e.participants[1], kind: 'met' as const, eventIds: [e.id] }));
  const data = { events, actors, edges };

  it('keeps the most active actors first, plus the selection, and says how many there are', () => {
    const els = toCytoscapeElements(data, null, { limit: 50, include: ['a-399'] });
    expect(els.total).toBe(400);
    expect(els.nodes).toHaveLength(51);
    expect(els.nodes.map((n) => n.data.id)).toContain('a-000');
    expect(els.nodes.map((n) => n.data.id)).toContain('a-399');
    expect(els.nodes.map((n) => n.data.id)).not.toContain('a-300');
    for (const e of els.edges) expect(els.nodes.some((n) => n.data.id === e.data.target)).toBe(true);
  });

  it('draws many edges as haystack lines, few as curves', () => {
    expect(toCytoscapeElements(data).edges.every((e) => e.data.curve === 'haystack')).toBe(true);
    expect(toCytoscapeElements(data, null, { limit: 20 }).edges.every((e) => e.data.curve === 'bezier')).toBe(true);
  });

  it('a window change patches only what changed', () => {
    const model = networkModel(FIXTURE);
    const all = networkView(model);
    const drawn = new Map(all.nodes.map((n) => [n.data.id, n.data]));
    const march = networkView(model, { from: '2025-03-01', to: '2025-03-10' });
    const d = diffElements(drawn, march.nodes);
    expect(d.remove).toEqual(['trade-bloc']);
    expect(d.add).toEqual([]);
    expect(diffElements(new Map(march.nodes.map((n) => [n.data.id, n.data])), march.nodes)).toEqual({ add: [], update: [], remove: [] });
  });
});
