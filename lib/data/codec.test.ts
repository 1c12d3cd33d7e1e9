import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions } from '../compile/layout';
import type { DataIndex } from '../schema';
import { decodeIndex, encodeIndex, isIndexWire, type IndexWire } from './codec';
import { toIndex } from './split';
import { buildEdges } from '../compile/network';
import { compile } from '../compile';
import { load } from '../compile/load';
import { join } from 'node:path';

/** the fixture with its edges as the compiler derives them from its events */
function compiled(): DataIndex {
  const index = toIndex(FIXTURE, computePositions(FIXTURE));
  return { ...index, edges: buildEdges(index.events, index.actors) };
}

/** through JSON, as the browser gets it */
const roundTrip = (index: DataIndex) => decodeIndex(JSON.parse(JSON.stringify(encodeIndex(index))) as IndexWire);

describe('index codec', () => {
  it('gives back exactly the index it encoded', () => {
    const index = toIndex(FIXTURE, computePositions(FIXTURE));
    const wire = JSON.parse(JSON.stringify(encodeIndex(index))) as unknown;
    expect(isIndexWire(wire)).toBe(true);
    expect(decodeIndex(wire as IndexWire)).toEqual(index);
  });

  it('ships no edge, title or id the browser can rebuild from the events (the sample documents, compiled)', () => {
    const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
    const index = toIndex(dataset, {});
    const wire = encodeIndex(index);
    expect(roundTrip(index)).toEqual(index);
    expect(wire.edges).toEqual({ derived: true, add: [], remove: [] });
    // the fixture's titles come from the compiler's templates; statements ship only their gist
    expect(wire.events.title.filter((t) => Array.isArray(t))).toEqual([]);
    expect(wire.events.id.filter((c) => Array.isArray(c) && c.length === 1)).toEqual([]);
    expect(wire.events.chunk).toBeNull();
  }, 60_000);

  it('keeps what does not follow the patterns: custom ids and titles, unknown actors and documents, edited links, odd chunks', () => {
    const index = toIndex(FIXTURE, {});
    const [a, b, c] = index.events;
    index.events[0] = { ...a, id: 'custom-id', title: 'An editor wrote this', participants: ['nobody-known', ...a.participants], documentIds: ['no-such-doc', ...a.documentIds] };
    index.events[1] = { ...b, id: `${b.type}-${b.date ?? 'undated'}-${b.participants.join('-')}-abc123`, chunk: 7 };
    index.events[2] = { ...c, confidence: 0.123456789, title: `Denied: ${c.title}` };
    index.edges[0] = { ...index.edges[0], eventIds: ['custom-id', 'gone'] };
    index.edges.push({ source: 'zz-added', target: 'zz-other', kind: 'met', eventIds: ['custom-id'] });
    const wire = encodeIndex(index);
    expect(wire.events.chunk).not.toBeNull();
    expect(wire.events.title[0]).toEqual(['An editor wrote this']);
    expect(roundTrip(index)).toEqual(index);
  });

  it('rebuilds edges with link corrections (added, removed, extra event ids) as a patch', () => {
    const index = compiled();
    const removed = index.edges.slice(1);
    const edited = { ...index.edges[0], eventIds: [...index.edges[0].eventIds, 'zzz-extra'].sort() };
    const added = { source: index.actors[0].id, target: index.actors[index.actors.length - 1].id, kind: 'called' as const, eventIds: [index.events[0].id] };
    const edges = [edited, added].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
    const next = { ...index, edges };
    const wire = encodeIndex(next);
    expect(wire.edges.derived).toBe(true);
    expect('remove' in wire.edges && wire.edges.remove.length).toBe(removed.length + 1);
    expect(roundTrip(next)).toEqual(next);
    expect(removed.length).toBeGreaterThan(0);
  });

  it('documents come back in index order though shipped by publication', () => {
    const index = toIndex(FIXTURE, {});
    const reversed = { ...index, documents: [...index.documents].reverse() };
    expect(roundTrip(reversed).documents).toEqual(reversed.documents);
  });
});
