/**
 * The paged index written at compile time (lib/data/split.ts): the index → its head and its pages
 * (lib/data/pages.ts describes them and decodes them in the browser). Pure; kept apart from the
 * decoding side so that the explorer's code does not carry it.
 */
import type { DataIndex } from '../schema';
import { dayMs, eventsInWindow, initialWindowOf, timelineModel } from '../adapters/timeline';
import { networkSummary } from '../adapters/network-summary';
import { CHUNK } from './chunk';
import { documentsWire, edgesWire, encodeEvents, encodeRefs } from './codec';
import { daysOf, DOCUMENTS_FORMAT, firstDays, PAGE_FORMAT, PAGED_FORMAT, type DocumentsWire, pageKeyOf, pagesMeeting, type PageInfo, type PagedHead, type PageWire } from './pages';

const DAY = 86400000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function runsOf(positions: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === p) last[1]++;
    else runs.push([p, 1]);
  }
  return runs;
}


/** The window the timeline opens on and the pages it needs, or null when those hold more than half the events. */
function firstOf(index: DataIndex, pages: PageInfo[]): PagedHead['first'] {
  const model = timelineModel(index.events);
  const window = initialWindowOf(model);
  if (!window) return null;
  const [from, to] = firstDays(window);
  const keys = pagesMeeting({ pages }, from, to);
  // the events the first view must show are all in those pages (they meet the window ± PAD_DAYS)
  const needed = eventsInWindow(model, dayMs(from), dayMs(to) + DAY);
  const inPages = new Set(keys);
  if (needed.some((e) => !inPages.has(pageKeyOf(e.date)))) return null;
  const count = pages.filter((p) => inPages.has(p.key)).reduce((n, p) => n + p.count, 0);
  return count * 2 > index.events.length ? null : { window, pages: keys };
}

/** The index → its head, its pages (by key, in key order) and its documents' file. Deterministic. */
export function encodePaged(index: DataIndex): { head: PagedHead; pages: Map<string, PageWire>; documents: DocumentsWire } {
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
  const { id, ...columns } = documentsWire(index.documents, docOrder);
  const head: PagedHead = {
    schemaVersion: 1,
    format: PAGED_FORMAT,
    documents: { id },
    actors: index.actors,
    confidences,
    chunkSize: CHUNK,
    total: index.events.length,
    pages: infos,
    first: firstOf(index, infos),
    edges: edgesWire(index),
    positions: index.actors.map((a) => index.positions[a.id] ?? 0),
    network: networkSummary(index),
  };
  return { head, pages, documents: { format: DOCUMENTS_FORMAT, ...columns } };
}

