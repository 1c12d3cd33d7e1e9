/**
 * The explorer's data in the browser: the index (first view), then the event
 * chunks and document files fetched on demand, each at most once (until the
 * data changes: clearLoaded). No zod here: the files come from our compiler.
 */
import type { DataIndex, DatasetDocument, DatasetEvent, DocumentFile, EventChunk, IndexDocument, IndexEvent } from '../schema';
import { chunkPath, documentPath, fullEvent } from './files';
import { fetchBytes, firstPages, takeEarly, takeEarlyHead, takeEarlyWorker, forgetEarly, indexWorker, releaseWhole, wholeGate } from './early';
import type { IndexWorkerReply, IndexWorkerRequest, IndexWorkerSend } from './index-worker';
import { unpacker } from './packed';
import { decodeNetworkSummary, type NetworkSummary } from '../adapters/network-summary';
import { decodePageEvents, decodePaged, DOCUMENTS_PATH, firstDays, isPagedHead, pagePath, partialOf, type DecodedPage, type DocumentsWire, type PagedHead, type PageWire } from './pages';

/** Light structural check: the arrays exist and the version is the one we read. */
export function checkIndex(json: unknown): string | null {
  if (!json || typeof json !== 'object') return 'the file is not a JSON object';
  const d = json as Record<string, unknown>;
  if (d.schemaVersion !== 1) return `unsupported schemaVersion ${String(d.schemaVersion)} (expected 1)`;
  for (const key of ['documents', 'actors', 'events', 'edges']) {
    if (!Array.isArray(d[key])) return `“${key}” is missing or not a list`;
  }
  if (!d.positions || typeof d.positions !== 'object') return '“positions” is missing';
  return null;
}

/** A task's end: the rest in a task of its own. */
const tick = () => new Promise((r) => setTimeout(r, 0));

/** A data file's JSON. */
const parse = (b: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(b));

/** A data file's bytes (the early fetch's when the page started it). */
function getBytes(path: string): Promise<ArrayBuffer> {
  return takeEarly(path) ?? fetchBytes(path);
}

async function getJson<T>(path: string): Promise<T> {
  return parse(await getBytes(path)) as T;
}

/** index.json: its bytes and its JSON (the head of the paged index, or a single-file index), fetched once per load. */
let head: Promise<{ bytes: ArrayBuffer; json: unknown }> | null = null;
function getHead(): Promise<{ bytes: ArrayBuffer; json: unknown }> {
  if (!head) {
    const early = takeEarlyHead();
    const p = getBytes('index.json').then(async (bytes) => ({ bytes, json: early ? await early : parse(bytes) }));
    p.catch(() => {
      if (head === p) head = null;
    });
    head = p;
  }
  return head;
}

/** The pages' bytes, each fetched once per load (the first view's are fetched again by no one). */
const pages = new Map<string, Promise<ArrayBuffer>>();
function getPage(key: string): Promise<ArrayBuffer> {
  return once(pages, key, () => getBytes(pagePath(key)));
}

/**
 * The index's files → the decoded index, in a Web Worker (lib/data/index-worker.ts); null where workers
 * are missing or fail. The worker sends the index in parts (its big lists in slices): each part is
 * received — copied onto this thread — in a task of its own, never the whole index in one.
 */
function decodeInWorker(request: IndexBytes): Promise<unknown> | null {
  const worker = indexWorker();
  return worker ? receive(worker, request) : null;
}

/** Sends `message` to an index worker and collects its reply (the index, sent in parts); the worker ends then. */
function receive(worker: Worker, message: IndexWorkerRequest | IndexWorkerSend): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    const lists: Record<string, unknown[]> = {};
    const unpack = unpacker();
    worker.onmessage = (e: MessageEvent<IndexWorkerReply>) => {
      const r = e.data;
      if (r.ok && 'packed' in r) {
        unpack(r.packed, (lists[r.key] ??= []), r.key);
        return;
      }
      worker.terminate();
      if (r.ok) resolve(r.index && typeof r.index === 'object' ? { ...r.index, ...lists } : r.index);
      else reject(new Error(r.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the index worker failed'));
    };
    // a copy (fast: bytes, not objects): the bytes stay here for the fallback
    worker.postMessage(message);
  });
}

/** The index's files fetched here (IndexWorkerRequest with every file's bytes). */
interface IndexBytes extends IndexWorkerRequest {
  pages: ArrayBuffer[];
  documents: ArrayBuffer | null;
}

/** On this thread: parse, yield, decode (two tasks, not one long one). */
async function decodeHere(request: IndexBytes): Promise<unknown> {
  const raw = parse(request.head);
  const parts = request.pages.map((b) => parse(b) as PageWire);
  const documents = request.documents ? (parse(request.documents) as DocumentsWire) : null;
  await tick();
  // (a plain JSON index is taken as it is: the check below says what is wrong with anything else)
  if (!isPagedHead(raw)) return raw;
  if (!documents) throw new Error(`${DOCUMENTS_PATH} is missing`);
  return decodePaged(raw, parts, documents);
}

/** The whole index: index.json and, when it is the head of a paged index, every page and its documents' file (fetched at once). */
export async function fetchIndex(): Promise<DataIndex> {
  // the page's first script holds the rest of the index while the first view is drawn (lib/data/early.ts releaseWhole)
  await wholeGate();
  // decoded already (or being decoded) by the worker the page's first script started
  const early = takeEarlyWorker();
  if (early) {
    try {
      const decoded = await receive(early, { send: true });
      if (!checkIndex(decoded)) {
        forgetEarly();
        pages.clear();
        return decoded as DataIndex;
      }
    } catch {
      // fetched and decoded anew below (which reports what is wrong)
    }
  }
  const { bytes, json } = await getHead();
  const paged = isPagedHead(json);
  const keys = paged ? json.pages.map((p) => p.key) : [];
  const [documents, list] = await Promise.all([paged ? getBytes(DOCUMENTS_PATH) : null, Promise.all(keys.map(getPage))]);
  const request: IndexBytes = { head: bytes, pages: list, documents };
  let decoded: unknown;
  try {
    decoded = await (decodeInWorker(request) ?? decodeHere(request));
  } catch {
    // a worker that cannot start (or a JSON error it met): the same work here, which reports a real JSON error
    decoded = await decodeHere(request);
  }
  const problem = checkIndex(decoded);
  if (problem) throw new Error(`index.json is not a Parley index: ${problem}`);
  return decoded as DataIndex;
}

export interface FirstView {
  /** events in the whole index */
  total: number;
  /** the window the timeline opens on (when the URL names none) */
  window: { start: string; end: string };
  index: DataIndex;
  /** the network of every event, from the head (null: the head has none) */
  network: NetworkSummary | null;
}

/**
 * The part of the paged index the page opens on (lib/data/early.ts firstPages: the default view's
 * window, or a selected event's month), decoded here at once (a few thousand events); null when the
 * view needs the whole index, the index is not paged, or a page cannot be read.
 */
export async function fetchFirstView(search: string): Promise<FirstView | null> {
  try {
    const { json } = await getHead();
    if (!isPagedHead(json)) return noFirstView();
    const keys = firstPages(json, search);
    if (!keys || !keys.length) return noFirstView();
    // each page parsed and decoded in a task of its own (a month: a few thousand events); the default view
    // decodes only the events of its window ± PAD_DAYS (the pages are whole months: twice as many at 10,000 documents)
    const bytes = keys.map(getPage);
    const event = new URLSearchParams(search).get('event');
    const days = !event && json.first ? firstDays(json.first.window) : undefined;
    const parts: DecodedPage[] = [];
    for (const b of bytes) {
      parts.push(decodePageEvents(json, parse(await b) as PageWire, days));
      await tick();
    }
    const index = partialOf(json, parts);
    if (event && !index.events.some((e) => e.id === event)) return noFirstView();
    const network = json.network ? decodeNetworkSummary(json.network, json.actors) : null;
    return { total: json.total, window: json.first?.window ?? pageWindow(json, keys), index, network };
  } catch {
    return noFirstView();
  }
}

/** No first view: the whole index is what the page waits for, held back no longer. */
function noFirstView(): null {
  releaseWhole();
  return null;
}

function pageWindow(h: PagedHead, keys: string[]): { start: string; end: string } {
  const spans = h.pages.filter((p) => keys.includes(p.key) && p.from && p.to);
  return { start: spans.map((p) => p.from!).sort()[0], end: spans.map((p) => p.to!).sort().reverse()[0] };
}

export async function fetchVersion(): Promise<string | null> {
  try {
    const v = await getJson<{ hash?: unknown }>('version.json');
    return typeof v.hash === 'string' ? v.hash : null;
  } catch {
    return null;
  }
}

const chunks = new Map<number, Promise<EventChunk>>();
/** chunks already arrived: a selection of an event prefetched on hover renders its quotes at once */
const arrived = new Map<number, EventChunk>();
const documents = new Map<string, Promise<DocumentFile>>();

/** Forget what was fetched (the compiler wrote new files). */
export function clearLoaded(): void {
  head = null;
  pages.clear();
  chunks.clear();
  chunkBytes.clear();
  arrived.clear();
  documents.clear();
}

function once<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let p = cache.get(key);
  if (!p) {
    p = load();
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

/** The quote files' bytes, each fetched once (parsed by loadChunk). */
const chunkBytes = new Map<number, Promise<ArrayBuffer>>();
/** The files fetched ahead (prefetchChunk) still on their way, with their fetches' controllers. */
const ahead = new Map<number, AbortController>();
/** Once the page is idle (no requestIdleCallback in Safari: a task of its own there). */
const idle = (f: () => void) => (self.requestIdleCallback ?? setTimeout)(f);

const parsed = (n: number): Promise<EventChunk> =>
  once(chunks, n, () =>
    once(chunkBytes, n, () => getBytes(chunkPath(n))).then((b) => {
      const c = parse(b) as EventChunk;
      arrived.set(n, c);
      return c;
    }),
  );

/**
 * A quote file, parsed. A file asked for first (a tap whose file is not in yet) comes before the files fetched ahead
 * still on their way: those are dropped, fetched again once it is here — each one's body is a task on the main thread
 * (~15–20 ms on a phone, CPU ×4, bench:browser --mobile --profile-held), and the tap's quote waited for all of them.
 */
export function loadChunk(n: number): Promise<EventChunk> {
  const later: number[] = [];
  if (!chunks.has(n))
    for (const [m, c] of ahead) {
      ahead.delete(m);
      if (m === n) continue;
      c.abort();
      chunkBytes.delete(m);
      later.push(m);
    }
  const p = parsed(n);
  if (later.length) p.finally(() => idle(() => later.forEach(prefetchChunk))).catch(() => undefined);
  return p;
}

/**
 * A quote file fetched ahead (the events a view draws): its bytes now, parsed once the page is idle — or at once
 * when an event of it is asked for (loadChunk). A tap on a row whose file is on its way then waits for that file's
 * parse alone, not for every file fetched ahead that arrives with it (four at 10,000 documents: ~40 ms on a phone).
 */
export function prefetchChunk(n: number): void {
  once(chunkBytes, n, () => {
    const c = new AbortController();
    ahead.set(n, c);
    return takeEarly(chunkPath(n)) ?? fetchBytes(chunkPath(n), c.signal);
  }).then(
    () => {
      ahead.delete(n);
      idle(() => parsed(n).catch(() => undefined));
    },
    () => undefined,
  );
}

export function loadDocumentFile(id: string): Promise<DocumentFile> {
  return once(documents, id, () => getJson<DocumentFile>(documentPath(id)));
}

/** The whole event (with its quotes). */
export async function loadEvent(e: IndexEvent): Promise<DatasetEvent> {
  const chunk = await loadChunk(e.chunk);
  const detail = chunk[e.id];
  if (!detail) throw new Error(`event ${e.id} is missing from ${chunkPath(e.chunk)}`);
  return fullEvent(e, detail);
}

/** The whole event if its chunk has already arrived, else null (no fetch). */
export function peekEvent(e: IndexEvent): DatasetEvent | null {
  const detail = arrived.get(e.chunk)?.[e.id];
  return detail ? fullEvent(e, detail) : null;
}

/** The whole document (with its text). */
export async function loadDocument(d: IndexDocument): Promise<DatasetDocument> {
  const file = await loadDocumentFile(d.id);
  return { ...d, text: file.text, kept: file.kept };
}
