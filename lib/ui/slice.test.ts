import { describe, expect, it } from 'vitest';
import type { DatasetActor, DatasetEdge, DatasetEvent } from '../schema';
import { sliceByTime, sliceWindow } from './slice';

const actor = (id: string) => ({ id, name: id, kind: 'person', affiliation: null, aliases: [], role: null, discovered: false, surfaceForms: [], eventCount: 1 }) as DatasetActor;
const event = (id: string, date: string | null, participants: string[]) =>
  ({ id, type: 'meeting', title: id, date, location: null, participants, evidence: [], confidence: 1, status: 'happened', dateInfo: {}, respondsTo: [], disagreements: [], edited: null }) as unknown as DatasetEvent;

const data = {
  actors: [actor('a'), actor('b'), actor('c')],
  events: [event('e1', '2025-02-01', ['a', 'b']), event('e2', '2025-02-20', ['b', 'c']), event('e3', null, ['a', 'c'])],
  edges: [
    { source: 'a', target: 'b', kind: 'met', eventIds: ['e1'] },
    { source: 'b', target: 'c', kind: 'met', eventIds: ['e2'] },
    { source: 'a', target: 'c', kind: 'met', eventIds: ['e3'] },
  ] as DatasetEdge[],
};
const w = { from: '2025-02-15', to: '2025-02-25' };

describe('sliceByTime', () => {
  it('everything: the data as it is', () => {
    expect(sliceByTime(data, 'all', w)).toBe(data);
    expect(sliceByTime(data, 'window', null)).toBe(data);
  });
  it('in the window: only its events, their links and actors', () => {
    const s = sliceByTime(data, 'window', w);
    expect(s.events.map((e) => e.id)).toEqual(['e2']);
    expect(s.edges.map((e) => e.eventIds)).toEqual([['e2']]);
    expect(s.actors.map((a) => a.id)).toEqual(['b', 'c']);
  });
  it('up to the window’s end: everything dated before it ends', () => {
    const s = sliceByTime(data, 'upto', { from: '2025-02-10', to: '2025-02-12' });
    expect(s.events.map((e) => e.id)).toEqual(['e1']);
    expect(sliceByTime(data, 'upto', w).events.map((e) => e.id)).toEqual(['e1', 'e2']);
  });
  it('gives the adapter the window to size nodes by', () => {
    expect(sliceWindow('upto', w)).toEqual({ from: null, to: '2025-02-25' });
    expect(sliceWindow('window', w)).toEqual(w);
    expect(sliceWindow('all', w)).toBeNull();
  });
});
