/**
 * A Web Worker that turns the index's files into the explorer's DataIndex
 * (JSON.parse + decodePaged of the head and every page, or decodeIndex of a
 * single-file index: the load's longest piece of work), off the main thread.
 * lib/data/client.ts starts it with the bytes it fetched.
 * The reply comes in parts: the big lists (events, edges, documents) in slices
 * of SLICE, then the rest — receiving a message copies it onto the main thread
 * in one task, and the whole index at once was one long task there.
 */
import { decodeIndex, isIndexWire } from './codec';
import { decodePaged, isPagedHead, type PageWire } from './pages';

/** index.json's bytes, and when it is the head of a paged index every page's (lib/data/pages.ts). */
export interface IndexWorkerRequest {
  head: ArrayBuffer;
  pages: ArrayBuffer[];
}

export type IndexWorkerReply =
  | { ok: true; key: string; slice: unknown[] }
  | { ok: true; index: unknown }
  | { ok: false; error: string };

/** Items per message of a big list. */
export const SLICE = 8000;
const LISTS = ['events', 'edges', 'documents'] as const;

self.onmessage = (e: MessageEvent<IndexWorkerRequest>) => {
  let index: unknown;
  try {
    const text = new TextDecoder();
    const raw = JSON.parse(text.decode(e.data.head)) as unknown;
    if (isPagedHead(raw)) index = decodePaged(raw, e.data.pages.map((b) => JSON.parse(text.decode(b)) as PageWire));
    else index = isIndexWire(raw) ? decodeIndex(raw) : raw;
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) } satisfies IndexWorkerReply);
    return;
  }
  if (!index || typeof index !== 'object') {
    self.postMessage({ ok: true, index } satisfies IndexWorkerReply);
    return;
  }
  const rest: Record<string, unknown> = { ...(index as Record<string, unknown>) };
  for (const key of LISTS) {
    const list = rest[key];
    if (!Array.isArray(list)) continue;
    delete rest[key];
    for (let i = 0; i < list.length; i += SLICE) self.postMessage({ ok: true, key, slice: list.slice(i, i + SLICE) } satisfies IndexWorkerReply);
    // an empty list still arrives (as an empty slice)
    if (!list.length) self.postMessage({ ok: true, key, slice: [] } satisfies IndexWorkerReply);
  }
  self.postMessage({ ok: true, index: rest } satisfies IndexWorkerReply);
};
