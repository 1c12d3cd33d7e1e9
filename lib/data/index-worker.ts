/**
 * A Web Worker that turns the index's files into the explorer's DataIndex
 * (JSON.parse + decodePaged of the head and every page: the load's longest
 * piece of work), off the main thread.
 * lib/data/client.ts starts it with the bytes it fetched.
 * The reply comes in parts: the big lists (events, edges, documents) in slices
 * of SLICE (as JSON text: parsed there faster than objects are received), then the rest — receiving a message copies it onto the main thread
 * in one task, and the whole index at once was one long task there.
 */
import { decodePaged, isPagedHead, type DocumentsWire, type PageWire } from './pages';

/** index.json's bytes, and when it is the head of a paged index every page's and its documents' file's (lib/data/pages.ts). */
export interface IndexWorkerRequest {
  head: ArrayBuffer;
  pages: ArrayBuffer[];
  documents: ArrayBuffer | null;
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

/** Items per message of a big list. */
export const SLICE = 8000;
const LISTS = ['events', 'edges', 'documents'] as const;

function decode(request: IndexWorkerRequest): { index: unknown } | { error: string } {
  try {
    const text = new TextDecoder();
    const raw = JSON.parse(text.decode(request.head)) as unknown;
    if (!isPagedHead(raw)) return { index: raw };
    if (!request.documents) throw new Error('the index\'s documents file did not arrive');
    const documents = JSON.parse(text.decode(request.documents)) as DocumentsWire;
    return { index: decodePaged(raw, request.pages.map((b) => JSON.parse(text.decode(b)) as PageWire), documents) };
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

let decoded: ReturnType<typeof decode> | null = null;
let asked = false;

self.onmessage = (e: MessageEvent<IndexWorkerRequest | IndexWorkerSend>) => {
  if ('send' in e.data) {
    asked = true;
    if (decoded) reply(decoded);
    return;
  }
  decoded = decode(e.data);
  if (!e.data.hold || asked) reply(decoded);
};
