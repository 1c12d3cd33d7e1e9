/**
 * The explorer's index in pages (issue 8: the index a view needs ≤ 1 MB at 10,000 documents):
 *   index.json            the head: documents, actors, network positions, the confidence table, the
 *                         links (rebuilt from the events, editors' corrections as a patch), and the list
 *                         of pages with the days each spans; also the window the timeline opens on when
 *                         the URL names none and the pages that window needs (`first`);
 *   index/<key>.json      one page: the events dated in one month (`2024-03`), or in one year for
 *                         events dated to a year only (`2024`), or undated (`undated`), as event columns
 *                         in the codec of lib/data/codec.ts, with their positions in the whole index.
 * The whole index is the head plus every page (decodePaged: the same DataIndex as decodeIndex of the
 * single-file index). A view of a stretch of time needs the head plus the pages that meet it
 * (pagesMeeting, decodePartial): the first view, drawn while the rest loads. Pure; no zod.
 */
import type { DataIndex, IndexEvent } from '../schema';
import { dayMs, eventsInWindow, initialWindowOf, timelineModel } from '../adapters/timeline';
import { CHUNK } from './chunk';
import { PAGED_FORMAT, pagePath } from './page-path';

export { PAGED_FORMAT, pagePath };
import {
  decodeDocuments,
  decodeIndex,
  decodeEdges,
  decodeEvents,
  decodePositions,
  decodeRefs,
  documentsWire,
  edgesWire,
  encodeEvents,
  encodeRefs,
  isIndexWire,
  type EventColumns,
  type IndexWire,
} from './codec';

export const PAGE_FORMAT = 'parley-index-page-1';
const DAY = 86400000;
/** Days of events kept on each side of the initial window in the first view: room to pan a little. */
export const PAD_DAYS = 10;

export interface PageInfo {
  key: string;
  /** the days its events span (inclusive); null for the undated page */
  from: string | null;
  to: string | null;
  /** events in it */
  count: number;
}

export interface PagedHead {
  schemaVersion: 1;
  format: typeof PAGED_FORMAT;
  documents: IndexWire['documents'];
  actors: IndexWire['actors'];
  confidences: number[];
  chunkSize: number;
  /** events in the whole index */
  total: number;
  pages: PageInfo[];
  /** the window the timeline opens on when the URL names none, and the keys of the pages it needs (± PAD_DAYS); null: no first view */
  first: { window: { start: string; end: string }; pages: string[] } | null;
  edges: IndexWire['edges'];
  positions: IndexWire['positions'];
}

export interface PageWire {
  format: typeof PAGE_FORMAT;
  key: string;
  /** the events' positions in the whole index, as runs [start, length] */
  at: [number, number][];
  /** null: each event's chunk is Math.floor(position / chunkSize) */
  chunk: number[] | null;
  events: EventColumns;
}

/** The page an event belongs to: its month, its year when dated to a year only, else 'undated'. */
export function pageKeyOf(date: string | null): string {
  if (!date) return 'undated';
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : date.slice(0, 4);
}


const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days an event's date covers, [first, last] in ms (day starts), or null when it is undated or unreadable. */
function daysOf(e: Pick<IndexEvent, 'date' | 'week'>): [number, number] | null {
  const d = e.date;
  if (!d) return null;
  let lo: number;
  let hi: number;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) lo = hi = Date.parse(`${d}T00:00:00Z`);
  else if (/^\d{4}-\d{2}$/.test(d)) {
    lo = Date.parse(`${d}-01T00:00:00Z`);
    const [y, m] = d.split('-').map(Number);
    hi = Date.UTC(y, m, 1) - DAY;
  } else if (/^\d{4}$/.test(d)) {
    lo = Date.parse(`${d}-01-01T00:00:00Z`);
    hi = Date.parse(`${d}-12-31T00:00:00Z`);
  } else return null;
  if (e.week) {
    lo = Math.min(lo, Date.parse(`${e.week.from}T00:00:00Z`));
    hi = Math.max(hi, Date.parse(`${e.week.to}T00:00:00Z`));
  }
  return Number.isNaN(lo) || Number.isNaN(hi) ? null : [lo, hi];
}

function runsOf(positions: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === p) last[1]++;
    else runs.push([p, 1]);
  }
  return runs;
}

function positionsOfRuns(runs: [number, number][]): number[] {
  const out: number[] = [];
  for (const [start, n] of runs) for (let k = 0; k < n; k++) out.push(start + k);
  return out;
}

/** The pages meeting the days [from, to] (ISO days, inclusive). */
export function pagesMeeting(head: Pick<PagedHead, 'pages'>, from: string, to: string): string[] {
  return head.pages.filter((p) => p.from !== null && p.to !== null && p.from <= to && p.to >= from).map((p) => p.key);
}

/** The window the timeline opens on and the pages it needs, or null when those hold more than half the events. */
function firstOf(index: DataIndex, pages: PageInfo[]): PagedHead['first'] {
  const model = timelineModel(index.events);
  const window = initialWindowOf(model);
  if (!window) return null;
  const pad = PAD_DAYS * DAY;
  const from = iso(dayMs(window.start) - pad);
  const to = iso(dayMs(window.end) + pad);
  const keys = pagesMeeting({ pages }, from, to);
  // the events the first view must show are all in those pages (they meet the window ± PAD_DAYS)
  const needed = eventsInWindow(model, dayMs(from), dayMs(to) + DAY);
  const inPages = new Set(keys);
  if (needed.some((e) => !inPages.has(pageKeyOf(e.date)))) return null;
  const count = pages.filter((p) => inPages.has(p.key)).reduce((n, p) => n + p.count, 0);
  return count * 2 > index.events.length ? null : { window, pages: keys };
}

/** The index → its head and its pages (by key, in key order). Deterministic. */
export function encodePaged(index: DataIndex): { head: PagedHead; pages: Map<string, PageWire> } {
  const { refs, confidences, docOrder } = encodeRefs(index);
  const byKey = new Map<string, number[]>();
  index.events.forEach((e, i) => {
    const key = pageKeyOf(e.date);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const keys = [...byKey.keys()].sort();
  const pages = new Map<string, PageWire>();
  const infos: PageInfo[] = [];
  for (const key of keys) {
    const at = byKey.get(key)!;
    const events = at.map((i) => index.events[i]);
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of events) {
      const d = daysOf(e);
      if (!d) continue;
      if (d[0] < lo) lo = d[0];
      if (d[1] > hi) hi = d[1];
    }
    const dated = lo !== Infinity;
    infos.push({ key, from: dated ? iso(lo) : null, to: dated ? iso(hi) : null, count: events.length });
    const chunked = at.every((p) => index.events[p].chunk === Math.floor(p / CHUNK));
    pages.set(key, { format: PAGE_FORMAT, key, at: runsOf(at), chunk: chunked ? null : events.map((e) => e.chunk), events: encodeEvents(events, refs) });
  }
  const head: PagedHead = {
    schemaVersion: 1,
    format: PAGED_FORMAT,
    documents: documentsWire(index.documents, docOrder),
    actors: index.actors,
    confidences,
    chunkSize: CHUNK,
    total: index.events.length,
    pages: infos,
    first: firstOf(index, infos),
    edges: edgesWire(index),
    positions: index.actors.map((a) => index.positions[a.id] ?? 0),
  };
  return { head, pages };
}

export function isPagedHead(json: unknown): json is PagedHead {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === PAGED_FORMAT;
}

export function isPageWire(json: unknown): json is PageWire {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === PAGE_FORMAT;
}

export interface DecodedPage {
  /** the events' positions in the whole index */
  at: number[];
  events: IndexEvent[];
}

/** One page's events, with their positions in the whole index (a task per page: decodePartialPages). */
export function decodePageEvents(head: PagedHead, page: PageWire): DecodedPage {
  checkPages(head, [page]);
  return decodePage(head, page, decodeRefs(head.actors, head.documents.id, head.confidences));
}

function decodePage(head: PagedHead, page: PageWire, refs: ReturnType<typeof decodeRefs>): DecodedPage {
  const at = positionsOfRuns(page.at);
  const chunk = page.chunk;
  return { at, events: decodeEvents(page.events, refs, (i) => (chunk ? chunk[i] : Math.floor(at[i] / head.chunkSize))) };
}

function checkPages(head: PagedHead, pages: PageWire[]): void {
  const known = new Set(head.pages.map((p) => p.key));
  for (const p of pages) if (!isPageWire(p) || !known.has(p.key)) throw new Error(`not a page of this index: ${isPageWire(p) ? p.key : 'unknown format'}`);
}

/** The whole index: the head and every one of its pages (any order). */
export function decodePaged(head: PagedHead, pages: PageWire[]): DataIndex {
  checkPages(head, pages);
  const have = new Set(pages.map((p) => p.key));
  const missing = head.pages.filter((p) => !have.has(p.key)).map((p) => p.key);
  if (missing.length) throw new Error(`index pages missing: ${missing.join(', ')}`);
  const refs = decodeRefs(head.actors, head.documents.id, head.confidences);
  const events = new Array<IndexEvent>(head.total);
  for (const page of pages) {
    const { at, events: list } = decodePage(head, page, refs);
    list.forEach((e, i) => (events[at[i]] = e));
  }
  for (let i = 0; i < events.length; i++) if (!events[i]) throw new Error(`index event ${i} is in no page`);
  return {
    schemaVersion: 1,
    documents: decodeDocuments(head.documents),
    actors: head.actors,
    events,
    edges: decodeEdges(head.edges, events, head.actors, refs.actor),
    positions: decodePositions(head.positions, head.actors),
  };
}

/**
 * Part of the index: the head with some of its pages — their events (in index order), every document
 * and actor, no links and no positions (the network is drawn from the whole index's links: a network
 * of some events alone would not be the same network).
 */
export function decodePartial(head: PagedHead, pages: PageWire[]): DataIndex {
  checkPages(head, pages);
  const refs = decodeRefs(head.actors, head.documents.id, head.confidences);
  return partialOf(head, pages.map((p) => decodePage(head, p, refs)));
}

/** decodePartial of pages already decoded (decodePageEvents). */
export function partialOf(head: PagedHead, decoded: DecodedPage[]): DataIndex {
  const placed: [number, IndexEvent][] = [];
  for (const { at, events } of decoded) events.forEach((e, i) => placed.push([at[i], e]));
  placed.sort((a, b) => a[0] - b[0]);
  return { schemaVersion: 1, documents: decodeDocuments(head.documents), actors: head.actors, events: placed.map(([, e]) => e), edges: [], positions: {} };
}

/** The whole index from its files (`read(path)` gives a data file's text): the paged head and its pages, or a single-file index. */
export function readIndex(read: (path: string) => string): DataIndex {
  const raw = JSON.parse(read('index.json')) as unknown;
  if (isPagedHead(raw)) return decodePaged(raw, raw.pages.map((p) => JSON.parse(read(pagePath(p.key))) as PageWire));
  return isIndexWire(raw) ? decodeIndex(raw) : (raw as DataIndex);
}
