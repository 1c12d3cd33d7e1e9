import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures';
import { inWindow } from '../format';
import { nodeSize, type CyElements, type NetworkInput } from './network';
import { diffElements, gatherAll, gatherAllSliced, networkModel, networkModelSliced, networkView, toCytoscapeElements } from './network';

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

/** The rule written plainly (every event and edge visited per window): the indexed view must give the same elements. */
function plainView(data: NetworkInput, w: { from: string | null; to: string | null } | null, limit?: number): CyElements {
  const filtering = !!w && (!!w.from || !!w.to);
  const inW = data.events.filter((e) => !filtering || (e.date && inWindow(e.date, w!.from, w!.to)));
  const ids = new Set(inW.map((e) => e.id));
  const activity = new Map<string, number>();
  for (const e of inW) for (const p of new Set(e.participants)) activity.set(p, (activity.get(p) ?? 0) + 1);
  const edges = data.edges
    .map((edge) => ({ edge, eventIds: [...new Set(edge.eventIds.filter((id) => ids.has(id) || (!filtering && !data.events.length)))].sort() }))
    .filter((x) => x.eventIds.length);
  const inEdges = new Set(edges.flatMap((x) => [x.edge.source, x.edge.target]));
  const anyActive = data.actors.some((a) => activity.has(a.id) || inEdges.has(a.id));
  const candidates = data.actors.filter((a) => (anyActive || filtering ? activity.has(a.id) || inEdges.has(a.id) : true));
  const weight = (a: (typeof data.actors)[number]) => (filtering ? (activity.get(a.id) ?? 0) : Math.max(activity.get(a.id) ?? 0, a.eventCount));
  const ranked = [...candidates].sort((a, b) => weight(b) - weight(a) || (a.id < b.id ? -1 : 1));
  const shown = new Set((limit === undefined ? ranked : ranked.slice(0, limit)).map((a) => a.id));
  const kept = edges.filter((x) => shown.has(x.edge.source) && shown.has(x.edge.target));
  return {
    total: candidates.length,
    edgeTotal: kept.length,
    nodes: [...shown].sort().map((id) => ({ data: { id, activity: activity.get(id) ?? 0, size: nodeSize(weight(data.actors.find((a) => a.id === id)!)) } })),
    edges: kept
      .map((x) => ({ data: { id: `${x.edge.kind}:${x.edge.source}:${x.edge.target}`, eventIds: x.eventIds } }))
      .sort((a, b) => (a.data.id < b.data.id ? -1 : 1)),
  } as unknown as CyElements;
}

describe('networkView (events indexed by start, edges by event) gives what the plain rule gives', () => {
  // a seeded mix of day, month and year dates, undated events, repeated participants and edges citing several events
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const actors = Array.from({ length: 60 }, (_, i) => ({ ...FIXTURE.actors[0], id: `p-${String(i).padStart(2, '0')}`, name: `P ${i}`, eventCount: Math.floor(rand() * 30) }));
  const events = Array.from({ length: 800 }, (_, i) => {
    const r = rand();
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const date = r < 0.7 ? `2025-${m}-${d}` : r < 0.85 ? `2025-${m}` : r < 0.92 ? '2025' : null;
    return { id: `e-${i}`, date, participants: [pick(actors).id, pick(actors).id, pick(actors).id] };
  });
  const byPair = new Map<string, { source: string; target: string; kind: 'met' | 'called'; eventIds: string[] }>();
  for (const e of events) {
    const [a, b] = e.participants;
    if (a === b) continue;
    const kind = rand() < 0.5 ? 'met' : 'called';
    const key = `${kind}:${a}:${b}`;
    const edge = byPair.get(key) ?? { source: a, target: b, kind, eventIds: [] };
    edge.eventIds.push(e.id);
    byPair.set(key, edge);
  }
  const data: NetworkInput = { events, actors, edges: [...byPair.values()] };
  const model = networkModel(data);
  const slim = (els: CyElements) => ({
    total: els.total,
    edgeTotal: els.edgeTotal,
    nodes: els.nodes.map((n) => ({ id: n.data.id, activity: n.data.activity, size: n.data.size })),
    edges: els.edges.map((e) => ({ id: e.data.id, eventIds: e.data.eventIds })),
  });
  const windows: ({ from: string | null; to: string | null } | null)[] = [null, { from: null, to: '2025-06-30' }];
  for (let i = 0; i < 40; i++) {
    const s = Date.UTC(2024, 11, 1) + Math.floor(rand() * 400) * 86400000;
    const len = [1, 3, 10, 21, 45, 120, 400][i % 7] * 86400000;
    windows.push({ from: new Date(s).toISOString().slice(0, 10), to: new Date(s + len).toISOString().slice(0, 10) });
  }
  it.each(windows.map((w) => [w ? `${w.from}…${w.to}` : 'no window', w] as const))('%s', (_, w) => {
    for (const limit of [undefined, 15]) expect(slim(networkView(model, w, { limit }))).toEqual(slim(plainView(data, w, limit)));
  });
});

describe('the strongest links first', () => {
  const actors = Array.from({ length: 6 }, (_, i) => ({ ...FIXTURE.actors[0], id: `q-${i}`, name: `Q ${i}`, eventCount: 5 }));
  // links between every pair, the pair (i, j) cited by i + j + 1 events
  const events: NetworkInput['events'] = [];
  const edges: NetworkInput['edges'] = [];
  for (let i = 0; i < 6; i++)
    for (let j = i + 1; j < 6; j++) {
      const ids = Array.from({ length: i + j + 1 }, (_, k) => `ev-${i}-${j}-${k}`);
      ids.forEach((id) => events.push({ id, date: '2025-03-04', participants: [`q-${i}`, `q-${j}`] }));
      edges.push({ source: `q-${i}`, target: `q-${j}`, kind: 'met', eventIds: ids });
    }
  const model = networkModel({ events, actors, edges });
  it('keeps the links with the most events, says how many there are, and keeps the selected actor\'s', () => {
    const all = networkView(model);
    expect(all.edges).toHaveLength(15);
    expect(all.edgeTotal).toBe(15);
    const top = networkView(model, null, { maxEdges: 3 });
    expect(top.edgeTotal).toBe(15);
    expect(top.edges.map((e) => e.data.id)).toEqual(['met:q-3:q-5', 'met:q-4:q-5', 'met:q-2:q-5'].sort());
    expect(top.nodes).toHaveLength(6);
    const withSel = networkView(model, null, { maxEdges: 3, include: ['q-0'] });
    expect(withSel.edges.filter((e) => e.data.source === 'q-0')).toHaveLength(5);
  });
});

describe('the sliced builders (networkModelSliced, gatherAllSliced) give what the whole ones give', () => {
  // more events and edges than a slice holds, so that the builders pause several times
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const actors = Array.from({ length: 300 }, (_, i) => ({ ...FIXTURE.actors[0], id: `p-${String(i).padStart(3, '0')}`, name: `P ${i}`, eventCount: 0 }));
  const pick = () => actors[Math.floor(rand() * actors.length)].id;
  const events = Array.from({ length: 40000 }, (_, i) => {
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    return { id: `e-${String(i).padStart(5, '0')}`, date: rand() < 0.9 ? `2025-${m}-${d}` : null, participants: [pick(), pick()] };
  });
  const edges = Array.from({ length: 36000 }, (_, k) => ({
    source: pick(),
    target: pick(),
    kind: (k % 2 ? 'met' : 'called') as 'met' | 'called',
    eventIds: [events[Math.floor(rand() * events.length)].id, events[Math.floor(rand() * events.length)].id, 'e-missing'],
  }));
  const data: NetworkInput = { events, actors, edges };

  it('networkModelSliced', async () => {
    let pauses = 0;
    const sliced = await networkModelSliced(data, async () => void pauses++);
    expect(pauses).toBeGreaterThan(4);
    expect(sliced).toEqual(networkModel(data));
  });

  it('gatherAllSliced, kept on the model', async () => {
    let pauses = 0;
    const model = networkModel(data);
    const sliced = await gatherAllSliced(model, async () => void pauses++);
    expect(pauses).toBeGreaterThan(2);
    expect(model.all).toBe(sliced);
    expect(sliced).toEqual(gatherAll(networkModel(data)));
    expect(networkView(model, null, { limit: 40 })).toEqual(networkView(networkModel(data), null, { limit: 40 }));
  });
});
