/**
 * A Web Worker that turns the index's files into the explorer's DataIndex
 * (JSON.parse + decodePaged of the head and every page: the load's longest
 * piece of work), off the main thread.
 * lib/data/early.ts starts it once the first view's pages are here; the whole index's other files are fetched
 * here (their URLs sent, not their bytes: ~40 fetch() calls were one long task on a phone's main thread). lib/data/client.ts starts it with the bytes it fetched when there was no early one.
 * The reply comes in parts: the big lists (events, edges, documents) in slices
 * of SLICE (as JSON text: parsed there faster than objects are received), then the rest — receiving a message copies it onto the main thread
 * in one task, and the whole index at once was one long task there.
 */
import { decodePaged, isPagedHead, type DocumentsWire, type PageWire } from './pages';
import { fetchDataBytes } from './fetch-bytes';

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
  /** a slice of a big list, as JSON: JSON.parse on the main thread is ~2× faster than receiving the objects (structured clone) */
  | { ok: true; key: string; json: string }
  | { ok: true; index: unknown }
  | { ok: false; error: string };

/** Items per message of a big list: each message is a task on the main thread (8,000 events: 145–230 ms on a phone, CPU ×4). */
export const SLICE = 2000;
const LISTS = ['events', 'edges', 'documents'] as const;

const text = new TextDecoder();
const parse = (b: ArrayBuffer): unknown => JSON.parse(text.decode(b));

const bytes = async (file: ArrayBuffer | string): Promise<ArrayBuffer> => (typeof file === 'string' ? fetchDataBytes(file) : file);

async function decode(request: IndexWorkerRequest): Promise<{ index: unknown } | { error: string }> {
  try {
    const raw = parse(request.head);
    if (!isPagedHead(raw)) return { index: raw };
    const [pages, docs] = await Promise.all([Promise.all(request.pages.map(bytes)), request.documents === null ? null : bytes(request.documents)]);
    if (!docs) throw new Error('the index\'s documents file did not arrive');
    return { index: decodePaged(raw, pages.map((b) => parse(b) as PageWire), parse(docs) as DocumentsWire) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

function reply(result: { index: unknown } | { error: string }): void {
  if ('error' in result) {
    self.postMessage({ ok: false, error: result.error } satisfies IndexWorkerReply);
    return;
  }
  const index = result.index;
  if (!index || typeof index !== 'object') {
    self.postMessage({ ok: true, index } satisfies IndexWorkerReply);
    return;
  }
  const rest: Record<string, unknown> = { ...(index as Record<string, unknown>) };
  for (const key of LISTS) {
    const list = rest[key];
    if (!Array.isArray(list)) continue;
    delete rest[key];
    for (let i = 0; i < list.length; i += SLICE) self.postMessage({ ok: true, key, json: JSON.stringify(list.slice(i, i + SLICE)) } satisfies IndexWorkerReply);
    // an empty list still arrives (as an empty slice)
    if (!list.length) self.postMessage({ ok: true, key, json: '[]' } satisfies IndexWorkerReply);
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
