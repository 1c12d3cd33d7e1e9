/**
 * index.json on the wire, compact: columns instead of one object per event, and
 * nothing shipped that the browser can derive from what is shipped —
 *   - actors referred to by their rank (most events first: busy actors get the
 *     short numbers), documents by their rank in publication order, each event's
 *     first document as a step from the previous event's (events run by date, and
 *     so do the documents reporting them);
 *   - event ids rebuilt from type, date and participants (`type-date-a-b`), only
 *     what differs shipped (a statement's quote hash, a collision suffix);
 *   - titles rebuilt from the compiler's own templates (lib/compile/what/titles.ts)
 *     out of type, status, participants' names and location; a statement ships
 *     only its gist; an edited title ships whole;
 *   - confidences as positions in a table of the distinct values;
 *   - chunk numbers from the event's position; edges rebuilt from the events
 *     (lib/compile/network.ts), editors' link corrections shipped as a patch.
 * Every shortcut is checked by the encoder against the real value (a value that
 * does not rebuild exactly is shipped as is), so decodeIndex(encodeIndex(x))
 * equals x for any index. Pure; no zod (the browser decodes).
 */
import type { DataIndex, DatasetActor, DatasetEdge, IndexDocument, IndexEvent } from '../schema';
import { eventTitle, readableId } from '../compile/what/titles';
import { buildEdges } from '../compile/network';
import { slugify } from '../compile/what/ids';
import { CHUNK } from './chunk';

export const INDEX_FORMAT = 'parley-index-columns-2';

const TYPES = ['call', 'meeting', 'statement', 'visit', 'agreement'] as const;
const STATUSES = ['happened', 'ongoing', 'planned', 'cancelled', 'denied'] as const;
const EDGE_KINDS = ['met', 'called', 'responded_to'] as const;
const DOC_KINDS = ['article', 'transcript'] as const;

/** A reference by rank, or the id itself when it is not in the list. */
export type Ref = number | string;
/**
 * An event id: k (number) → the k-th candidate built from the event; s (string) →
 * the first candidate + '-' + s; [k, s] → the k-th candidate + '-' + s; [s] → s as is.
 */
type IdCode = number | string | [number, string] | [string];
/** A title: 0 → built from the event; s → a statement built with gist s; [s] → s as is. */
type TitleCode = 0 | string | [string];
export type EdgeWire = [Ref, Ref, number, Ref[]];

export interface IndexWire {
  schemaVersion: 1;
  format: typeof INDEX_FORMAT;
  /** in publication order (documents' rank); `order[i]`: the position in the index of the i-th */
  documents: { id: string[]; title: string[]; outlet: string[]; url: (string | null)[]; published: string[]; kind: number[]; order: number[] };
  actors: DatasetActor[];
  events: {
    id: IdCode[];
    /** type * STATUSES.length + status */
    kind: number[];
    title: TitleCode[];
    date: (string | null)[];
    location: (string | null)[];
    participants: Ref[][];
    /** positions in `confidences` */
    confidence: number[];
    confidences: number[];
    respondsTo: Ref[][];
    /** document ranks: the first as a step from the previous event's first, the others as steps from the one before */
    documentIds: Ref[][];
    week: ([string, string] | 0)[];
    /** null: Math.floor(position / chunkSize) */
    chunk: number[] | null;
    chunkSize: number;
  };
  /** edges: null → exactly buildEdges(events, actors); else the patch to apply to it, or every edge */
  edges: { derived: boolean; add: EdgeWire[]; remove: number[] } | { derived: false; all: EdgeWire[] };
  /** by actor position; 0 when the actor has none */
  positions: ([number, number] | 0)[];
}

function positionsOf(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function enumIndex<T extends string>(values: readonly T[], v: T): number {
  const i = values.indexOf(v);
  if (i < 0) throw new Error(`codec: unknown value ${v}`);
  return i;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Actor positions by rank: most events first, then index order. */
function actorRanks(actors: DatasetActor[]): number[] {
  return actors.map((_, i) => i).sort((a, b) => actors[b].eventCount - actors[a].eventCount || a - b);
}

type IdBase = Pick<IndexEvent, 'type' | 'date' | 'participants' | 'location'>;

/**
 * The k-th id an event's id is likely built from (lib/compile/what/ids.ts), most likely first:
 * 0 `type-date-<main participants, sorted>`, 1 the same + the location's slug, 2 every participant in order.
 */
function idCandidate(e: IdBase, k: number): string | null {
  const head = `${e.type}-${e.date ?? 'undated'}`;
  const join = (parts: string[]) => [head, ...parts].filter(Boolean).join('-').replace(/-+/g, '-');
  if (k === 2) return join(e.participants);
  const uniq = [...new Set(e.participants)];
  const main = (e.type === 'statement' ? uniq.slice(0, 1) : uniq.slice(0, 2)).sort();
  if (k === 0) return join(main);
  return e.location ? join([...main, slugify(e.location.split(',')[0])]) : null;
}
const CANDIDATES = 3;

function encodeId(e: IndexEvent): IdCode {
  const c: (string | null)[] = [];
  for (let k = 0; k < CANDIDATES; k++) {
    const id = (c[k] = idCandidate(e, k));
    if (id === e.id) return k;
  }
  for (let k = 0; k < CANDIDATES; k++) {
    const id = c[k];
    if (id !== null && e.id.startsWith(`${id}-`)) {
      const tail = e.id.slice(id.length + 1);
      return k === 0 ? tail : [k, tail];
    }
  }
  return [e.id];
}

function decodeId(code: IdCode, e: IdBase): string {
  if (typeof code === 'number') return idCandidate(e, code)!;
  if (typeof code === 'string') return `${idCandidate(e, 0)}-${code}`;
  if (code.length === 1) return code[0];
  return `${idCandidate(e, code[0])}-${code[1]}`;
}

type NameOf = (id: string) => string;

function builtTitle(e: Pick<IndexEvent, 'type' | 'status' | 'participants' | 'respondsTo' | 'location'>, nameOf: NameOf, gist: string | null): string {
  return eventTitle({ type: e.type, status: e.status, names: e.participants.map(nameOf), location: e.location, respondsTo: e.respondsTo.map(nameOf), gist });
}

function encodeTitle(e: IndexEvent, nameOf: NameOf): TitleCode {
  if (builtTitle(e, nameOf, null) === e.title) return 0;
  if (e.type === 'statement') {
    // the gist sits between the template's two halves
    const mark = '\u0000';
    const [before, after] = builtTitle(e, nameOf, mark).split(mark);
    if (after !== undefined && e.title.startsWith(before) && e.title.endsWith(after) && e.title.length > before.length + after.length) {
      const gist = e.title.slice(before.length, e.title.length - after.length);
      if (builtTitle(e, nameOf, gist) === e.title) return gist;
    }
  }
  return [e.title];
}

function decodeTitle(code: TitleCode, e: Pick<IndexEvent, 'type' | 'status' | 'participants' | 'respondsTo' | 'location'>, nameOf: NameOf): string {
  if (code === 0) return builtTitle(e, nameOf, null);
  if (typeof code === 'string') return builtTitle(e, nameOf, code);
  return code[0];
}

/** The name the compiler's titles use for an actor id (lib/compile/merge.ts: an unknown id made readable). */
function namer(actors: DatasetActor[]): NameOf {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? readableId(id);
}

const edgeKey = (e: Pick<DatasetEdge, 'source' | 'target' | 'kind'>) => `${e.source}\u0000${e.target}\u0000${e.kind}`;
const sameEdge = (a: DatasetEdge, b: DatasetEdge) => edgeKey(a) === edgeKey(b) && a.eventIds.length === b.eventIds.length && a.eventIds.every((id, i) => id === b.eventIds[i]);
const byEdgeKey = (a: DatasetEdge, b: DatasetEdge) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.kind, b.kind);

/** The derived edges with a patch applied: removed positions out, added edges in, sorted by (source, target, kind). */
function patchEdges(derived: DatasetEdge[], add: DatasetEdge[], remove: number[]): DatasetEdge[] {
  if (!add.length && !remove.length) return derived;
  const gone = new Set(remove);
  return [...derived.filter((_, i) => !gone.has(i)), ...add].sort(byEdgeKey);
}

/** The event columns of the wire (index.json's, or one page's: lib/data/pages.ts). */
export type EventColumns = Omit<IndexWire['events'], 'chunk' | 'chunkSize' | 'confidences'>;

/** What encoding an index's events refers to: actor ranks, document ranks, titles' names, the confidence table. */
export interface EncodeRefs {
  actor: (id: string) => Ref;
  docRank: Map<string, number>;
  nameOf: NameOf;
  confAt: Map<number, number>;
}

export function encodeRefs(index: Pick<DataIndex, 'actors' | 'documents' | 'events'>): { refs: EncodeRefs; confidences: number[]; docOrder: number[] } {
  const ranks = actorRanks(index.actors);
  const actorRank = positionsOf(ranks.map((i) => index.actors[i].id));
  const docOrder = index.documents.map((_, i) => i).sort((a, b) => cmp(index.documents[a].published, index.documents[b].published) || a - b);
  // confidences: a table of the distinct values, most frequent first
  const freq = new Map<number, number>();
  for (const e of index.events) freq.set(e.confidence, (freq.get(e.confidence) ?? 0) + 1);
  const confidences = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  return {
    refs: {
      actor: (id) => actorRank.get(id) ?? id,
      docRank: positionsOf(docOrder.map((i) => index.documents[i].id)),
      nameOf: namer(index.actors),
      confAt: new Map(confidences.map((c, i) => [c, i])),
    },
    confidences,
    docOrder,
  };
}

/** Events (in order) → columns. Document steps start afresh at 0: each list of events decodes on its own. */
export function encodeEvents(ev: IndexEvent[], refs: EncodeRefs): EventColumns {
  const { actor, docRank, nameOf, confAt } = refs;
  // documents: the first as a step from the previous event's first rank, the rest as steps within the event
  let prevFirst = 0;
  const documentIds = ev.map((e) => {
    let prev: number | null = null;
    return e.documentIds.map((id): Ref => {
      const r = docRank.get(id);
      if (r === undefined) return id;
      const step = r - (prev ?? prevFirst);
      if (prev === null) prevFirst = r;
      prev = r;
      return step;
    });
  });
  return {
    id: ev.map(encodeId),
    kind: ev.map((e) => enumIndex(TYPES, e.type) * STATUSES.length + enumIndex(STATUSES, e.status)),
    title: ev.map((e) => encodeTitle(e, nameOf)),
    date: ev.map((e) => e.date),
    location: ev.map((e) => e.location),
    participants: ev.map((e) => e.participants.map(actor)),
    confidence: ev.map((e) => confAt.get(e.confidence)!),
    respondsTo: ev.map((e) => e.respondsTo.map(actor)),
    documentIds,
    week: ev.map((e) => (e.week ? [e.week.from, e.week.to] : 0)),
  };
}

export function documentsWire(documents: IndexDocument[], docOrder: number[]): IndexWire['documents'] {
  return {
    id: docOrder.map((i) => documents[i].id),
    title: docOrder.map((i) => documents[i].title),
    outlet: docOrder.map((i) => documents[i].outlet),
    url: docOrder.map((i) => documents[i].url),
    published: docOrder.map((i) => documents[i].published),
    kind: docOrder.map((i) => enumIndex(DOC_KINDS, documents[i].kind)),
    order: docOrder,
  };
}

/** Edges on the wire, events referred to by their position in `index.events`. */
export function edgesWire(index: DataIndex): IndexWire['edges'] {
  const actorRank = positionsOf(actorRanks(index.actors).map((i) => index.actors[i].id));
  const eventAt = positionsOf(index.events.map((e) => e.id));
  return encodeEdges(index, (e) => [
    actorRank.get(e.source) ?? e.source,
    actorRank.get(e.target) ?? e.target,
    enumIndex(EDGE_KINDS, e.kind),
    e.eventIds.map((id): Ref => eventAt.get(id) ?? id),
  ]);
}

export function encodeIndex(index: DataIndex): IndexWire {
  const { refs, confidences, docOrder } = encodeRefs(index);
  const ev = index.events;
  const chunked = ev.every((e, i) => e.chunk === Math.floor(i / CHUNK));
  return {
    schemaVersion: 1,
    format: INDEX_FORMAT,
    documents: documentsWire(index.documents, docOrder),
    actors: index.actors,
    // (the columns in their historical order: the same bytes as before the paged index)
    events: (({ confidence, respondsTo, documentIds, week, ...before }) => ({ ...before, confidence, confidences, respondsTo, documentIds, week, chunk: chunked ? null : ev.map((e) => e.chunk), chunkSize: CHUNK }))(encodeEvents(ev, refs)),
    edges: edgesWire(index),
    positions: index.actors.map((a) => index.positions[a.id] ?? 0),
  };
}

function encodeEdges(index: DataIndex, wire: (e: DatasetEdge) => EdgeWire): IndexWire['edges'] {
  // no links at all (first.json's first view): nothing to rebuild in the browser
  if (!index.edges.length) return { derived: false, all: [] };
  const derived = buildEdges(index.events, index.actors);
  const want = new Map(index.edges.map((e) => [edgeKey(e), e]));
  const remove: number[] = [];
  const kept = new Set<string>();
  derived.forEach((e, i) => {
    const w = want.get(edgeKey(e));
    if (!w || !sameEdge(w, e)) remove.push(i);
    else kept.add(edgeKey(e));
  });
  const add = index.edges.filter((e) => !kept.has(edgeKey(e)));
  const rebuilt = patchEdges(derived, add, remove);
  const exact = rebuilt.length === index.edges.length && rebuilt.every((e, i) => sameEdge(e, index.edges[i]));
  return exact ? { derived: true, add: add.map(wire), remove } : { derived: false, all: index.edges.map(wire) };
}

export function isIndexWire(json: unknown): json is IndexWire {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === INDEX_FORMAT;
}

/** What decoding events refers to: actors by rank, documents by rank, titles' names, the confidence table. */
export interface DecodeRefs {
  actor: (r: Ref) => string;
  docIds: string[];
  nameOf: NameOf;
  confidences: number[];
}

export function decodeRefs(actors: DatasetActor[], documentIds: string[], confidences: number[]): DecodeRefs {
  const byRank = actorRanks(actors).map((i) => actors[i].id);
  return { actor: (r) => (typeof r === 'number' ? byRank[r] : r), docIds: documentIds, nameOf: namer(actors), confidences };
}

export function decodeDocuments(D: IndexWire['documents']): IndexDocument[] {
  const documents: IndexDocument[] = new Array<IndexDocument>(D.id.length);
  D.order.forEach((at, r) => {
    documents[at] = { id: D.id[r], title: D.title[r], outlet: D.outlet[r], url: D.url[r], published: D.published[r], kind: DOC_KINDS[D.kind[r]] };
  });
  return documents;
}

/**
 * Columns → events; `chunkOf(i)`: the chunk of the i-th. `keep(i)`: only the events it keeps are decoded (the
 * others are skipped but for the document steps that chain through them).
 */
export function decodeEvents(E: EventColumns, d: DecodeRefs, chunkOf: (i: number) => number, keep?: (i: number) => boolean): IndexEvent[] {
  const { actor, docIds, nameOf, confidences } = d;
  let prevFirst = 0;
  const out: IndexEvent[] = [];
  for (let i = 0; i < E.kind.length; i++) {
    if (keep && !keep(i)) {
      // the first document's step is from the previous event's first: kept in the chain
      const first = E.documentIds[i].find((r): r is number => typeof r === 'number');
      if (first !== undefined) prevFirst += first;
      continue;
    }
    const k = E.kind[i];
    const type = TYPES[Math.floor(k / STATUSES.length)];
    const status = STATUSES[k % STATUSES.length];
    const participants = E.participants[i].map(actor);
    const respondsTo = E.respondsTo[i].map(actor);
    const date = E.date[i];
    const location = E.location[i];
    const week = E.week[i];
    let prev: number | null = null;
    const documentIds = E.documentIds[i].map((r) => {
      if (typeof r === 'string') return r;
      const rank = r + (prev ?? prevFirst);
      if (prev === null) prevFirst = rank;
      prev = rank;
      return docIds[rank];
    });
    const base = { type, date, participants, location, status, respondsTo };
    out.push({
      id: decodeId(E.id[i], base),
      type,
      title: decodeTitle(E.title[i], base, nameOf),
      date,
      location,
      participants,
      status,
      confidence: confidences[E.confidence[i]],
      respondsTo,
      documentIds,
      week: week ? { from: week[0], to: week[1] } : null,
      chunk: chunkOf(i),
    });
  }
  return out;
}

/** The edges of the whole index's `events` (all of them, in order). */
export function decodeEdges(w: IndexWire['edges'], events: IndexEvent[], actors: DatasetActor[], actor: (r: Ref) => string): DatasetEdge[] {
  const eventIds = events.map((e) => e.id);
  const edge = ([s, t, k, ids]: EdgeWire): DatasetEdge => ({
    source: actor(s),
    target: actor(t),
    kind: EDGE_KINDS[k],
    eventIds: ids.map((r) => (typeof r === 'number' ? eventIds[r] : r)),
  });
  return 'all' in w ? w.all.map(edge) : patchEdges(buildEdges(events, actors), w.add.map(edge), w.remove);
}

export function decodePositions(w: IndexWire['positions'], actors: DatasetActor[]): DataIndex['positions'] {
  const positions: DataIndex['positions'] = {};
  w.forEach((p, i) => {
    if (p) positions[actors[i].id] = p;
  });
  return positions;
}

export function decodeIndex(w: IndexWire): DataIndex {
  const documents = decodeDocuments(w.documents);
  const E = w.events;
  const refs = decodeRefs(w.actors, w.documents.id, E.confidences);
  const events = decodeEvents(E, refs, (i) => (E.chunk ? E.chunk[i] : Math.floor(i / E.chunkSize)));
  const edges = decodeEdges(w.edges, events, w.actors, refs.actor);
  return { schemaVersion: 1, documents, actors: w.actors, events, edges, positions: decodePositions(w.positions, w.actors) };
}
