/**
 * The explorer's data in the browser: the index (first view), then the event
 * chunks and document files fetched on demand, each at most once (until the
 * data changes: clearLoaded). No zod here: the files come from our compiler.
 */
import type { DataIndex, DatasetDocument, DatasetEvent, DocumentFile, EventChunk, IndexDocument, IndexEvent } from '../schema';
import { chunkPath, documentPath, fullEvent } from './split';
import { decodeIndex, isIndexWire } from './codec';
import { dataUrl, takeEarly } from './early';
import type { IndexWorkerReply } from './index-worker';
import { decodeFirstView, type FirstView } from './first-view';

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

/** A data file's response (the early fetch's when the page started it), or an error that says what to run. */
async function getData(path: string): Promise<Response> {
  const res = await (takeEarly(path) ?? fetch(dataUrl(path), { cache: 'no-store' }));
  if (!res.ok) throw new Error(`could not load ${dataUrl(path)} (HTTP ${res.status}); run “npm run compile”`);
  return res;
}

async function getJson<T>(path: string): Promise<T> {
  return (await (await getData(path)).json()) as T;
}

/**
 * index.json's bytes → the decoded index, in a Web Worker (lib/data/index-worker.ts); null where workers
 * are missing or fail. The worker sends the index in parts (its big lists in slices): each part is
 * received — copied onto this thread — in a task of its own, never the whole index in one.
 */
function decodeInWorker(bytes: ArrayBuffer): Promise<unknown> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise<unknown>((resolve, reject) => {
    const lists: Record<string, unknown[]> = {};
    worker.onmessage = (e: MessageEvent<IndexWorkerReply>) => {
      const r = e.data;
      if (r.ok && 'slice' in r) {
        const list = (lists[r.key] ??= []);
        for (const x of r.slice) list.push(x);
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
    worker.postMessage(bytes);
  });
}

/** On this thread: parse, yield, decode (two tasks, not one long one). */
async function decodeHere(bytes: ArrayBuffer): Promise<unknown> {
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  await new Promise((r) => setTimeout(r, 0));
  return isIndexWire(raw) ? decodeIndex(raw) : raw;
}

export async function fetchIndex(): Promise<DataIndex> {
  const bytes = await (await getData('index.json')).arrayBuffer();
  let json: unknown;
  try {
    json = await (decodeInWorker(bytes) ?? decodeHere(bytes));
  } catch {
    // a worker that cannot start (or a JSON error it met): the same work here, which reports a real JSON error
    json = await decodeHere(bytes);
  }
  const problem = checkIndex(json);
  if (problem) throw new Error(`index.json is not a Parley index: ${problem}`);
  return json as DataIndex;
}

/**
 * first.json (lib/data/first-view.ts): the events around the window the timeline opens on, small
 * enough to decode here at once; null when the compiler wrote none or it cannot be read.
 */
export async function fetchFirstView(): Promise<FirstView | null> {
  try {
    const view = decodeFirstView(await getJson<unknown>('first.json'));
    return view && !checkIndex(view.index) ? view : null;
  } catch {
    return null;
  }
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
  chunks.clear();
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

export function loadChunk(n: number): Promise<EventChunk> {
  return once(chunks, n, () =>
    getJson<EventChunk>(chunkPath(n)).then((c) => {
      arrived.set(n, c);
      return c;
    }),
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
