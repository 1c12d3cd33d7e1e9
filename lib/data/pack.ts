/**
 * The index worker's side of lib/data/packed.ts: the events' and links' slices packed (a module of its own:
 * the main thread's chunk carries only the unpacking).
 */
import type { DatasetEdge, IndexDocument, IndexEvent } from '../schema';
import type { PackedSlice } from './packed';

/** The worker's side: strings → their positions in the table the main thread rebuilds. */
export class StringTable {
  private readonly at = new Map<string, number>();
  private fresh: string[] = [];
  ref(s: string): number {
    let i = this.at.get(s);
    if (i === undefined) {
      i = this.at.size;
      this.at.set(s, i);
      this.fresh.push(s);
    }
    return i;
  }
  /** the strings added since the last take */
  take(): string {
    const s = JSON.stringify(this.fresh);
    this.fresh = [];
    return s;
  }
}

/** A list of strings: its length and its strings' refs. */
function list(out: number[], l: readonly string[], table: StringTable): void {
  out.push(l.length);
  for (const s of l) out.push(table.ref(s));
}

const refOf = (table: StringTable) => (s: string | null) => (s === null ? -1 : table.ref(s));

export function packEvents(events: readonly IndexEvent[], table: StringTable): PackedSlice {
  const ints: number[] = [];
  const ref = refOf(table);
  for (const e of events) {
    ints.push(ref(e.id), ref(e.type), ref(e.title), ref(e.date), ref(e.location));
    list(ints, e.participants, table);
    ints.push(ref(e.status));
    list(ints, e.respondsTo, table);
    list(ints, e.documentIds, table);
    ints.push(ref(e.week && e.week.from), ref(e.week && e.week.to), e.chunk);
  }
  return { strings: table.take(), n: events.length, ints: Int32Array.from(ints), confidence: Float64Array.from(events, (e) => e.confidence) };
}

export function packEdges(edges: readonly DatasetEdge[], table: StringTable): PackedSlice {
  const ints: number[] = [];
  for (const e of edges) {
    ints.push(table.ref(e.source), table.ref(e.target), table.ref(e.kind));
    list(ints, e.eventIds, table);
  }
  return { strings: table.take(), n: edges.length, ints: Int32Array.from(ints), confidence: null };
}

export function packDocuments(documents: readonly IndexDocument[], table: StringTable): PackedSlice {
  const ints: number[] = [];
  const ref = refOf(table);
  for (const d of documents) ints.push(ref(d.id), ref(d.title), ref(d.outlet), ref(d.url), ref(d.published), ref(d.kind));
  return { strings: table.take(), n: documents.length, ints: Int32Array.from(ints), confidence: null };
}

/** The buffers a slice's message moves to the main thread. */
export function transferOf(p: PackedSlice): ArrayBuffer[] {
  const out = [p.ints.buffer as ArrayBuffer];
  if (p.confidence) out.push(p.confidence.buffer as ArrayBuffer);
  return out;
}

