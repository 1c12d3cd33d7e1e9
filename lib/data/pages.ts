/**
 * The explorer's index in pages (issue 8: the index a view needs ≤ 1 MB at 10,000 documents):
 *   index.json            the head: the documents' ids, actors, network positions, the confidence table, the
 *                         links (rebuilt from the events, editors' corrections as a patch), and the list
 *                         of pages with the days each spans; also the window the timeline opens on when
 *                         the URL names none and the pages that window needs (`first`), and the network of
 *                         every event's most active actors and their links (`network`: drawn before the pages);
 *   index/<key>.json      one page: the events dated in one month (`2024-03`), or in one year for
 *                         events dated to a year only (`2024`), or undated (`undated`), as event columns
 *                         in the codec of lib/data/codec.ts, with their positions in the whole index;
 *   index/documents.json  the documents' titles, outlets, links, dates and kinds (DOCUMENTS_PATH): two thirds of
 *                         the head's bytes before, and nothing the first draw needs (the detail panel's sources);
 *                         fetched with the other pages after the first view's, read with the whole index.
 * The whole index is the head plus every page (decodePaged: the same DataIndex as decodeIndex of the
 * single-file index). A view of a stretch of time needs the head plus the pages that meet it
 * (pagesMeeting, decodePartial): the first view, drawn while the rest loads; it has no documents yet
 * (its `documents` is empty: the detail panel says their sources are loading). Written by
 * lib/data/pages-encode.ts (encodePaged). Pure; no zod.
 */
import type { DataIndex, IndexEvent } from '../schema';
import { dateSpan } from '../format';
import { DOCUMENTS_PATH, PAGED_FORMAT, pageKeyOf, pagePath } from './page-path';

export { pageKeyOf };

export { DOCUMENTS_PATH, PAGED_FORMAT, pagePath };
import { decodeDocuments, decodeEdges, decodeEvents, decodePositions, decodeRefs, type EventColumns, type IndexWire } from './codec';
import type { NetworkSummaryWire } from '../adapters/network-summary';

export const PAGE_FORMAT = 'parley-index-page-1';
export const DOCUMENTS_FORMAT = 'parley-index-documents-1';

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
  /** the documents' ids in publication order (events refer to documents by this rank); the rest is in DOCUMENTS_PATH */
  documents: { id: string[] };
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
  /** the network of every event, its most active actors and their links (lib/adapters/network-summary.ts): drawn before the pages arrive */
  network?: NetworkSummaryWire | null;
}

/** The documents' columns apart from their ids (DOCUMENTS_PATH), in the head's order (publication order). */
export interface DocumentsWire extends Omit<IndexWire['documents'], 'id'> {
  format: typeof DOCUMENTS_FORMAT;
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



const DAY = 86400000;

/** The days an event's date covers, [first, last] in ms (day starts), or null when it is undated or unreadable. */
export function daysOf(e: Pick<IndexEvent, 'date' | 'week'>): [number, number] | null {
  const d = e.date;
  if (!d || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d)) return null;
  // the partial date's span (lib/format.ts), [first day, day after the last)
  const span = dateSpan(d);
  let lo = Date.parse(`${span.start}T00:00:00Z`);
  let hi = Date.parse(`${span.end}T00:00:00Z`) - DAY;
  if (e.week) {
    lo = Math.min(lo, Date.parse(`${e.week.from}T00:00:00Z`));
    hi = Math.max(hi, Date.parse(`${e.week.to}T00:00:00Z`));
  }
  return Number.isNaN(lo) || Number.isNaN(hi) ? null : [lo, hi];
}

/** The days the first view holds: the window the timeline opens on ± PAD_DAYS (ISO days, inclusive). */
export function firstDays(window: { start: string; end: string }): [string, string] {
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);
  return [iso(day(window.start) - PAD_DAYS * DAY), iso(day(window.end) + PAD_DAYS * DAY)];
}

/** The pages meeting the days [from, to] (ISO days, inclusive). */
export function pagesMeeting(head: Pick<PagedHead, 'pages'>, from: string, to: string): string[] {
  return head.pages.filter((p) => p.from !== null && p.to !== null && p.from <= to && p.to >= from).map((p) => p.key);
}

export function isPagedHead(json: unknown): json is PagedHead {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === PAGED_FORMAT;
}

export function isDocumentsWire(json: unknown): json is DocumentsWire {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === DOCUMENTS_FORMAT;
}

export function isPageWire(json: unknown): json is PageWire {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === PAGE_FORMAT;
}

function positionsOfRuns(runs: [number, number][]): number[] {
  const out: number[] = [];
  for (const [start, n] of runs) for (let k = 0; k < n; k++) out.push(start + k);
  return out;
}

export interface DecodedPage {
  /** the events' positions in the whole index */
  at: number[];
  events: IndexEvent[];
}

/**
 * One page's events, with their positions in the whole index (a task per page); with `days` ([from, to], ISO
 * days, inclusive) only the events whose dates meet those days (the first view's: its window ± PAD_DAYS).
 */
export function decodePageEvents(head: PagedHead, page: PageWire, days?: [string, string]): DecodedPage {
  checkPages(head, [page]);
  return decodePage(head, page, decodeRefs(head.actors, head.documents.id, head.confidences), days);
}

function decodePage(head: PagedHead, page: PageWire, refs: ReturnType<typeof decodeRefs>, days?: [string, string]): DecodedPage {
  const all = positionsOfRuns(page.at);
  const chunk = page.chunk;
  const chunkOf = (i: number) => (chunk ? chunk[i] : Math.floor(all[i] / head.chunkSize));
  if (!days) return { at: all, events: decodeEvents(page.events, refs, chunkOf) };
  const lo = Date.parse(`${days[0]}T00:00:00Z`);
  const hi = Date.parse(`${days[1]}T00:00:00Z`);
  const { date, week } = page.events;
  const at: number[] = [];
  // a month's thousands of events share a few dozen dates: each date's days read once (daysOf parses and
  // formats dates: it was the first view's costliest step after the decode itself, ~15,000 calls at 10,000 documents)
  const spans = new Map<string | null, [number, number] | null>();
  const meets = (i: number) => {
    const w = week[i];
    let d = w ? daysOf({ date: date[i], week: { from: w[0], to: w[1] } }) : spans.get(date[i]);
    if (d === undefined) spans.set(date[i], (d = daysOf({ date: date[i], week: null })));
    if (!d || d[1] < lo || d[0] > hi) return false;
    at.push(all[i]);
    return true;
  };
  return { at, events: decodeEvents(page.events, refs, chunkOf, meets) };
}

function checkPages(head: PagedHead, pages: PageWire[]): void {
  const known = new Set(head.pages.map((p) => p.key));
  for (const p of pages) if (!isPageWire(p) || !known.has(p.key)) throw new Error(`not a page of this index: ${isPageWire(p) ? p.key : 'unknown format'}`);
}

/** The whole index: the head, every one of its pages (any order) and its documents' file. */
export function decodePaged(head: PagedHead, pages: PageWire[], documents: DocumentsWire): DataIndex {
  checkPages(head, pages);
  if (!isDocumentsWire(documents) || documents.order.length !== head.documents.id.length) throw new Error(`${DOCUMENTS_PATH} is not the documents' file of this index`);
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
    documents: decodeDocuments({ ...documents, id: head.documents.id }),
    actors: head.actors,
    events,
    edges: decodeEdges(head.edges, events, head.actors, refs.actor),
    positions: decodePositions(head.positions, head.actors),
  };
}

/**
 * Part of the index: the head with some of its pages — their events (in index order; with `days`, those meeting
 * them: decodePageEvents), every actor and
 * the network's positions, no documents (their file is read with the whole index) and no links (the whole index's links are drawn from its events:
 * until they arrive the network is drawn from the head's summary, `network`).
 */
export function decodePartial(head: PagedHead, pages: PageWire[], days?: [string, string]): DataIndex {
  checkPages(head, pages);
  const refs = decodeRefs(head.actors, head.documents.id, head.confidences);
  return partialOf(head, pages.map((p) => decodePage(head, p, refs, days)));
}

/** decodePartial of pages already decoded (decodePageEvents). */
export function partialOf(head: PagedHead, decoded: DecodedPage[]): DataIndex {
  const placed: [number, IndexEvent][] = [];
  for (const { at, events } of decoded) events.forEach((e, i) => placed.push([at[i], e]));
  placed.sort((a, b) => a[0] - b[0]);
  return {
    schemaVersion: 1,
    documents: [],
    actors: head.actors,
    events: placed.map(([, e]) => e),
    edges: [],
    positions: decodePositions(head.positions, head.actors),
  };
}
