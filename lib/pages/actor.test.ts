import { describe, expect, it } from 'vitest';
import type { DatasetEdge } from '../schema';
import { counterparts, egoNetwork } from './actor';

const edges: DatasetEdge[] = [
  { source: 'a', target: 'b', kind: 'met', eventIds: ['e1', 'e2'] },
  { source: 'c', target: 'a', kind: 'called', eventIds: ['e3'] },
  { source: 'a', target: 'b', kind: 'called', eventIds: ['e2', 'e4'] },
  { source: 'b', target: 'c', kind: 'met', eventIds: ['e5'] },
  { source: 'x', target: 'y', kind: 'met', eventIds: ['e6'] },
];

describe('counterparts', () => {
  it('ranks the actors linked to one actor by distinct shared events', () => {
    expect(counterparts({ edges }, 'a')).toEqual([
      { id: 'b', contacts: 3, kinds: ['called', 'met'], eventIds: ['e1', 'e2', 'e4'] },
      { id: 'c', contacts: 1, kinds: ['called'], eventIds: ['e3'] },
    ]);
    expect(counterparts({ edges }, 'nobody')).toEqual([]);
  });
});

describe('egoNetwork', () => {
  it('puts the actor in the middle, counterparts around it and keeps the links among them', () => {
    const g = egoNetwork({ edges }, 'a', 12, 300);
    expect(g.nodes[0]).toMatchObject({ id: 'a', x: 150, y: 150, center: true });
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(g.nodes[1].x).toBe(150); // the top counterpart straight above
    expect(g.edges.map((e) => `${e.kind}:${e.source}:${e.target}`)).toEqual(['called:a:b', 'called:c:a', 'met:a:b', 'met:b:c']);
  });
});
