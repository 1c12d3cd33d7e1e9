import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions } from '../compile/layout';
import type { DatasetEdge, IndexDocument, IndexEvent } from '../schema';
import { toIndex } from './split';
import { packDocuments, packEdges, packEvents, StringTable } from './pack';
import { unpacker } from './packed';

/** The fixture's index with a week, an undated event and an unknown document id in it. */
function index() {
  const base = toIndex(FIXTURE, computePositions(FIXTURE));
  const events: IndexEvent[] = base.events.map((e, i) =>
    i === 0 ? { ...e, week: { from: '2024-01-01', to: '2024-01-07' } } : i === 1 ? { ...e, date: null, location: null, documentIds: [...e.documentIds, 'not-a-document'] } : e,
  );
  // a document without a link (url null)
  const documents: IndexDocument[] = base.documents.map((d, i) => (i === 0 ? { ...d, url: null } : d));
  return { events, edges: base.edges, documents };
}

/** Packed in slices of `size` through one table, unpacked in the same order (as the worker and client.ts do). */
function roundTrip(events: IndexEvent[], edges: DatasetEdge[], size: number, documents: IndexDocument[] = []) {
  const table = new StringTable();
  const un = unpacker();
  const outEvents: IndexEvent[] = [];
  const outEdges: DatasetEdge[] = [];
  const outDocuments: IndexDocument[] = [];
  for (let i = 0; i < events.length; i += size) un(packEvents(events.slice(i, i + size), table), outEvents, 'events');
  for (let i = 0; i < edges.length; i += size) un(packEdges(edges.slice(i, i + size), table), outEdges, 'edges');
  for (let i = 0; i < documents.length; i += size) un(packDocuments(documents.slice(i, i + size), table), outDocuments, 'documents');
  return { events: outEvents, edges: outEdges, documents: outDocuments };
}

describe('packed events and links', () => {
  it('unpack to the same events, links and documents, fields in the same order (an export is the same JSON)', () => {
    const { events, edges, documents } = index();
    expect(documents.length).toBeGreaterThan(1);
    expect(events.length).toBeGreaterThan(3);
    expect(edges.length).toBeGreaterThan(1);
    for (const size of [1, 2, 1000]) {
      const out = roundTrip(events, edges, size, documents);
      expect(JSON.stringify(out.documents)).toBe(JSON.stringify(documents));
      expect(out.events).toEqual(events);
      expect(out.edges).toEqual(edges);
      expect(JSON.stringify(out.events)).toBe(JSON.stringify(events));
      expect(JSON.stringify(out.edges)).toBe(JSON.stringify(edges));
    }
  });

  it('share their strings: an actor id is one string, a link cites its events by their own id strings', () => {
    const { events, edges } = index();
    const out = roundTrip(events, edges, 2);
    const ids = new Map(out.events.map((e) => [e.id, e.id]));
    for (const edge of out.edges) for (const id of edge.eventIds) expect(Object.is(id, ids.get(id))).toBe(true);
    // (string identity is not observable in JS: the table holds each distinct string once)
    const table = new StringTable();
    const a = packEvents(events, table);
    const b = packEdges(edges, table);
    const sent = [...(JSON.parse(a.strings) as string[]), ...(JSON.parse(b.strings) as string[])];
    expect(new Set(sent).size).toBe(sent.length);
    for (const e of edges) expect(sent).toContain(e.source);
    expect(JSON.parse(b.strings)).not.toContain(edges[0].eventIds[0]);
  });
});
