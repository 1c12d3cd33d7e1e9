/**
 * A Web Worker that turns the index's files into the explorer's DataIndex
 * (JSON.parse + decodePaged of the head and every page: the load's longest
 * piece of work), off the main thread.
 * lib/data/early.ts starts it once the first view's pages are here; the whole index's other files are fetched
 * here (their URLs sent, not their bytes: ~40 fetch() calls were one long task on a phone's main thread). lib/data/client.ts starts it with the bytes it fetched when there was no early one.
 * The reply comes in parts: the big lists (events, edges, documents) in slices
 * of SLICE, then the rest — receiving a message copies it onto the main thread
 * in one task, and the whole index at once was one long task there. The slices are packed
 * (lib/data/packed.ts: typed arrays moved, each string sent once: the main thread's objects share their strings;
 * they were JSON text before, ~74 MB of it at 10,000 documents).
 */
import { decodePaged, isPagedHead, type DocumentsWire, type PageWire } from './pages';
import { fetchDataBytes } from './fetch-bytes';
import type { PackedSlice } from './packed';
import { packDocuments, packEdges, packEvents, StringTable, transferOf } from './pack';
import type { DataIndex } from '../schema';

/**
 * index.json's bytes, and when it is the head of a paged index every page's and its documents' file's (lib/data/pages.ts);
 * a string: the file's URL, fetched here.
 */
export interface IndexWorkerRequest {
  head: ArrayBuffer;
  pages: (ArrayBuffer | string)[];
  documents: ArrayBuffer | string | null;
  /** decode now, reply once asked ({ send: true }): the page's first script starts it before the explorer runs */
  hold?: boolean;
}
export interface IndexWorkerSend {
  send: true;
}
export type IndexWorkerReply =
  /** a slice of a big list (events, edges, documents), packed: lib/data/packed.ts */
  | { ok: true; key: string; packed: PackedSlice }
  | { ok: true; index: unknown }
  | { ok: false; error: string };

/** Items per message of a big list: each message is a task on the main thread (8,000 events: 145–230 ms on a phone, CPU ×4). */
export const SLICE = 2000;
const PACK = { events: packEvents, edges: packEdges, documents: packDocuments } as const;

const text = new TextDecoder();
const parse = (b: ArrayBuffer): unknown => JSON.parse(text.decode(b));

const bytes = async (file: ArrayBuffer | string): Promise<ArrayBuffer> => (typeof file === 'string' ? fetchDataBytes(file) : file);

/** `paged`: the index decodePaged built (its lists are of the shapes lib/data/pack.ts packs); else a file's JSON as it is (sent whole). */
async function decode(request: IndexWorkerRequest): Promise<{ index: unknown; paged?: true } | { error: string }> {
  try {
    const raw = parse(request.head);
    if (!isPagedHead(raw)) return { index: raw };
    const [pages, docs] = await Promise.all([Promise.all(request.pages.map(bytes)), request.documents === null ? null : bytes(request.documents)]);
    if (!docs) throw new Error('the index\'s documents file did not arrive');
    return { index: decodePaged(raw, pages.map((b) => parse(b) as PageWire), parse(docs) as DocumentsWire), paged: true };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function reply(result: { index: unknown; paged?: true } | { error: string }): void {
  if ('error' in result) {
    self.postMessage({ ok: false, error: result.error } satisfies IndexWorkerReply);
    return;
  }
  // (a file that is not a paged index — not what the compiler writes — in one message)
  if (!result.paged) {
    self.postMessage({ ok: true, index: result.index } satisfies IndexWorkerReply);
    return;
  }
  const rest = { ...(result.index as DataIndex) } as Partial<DataIndex>;
  // one table for the whole reply: the links' event ids are the events' strings
  const table = new StringTable();
  for (const key of ['events', 'edges', 'documents'] as const) {
    const list = rest[key]!;
    delete rest[key];
    // (an empty list still arrives, as an empty slice)
    for (let i = 0; i < list.length || i === 0; i += SLICE) {
      const packed = PACK[key](list.slice(i, i + SLICE) as never, table);
      self.postMessage({ ok: true, key, packed } satisfies IndexWorkerReply, { transfer: transferOf(packed) });
    }
  }
  self.postMessage({ ok: true, index: rest } satisfies IndexWorkerReply);
}

let decoded: Awaited<ReturnType<typeof decode>> | null = null;
let asked = false;

self.onmessage = async (e: MessageEvent<IndexWorkerRequest | IndexWorkerSend>) => {
  const m = e.data;
  if ('send' in m) {
    asked = true;
    if (decoded) reply(decoded);
    return;
  }
  decoded = await decode(m);
  if (!m.hold || asked) reply(decoded);
};
