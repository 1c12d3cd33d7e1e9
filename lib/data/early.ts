/**
 * The first fetches of the explorer, started as soon as the page's first script
 * runs — while the explorer's own code is still downloading — and handed to
 * the code that reads them (lib/data/client.ts) once. Tiny on purpose: it sits
 * in the page's first load.
 */
import { DOCUMENTS_PATH, PAGED_FORMAT, pageKeyOf, pagePath } from './page-path';
import type { IndexWorkerRequest } from './index-worker';
import { fetchDataBytes } from './fetch-bytes';
import { FIRST_GLOBAL, HEAD_GLOBAL, type InlineFirst } from './head-script';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const started = new Map<string, Promise<ArrayBuffer>>();

export function dataUrl(path: string): string {
  return `${BASE}/data/${path}`;
}

/** A data file's bytes, or an error that says what to run. */
export function fetchBytes(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return fetchDataBytes(dataUrl(path), signal);
}

/** What the page's inline script (lib/data/head-script.ts) started under `name`, once, else null. */
function takeInline<T>(name: string): Promise<T> | null {
  const w = window as unknown as Record<string, Promise<T> | undefined>;
  const p = w[name] ?? null;
  delete w[name];
  return p;
}
const takeInlineHead = () => takeInline<ArrayBuffer>(HEAD_GLOBAL);

/** Start fetching /data/<path> now (once). */
export function fetchEarly(path: string): void {
  if (typeof window === 'undefined' || started.has(path)) return;
  const p = (path === 'index.json' ? takeInlineHead() : null) ?? fetchBytes(path);
  p.catch(() => undefined);
  started.set(path, p);
}

/** The bytes started early for /data/<path>, once (later reads fetch anew), else null. */
export function takeEarly(path: string): Promise<ArrayBuffer> | null {
  const p = started.get(path) ?? null;
  started.delete(path);
  return p;
}

let head: Promise<unknown> | null = null;

/** index.json (the paged index's head) parsed, as fetched by startIndex (once), else null. */
export function takeEarlyHead(): Promise<unknown> | null {
  const h = head;
  head = null;
  return h;
}

/** The longest the whole index waits for releaseWhole (a first view that never says it is drawn). */
export const HOLD_MAX_MS = 5000;
let gate: Promise<void> = Promise.resolve();
let release: (() => void) | null = null;

/**
 * Let the whole index's files be fetched (held by startIndex's `holdWhole` until the first view is drawn): the
 * explorer calls it once its first view's timeline and network are on screen. Idempotent.
 */
export function releaseWhole(): void {
  const r = release;
  release = null;
  r?.();
}

/** Resolves once the whole index may be fetched (at once unless startIndex holds it). */
export function wholeGate(): Promise<void> {
  return gate;
}

/**
 * Start fetching the index: its head (index.json), and once it is here the pages the page opens on
 * (the default view's window, or a selected event's month: firstPages), before the explorer's code runs.
 * With `holdWhole` (the page opens on the charts, drawn from those pages), the rest of the index — every
 * other page and the documents' file, megabytes at 10,000 documents — waits for releaseWhole (or HOLD_MAX_MS):
 * fetched at once, it competed with the explorer's code and the charts' libraries for the network, and its
 * responses for the main thread, while the first view was being drawn.
 */
export function startIndex(search: string, holdWhole = false): void {
  if (typeof window === 'undefined' || head) return;
  if (holdWhole) {
    gate = new Promise((r) => {
      release = r;
      setTimeout(releaseWhole, HOLD_MAX_MS);
    });
  }
  // the default view: the inline script parsed the head and started its first pages already
  const inline = search ? null : takeInline<InlineFirst>(FIRST_GLOBAL);
  fetchEarly('index.json');
  const bytes = started.get('index.json')!;
  head = bytes.then(async (b) => {
    const pre = inline ? await inline.catch(() => null) : null;
    const json = pre ? pre.json : (JSON.parse(new TextDecoder().decode(b)) as unknown);
    for (const [key, p] of Object.entries(pre?.pages ?? {})) if (!started.has(pagePath(key))) started.set(pagePath(key), p);
    const first = (firstPages(json, search) ?? []).map(pagePath);
    // no first view: nothing to wait for
    if (!first.length) releaseWhole();
    for (const path of first) fetchEarly(path);
    // kept here too: lib/data/client.ts takes them for the first view, the worker needs them as well
    const firstBytes = new Map(first.map((path) => [path, started.get(path)!]));
    const h = json as HeadLike;
    if (h && h.format === PAGED_FORMAT && h.pages) {
      const keys = h.pages.map((p) => p.key);
      // the rest once the first view's pages are here (they come first)
      const go = () => startWhole(b, keys, firstBytes);
      Promise.all(firstBytes.values()).then(go, go);
    }
    return json;
  });
  // (a head that fails: the explorer reports it; nothing to hold back)
  head.catch(() => releaseWhole());
}

/** A new index worker (lib/data/index-worker.ts), or null where workers cannot start. The one place that names it: one worker bundle. */
export function indexWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

let whole: Worker | null = null;
let asked = false;
/**
 * The whole paged index decoded in a Web Worker (lib/data/index-worker.ts) started once the first view's pages
 * have arrived, while the explorer's code still downloads. Once the gate opens it fetches every other page and the
 * documents' file itself (~40 fetch() calls: 143 ms in one task on a phone's main thread, CPU ×4) and decodes the
 * whole index, which it keeps until lib/data/client.ts asks for it (takeEarlyWorker), so no reply lands on this
 * thread before then.
 */
function startWhole(headBytes: ArrayBuffer, keys: string[], have: Map<string, Promise<ArrayBuffer>>): void {
  // the explorer asked for the index before: it fetches and decodes it itself
  if (typeof Worker === 'undefined' || asked) return;
  whole = indexWorker();
  if (!whole) return;
  const worker = whole;
  // (the worker exists from now on, so that lib/data/client.ts takes it; the files wait for the gate)
  void gate.then(() =>
    Promise.all(keys.map((key) => have.get(pagePath(key)) ?? absolute(pagePath(key)))).then(
      (pages) => worker.postMessage({ head: headBytes, pages, documents: absolute(DOCUMENTS_PATH), hold: true } satisfies IndexWorkerRequest),
      // a file failed: the worker answers with an error, and lib/data/client.ts fetches anew and reports it
      () => worker.postMessage({ head: headBytes, pages: [], documents: null, hold: true } satisfies IndexWorkerRequest),
    ),
  );
}

/** A data file's URL for the worker (whose own URL is the script's). */
const absolute = (path: string) => new URL(dataUrl(path), location.href).href;

/** Forget every early fetch not taken (the whole index arrived: nothing else reads them). */
export function forgetEarly(): void {
  started.clear();
}

/** The worker decoding the whole index since the page's first script (startIndex), once, else null. */
export function takeEarlyWorker(): Worker | null {
  asked = true;
  const w = whole;
  whole = null;
  return w;
}

interface HeadLike {
  format?: unknown;
  pages?: { key: string; from: string | null; to: string | null }[];
  first?: { pages: string[] } | null;
}

/** The date in an event id the compiler made (`type-<date>-…`): a day, a month, a year, or 'undated'. */
function dateInId(id: string): string | null {
  const m = /^[a-z_]+-(\d{4}(?:-\d{2}(?:-\d{2})?)?|undated)(?:-|$)/.exec(id);
  return m ? m[1] : null;
}

/**
 * The pages of the paged index a view at this query string can be drawn from before the rest
 * arrives, or null when it needs the whole index: the default view (no selection, window or filter:
 * only the pane, the network's slice) → the pages of the window it opens on; a selected event (and
 * nothing else) → the page of the month its id names.
 */
export function firstPages(headJson: unknown, search: string): string[] | null {
  const h = headJson as HeadLike | null;
  if (!h || h.format !== PAGED_FORMAT || !h.pages) return null;
  if (!opensOnFirstView(search)) return null;
  const event = new URLSearchParams(search).get('event');
  if (!event) return h.first ? h.first.pages : null;
  const date = dateInId(event);
  if (!date) return null;
  const key = pageKeyOf(date === 'undated' ? null : date);
  return h.pages.some((p) => p.key === key) ? [key] : null;
}

/**
 * Whether the explorer may open on part of the index at this query string, drawn while the rest loads:
 * the default view (no selection, window or filter: only the pane, the network's slice, a phone's timeline drawn as
 * the chart — `chart=1`: without it here a phone's chart waited for the whole index, 5 s at 10,000 documents at
 * CPU ×4), or one selected event and nothing else (firstPages says which pages, once the head is here).
 */
export function opensOnFirstView(search: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (!FIRST_VIEW_KEYS.has(key)) return false;
  return true;
}
const FIRST_VIEW_KEYS = new Set(['pane', 'slice', 'follow', 'event', 'chart']);
