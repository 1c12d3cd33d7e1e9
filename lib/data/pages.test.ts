import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions } from '../compile/layout';
import { buildEdges } from '../compile/network';
import { dayMs, eventsInWindow, initialWindowOf, timelineModel } from '../adapters/timeline';
import type { DataIndex, IndexEvent } from '../schema';
import { toIndex } from './split';
import { encodePaged } from './pages-encode';
import { decodePageEvents, decodePaged, decodePartial, DOCUMENTS_PATH, firstDays, isPagedHead, pageKeyOf, pagePath, pagesMeeting, partialOf, PAD_DAYS, type PageWire } from './pages';
import { firstPages } from './early';
import { readIndex } from './read-index';
import { encodeIndex } from './codec';
import { networkModel, networkView } from '../adapters/network';
import { decodeNetworkSummary, summaryView } from '../adapters/network-summary';

const DAY = 86400000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The fixture's events repeated over two years: a busy October 2023 (8 a day), one a day elsewhere; plus month, year, week and undated events. */
function spread(): DataIndex {
  const base = toIndex(FIXTURE, computePositions(FIXTURE));
  const dated = base.events.filter((e) => e.date && e.date.length === 10);
  const events: IndexEvent[] = [];
  const start = Date.UTC(2023, 0, 2);
  const push = (e: IndexEvent) => events.push({ ...e, chunk: Math.floor(events.length / 200) });
  for (let d = 0; d < 730; d++) {
    const day = iso(start + d * DAY);
    const n = day.startsWith('2023-10') ? 8 : 1;
    for (let k = 0; k < n; k++) {
      const src = dated[(d + k) % dated.length];
      // ids as the compiler makes them: type, date, then the rest
      push({ ...src, id: `${src.type}-${day}-copy-${k}`, date: day, week: null });
    }
    // an undated event now and then, between dated ones (index order is not page order)
    if (d % 50 === 7) push({ ...dated[0], id: `${dated[0].type}-undated-${d}`, date: null, week: null });
  }
  push({ ...dated[0], id: 'month-event', date: '2023-03', week: null });
  push({ ...dated[0], id: 'year-event', date: '2023', week: null });
  // a week from the end of September into October
  push({ ...dated[0], id: 'week-event', date: '2023-09-28', week: { from: '2023-09-28', to: '2023-10-04' } });
  return { ...base, events, edges: buildEdges(events, base.actors) };
}

const viaJson = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the paged index (index.json head + index/<month>.json)', () => {
  it('head + every page give back exactly the index, whatever order the pages come in', () => {
    for (const index of [spread(), toIndex(FIXTURE, computePositions(FIXTURE))]) {
      const { head, pages, documents } = encodePaged(index);
      const wire = viaJson({ head, pages: [...pages.values()], documents });
      expect(isPagedHead(wire.head)).toBe(true);
      expect(decodePaged(wire.head, wire.pages, wire.documents)).toEqual(index);
      expect(decodePaged(wire.head, [...wire.pages].reverse(), wire.documents)).toEqual(index);
      // the head names the documents (their ids: events refer to them by rank), the rest is in their own file
      expect(Object.keys(wire.head.documents)).toEqual(['id']);
      expect(wire.documents.order.length).toBe(index.documents.length);
    }
  });

  it('a page per month (a year, undated), each listing the days its events span', () => {
    const index = spread();
    const { head, pages } = encodePaged(index);
    expect(head.pages.map((p) => p.key)).toEqual([...pages.keys()]);
    const months = (y: number) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`);
    expect(head.pages.map((p) => p.key)).toEqual(['2023', ...months(2023), ...months(2024), 'undated']);
    expect(head.pages.reduce((n, p) => n + p.count, 0)).toBe(index.events.length);
    const info = (k: string) => head.pages.find((p) => p.key === k)!;
    expect(info('2023')).toMatchObject({ from: '2023-01-01', to: '2023-12-31', count: 1 });
    // the week reaches into October: September's page spans it
    expect(info('2023-09')).toMatchObject({ from: '2023-09-01', to: '2023-10-04' });
    expect(info('undated')).toMatchObject({ from: null, to: null });
    for (const [key, page] of pages) {
      const { events } = decodePageEvents(head, viaJson(page));
      for (const e of events) expect(pageKeyOf(e.date)).toBe(key);
    }
    expect(pagesMeeting(head, '2023-10-02', '2023-10-03')).toEqual(['2023', '2023-09', '2023-10']);
    expect(pagePath('2023-10')).toBe('index/2023-10.json');
  });

  it('the first view: the pages of the window the timeline opens on ± PAD_DAYS hold every event it must show, in index order', () => {
    const index = spread();
    const { head, pages } = encodePaged(index);
    const model = timelineModel(index.events);
    expect(head.first!.window).toEqual(initialWindowOf(model));
    const part = decodePartial(head, head.first!.pages.map((k) => viaJson(pages.get(k)!)));
    const ids = new Set(part.events.map((e) => e.id));
    const w = head.first!.window;
    for (const e of eventsInWindow(model, dayMs(w.start) - PAD_DAYS * DAY, dayMs(w.end) + (PAD_DAYS + 1) * DAY)) expect(ids.has(e.id)).toBe(true);
    expect(part.events).toEqual(index.events.filter((e) => ids.has(e.id)));
    expect(ids.has(`${index.events[0].type}-undated-7`)).toBe(false);
    expect(part.events.length * 2).toBeLessThanOrEqual(index.events.length);
    // every actor (names for titles) and the network's positions; no documents (their file comes with the whole
    // index: the panel says the sources are loading) and no links (the network is drawn from the head's summary)
    expect(part.documents).toEqual([]);
    expect(part.actors).toEqual(index.actors);
    expect(part.edges).toEqual([]);
    expect(part.positions).toEqual(index.positions);
    expect(Object.keys(part.positions).length).toBeGreaterThan(0);
    const summary = decodeNetworkSummary(viaJson(head).network!, head.actors);
    expect(summaryView(summary, { limit: 2 })!.nodes).toEqual(networkView(networkModel(index), null, { limit: 2 }).nodes);
    // page by page (a task each) gives the same
    expect(partialOf(head, head.first!.pages.map((k) => decodePageEvents(head, pages.get(k)!)))).toEqual(part);
    // the default view decodes only its days (window ± PAD_DAYS): exactly the events it must show, in index order
    const days = firstDays(w);
    expect(days).toEqual([new Date(dayMs(w.start) - PAD_DAYS * DAY).toISOString().slice(0, 10), new Date(dayMs(w.end) + PAD_DAYS * DAY).toISOString().slice(0, 10)]);
    const lean = decodePartial(head, head.first!.pages.map((k) => viaJson(pages.get(k)!)), days);
    const must = new Set(eventsInWindow(model, dayMs(days[0]), dayMs(days[1]) + DAY).map((e) => e.id));
    expect(lean.events).toEqual(index.events.filter((e) => must.has(e.id)));
    expect(lean.events.length).toBeLessThan(part.events.length);
    // the week event reaching into October is kept by the days it spans, not by its date alone
    expect(partialOf(head, head.first!.pages.map((k) => decodePageEvents(head, pages.get(k)!, days)))).toEqual(lean);
  });

  it('no first view when its pages would hold more than half of the events (the samples)', () => {
    const { head } = encodePaged(toIndex(FIXTURE, computePositions(FIXTURE)));
    expect(head.first).toBeNull();
    expect(firstPages(viaJson(head), '')).toBeNull();
  });

  it('which pages a URL opens on: the default view → the first view; one selected event → its month; anything else → none', () => {
    const { head } = viaJson(encodePaged(spread()));
    expect(firstPages(head, '')).toEqual(head.first!.pages);
    expect(firstPages(head, '?pane=network&slice=window')).toEqual(head.first!.pages);
    const ev = spread().events.find((e) => e.date === '2023-05-17')!;
    expect(firstPages(head, `?event=${encodeURIComponent(ev.id)}`)).toEqual(['2023-05']);
    expect(firstPages(head, `?event=${spread().events.find((e) => !e.date)!.id}`)).toEqual(['undated']);
    expect(firstPages(head, `?event=${encodeURIComponent(ev.id)}&actor=x`)).toBeNull();
    expect(firstPages(head, '?from=2023-01-01&to=2023-02-01')).toBeNull();
    expect(firstPages(head, '?event=call-2031-01-01-a-b')).toBeNull();
    // a single-file index has no pages
    expect(firstPages(viaJson(encodeIndex(spread())), '')).toBeNull();
  });

  it('refuses a page of another index and reports missing pages', () => {
    const { head, pages, documents } = encodePaged(spread());
    const list = [...pages.values()];
    expect(() => decodePaged(head, list.slice(1), documents)).toThrow(/pages missing: 2023\b/);
    expect(() => decodePaged(head, [...list, { ...list[0], key: '1999-01' } as PageWire], documents)).toThrow(/not a page of this index: 1999-01/);
    expect(() => decodePaged(head, list, { ...documents, order: documents.order.slice(1) })).toThrow(/index\/documents.json is not the documents' file of this index/);
  });

  it('readIndex reads the head and its pages, or a single-file index', () => {
    const index = spread();
    const { head, pages, documents } = encodePaged(index);
    const files = new Map<string, string>([
      ['index.json', JSON.stringify(head)],
      ...[...pages].map(([k, p]): [string, string] => [pagePath(k), JSON.stringify(p)]),
      [DOCUMENTS_PATH, JSON.stringify(documents)],
    ]);
    expect(readIndex((p) => files.get(p)!)).toEqual(index);
    expect(readIndex(() => JSON.stringify(encodeIndex(index)))).toEqual(index);
  });

  it('is deterministic', () => {
    const wire = () => {
      const { head, pages, documents } = encodePaged(spread());
      return viaJson({ head, pages: [...pages], documents });
    };
    expect(wire()).toEqual(wire());
  });
});
