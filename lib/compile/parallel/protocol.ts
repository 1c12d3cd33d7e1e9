/** Messages between the compiler's main thread and its workers (structured clone). */
import type { PlaceEntry } from '../../schema';
import type { EventsInput, PreparedDoc } from '../index';
import type { ActorEntry } from '../../schema';
import type { ActorInfo, DocEvent, Sentence, SentencedDoc, SourceDoc } from '../types';
import type { Item } from '../merge';
import type { LinkedCompact, WhoSetup } from '../mentions';

export type WorkerRequest =
  | { kind: 'prepare'; items: SourceDoc[] }
  /** the outlets' folded names (outletNames), for the facts of documents */
  | { kind: 'facts-context'; outlets: string[] }
  | { kind: 'facts'; items: SentencedDoc[] }
  | { kind: 'who-context'; setup: WhoSetup }
  | { kind: 'who'; items: SentencedDoc[] }
  /** the people discovered across documents (in discovery order, [key, actor]), for the second pass */
  | { kind: 'who-second-context'; actors: ActorEntry[]; discovered: [string, ActorInfo][] }
  | { kind: 'who-second'; items: { doc: SentencedDoc; data: LinkedCompact }[] }
  /** the contexts of the facts and of both who passes let go (the pool kept for later stages) */
  | { kind: 'release' }
  | { kind: 'context'; actors: ActorInfo[]; places: PlaceEntry[]; zones?: Record<string, string> }
  | { kind: 'events'; items: { prepared: PreparedDoc; input: EventsInput }[] };

/** `ms`: the worker's time computing the answer (not receiving or sending it); `heap`: its heap in use after it (bytes) */
export type WorkerResponse = { ok: true; value: unknown; ms?: number; heap?: number } | { ok: false; message: string; stack?: string };

/** a document's reports as a worker's events task answers them, with their items for the merge (merge.ts docItems) */
export interface EventsMade {
  events: DocEvent[];
  items: Item[];
}

/**
 * A document's sentences as they cross between threads: each sentence's offsets, and its normalised text only where it
 * differs from the text (a sentence's text is its document's body between its offsets, its docId the document's, its
 * index its place: sentences.ts). The clone then copies each document's text once instead of three times, and the
 * receiving side's sentences are slices of its body (memory). A document whose sentences are not of that form (made
 * elsewhere) crosses as it is.
 */
interface PackedSentences {
  packed: true;
  at: Int32Array;
  norm: (string | null)[];
}

export function packDoc<D extends SentencedDoc>(d: D): D {
  const ss = d.sentences;
  if (!ss.length) return d;
  const at = new Int32Array(ss.length * 2);
  const norm: (string | null)[] = new Array(ss.length);
  const body = d.body;
  for (let k = 0; k < ss.length; k++) {
    const s = ss[k];
    if (s.docId !== d.id || s.index !== k || s.text.length !== s.end - s.start || !body.startsWith(s.text, s.start) || Object.keys(s).length !== 6) return d;
    at[2 * k] = s.start;
    at[2 * k + 1] = s.end;
    norm[k] = s.norm === s.text ? null : s.norm;
  }
  const sentences: PackedSentences = { packed: true, at, norm };
  return { ...d, sentences: sentences as unknown as Sentence[] };
}

/** The document packDoc packed, made whole again in place (its sentences' fields in their order: sentences.ts). */
export function unpackDoc<D extends SentencedDoc>(d: D): D {
  const p = d.sentences as unknown as PackedSentences;
  if (!p || !(p as { packed?: boolean }).packed) return d;
  const body = d.body;
  const out: Sentence[] = new Array(p.norm.length);
  for (let k = 0; k < out.length; k++) {
    const start = p.at[2 * k];
    const end = p.at[2 * k + 1];
    const text = body.slice(start, end);
    out[k] = { docId: d.id, index: k, start, end, text, norm: p.norm[k] ?? text };
  }
  d.sentences = out;
  return d;
}

/** A task's documents packed (packDoc) for a worker, by kind of task; the worker unpacks them (unpackTask). */
export function packTask(kind: WorkerRequest['kind'], t: unknown): unknown {
  if (kind === 'facts' || kind === 'who') return packDoc(t as SentencedDoc);
  if (kind === 'who-second') {
    const x = t as { doc: SentencedDoc; data: LinkedCompact };
    return { ...x, doc: packDoc(x.doc) };
  }
  if (kind === 'events') {
    const x = t as { prepared: PreparedDoc; input: EventsInput };
    return { ...x, prepared: { ...x.prepared, doc: packDoc(x.prepared.doc) } };
  }
  return t;
}

export function unpackTask(kind: WorkerRequest['kind'], t: unknown): void {
  if (kind === 'facts' || kind === 'who') unpackDoc(t as SentencedDoc);
  else if (kind === 'who-second') unpackDoc((t as { doc: SentencedDoc }).doc);
  else if (kind === 'events') unpackDoc((t as { prepared: PreparedDoc }).prepared.doc);
}

/** A worker's answer packed for this thread (a prepared document's sentences), by kind of task; unpackResult undoes it. */
export function packResult(kind: WorkerRequest['kind'], r: unknown): unknown {
  if (kind === 'prepare') {
    const x = r as PreparedDoc;
    return { ...x, doc: packDoc(x.doc) };
  }
  return r;
}

export function unpackResult(kind: WorkerRequest['kind'], r: unknown, strings?: Strings): void {
  if (strings) strings.within(r);
  if (kind === 'prepare') unpackDoc((r as PreparedDoc).doc);
}

/** strings longer than this are left as they came (texts, keys: seldom repeated, and costly to hash) */
export const SHARED_MAX = 64;

/**
 * One copy of each short string among the answers of a pool's workers (memory). The clone gives every string of an
 * answer its own copy on this thread: an actor's id in each of its mentions, a rule's stage in each report's rules, a
 * word in each report's word sets (at 2,000 documents, by the end of the events stage: 3.3 M strings on the heap, 302 k
 * distinct values, 101 of its 160 MB repeats). `within` puts in place of each such string the first copy of its value
 * met, in place: arrays and plain objects keep their order and keys, a Set or Map its entries in their order and its
 * identity. Equal strings are the same value to every reader, so no result changes.
 */
export class Strings {
  private readonly seen = new Map<string, string>();

  get size(): number {
    return this.seen.size;
  }

  /** the first copy of `s` met, when short enough (see SHARED_MAX); else `s` */
  one(s: string): string {
    if (s.length > SHARED_MAX) return s;
    const was = this.seen.get(s);
    if (was !== undefined) return was;
    this.seen.set(s, s);
    return s;
  }

  /** every short string within `v` (arrays, plain objects, Sets, Maps) made its first copy, in place; `v` itself as `one` */
  within(v: unknown, depth = 0): unknown {
    if (typeof v === 'string') return this.one(v);
    // (a cycle or a very deep value: what is below is left as it came, which is only less sharing)
    if (typeof v !== 'object' || v === null || depth > 64) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'string') v[i] = this.one(x);
        else if (typeof x === 'object' && x !== null) this.within(x, depth + 1);
      }
    } else if (v instanceof Set) {
      if (!v.size) return v;
      const xs = [...v];
      v.clear();
      for (const x of xs) v.add(this.within(x, depth + 1));
    } else if (v instanceof Map) {
      if (!v.size) return v;
      const xs = [...v];
      v.clear();
      for (const [k, x] of xs) v.set(this.within(k, depth + 1), this.within(x, depth + 1));
    } else if (Object.getPrototypeOf(v) === Object.prototype) {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        const x = o[k];
        if (typeof x === 'string') o[k] = this.one(x);
        else if (typeof x === 'object' && x !== null) this.within(x, depth + 1);
      }
    }
    return v;
  }
}
