/**
 * Index events → vis-timeline items. vis-timeline renders `content` and
 * `title` strings as HTML, so every string taken from the data is escaped here.
 * Day events are boxes; week-, month- and year-precision events are ranges
 * spanning the whole period (never a fake day); undated events are returned apart.
 *
 * At scale vis-timeline is never given more than about MAX_ITEMS items
 * (timelineView): individual events when the window holds few enough,
 * else counts per (day | week | month | quarter | year) bin and type.
 * diffItems tells the component what to add, update and remove by id, so a
 * selection or a window change touches only the items that changed.
 */
import type { IndexEvent } from '../schema';
import { dateSpan, escapeHtml, formatPartialDate, formatShortDate, precisionOf, truncate } from '../format';
import { TYPE_STYLE } from '../ui/theme';

export interface TimelineItem {
  id: string;
  /** escaped HTML */
  content: string;
  start: string;
  end?: string;
  type: 'box' | 'range';
  /** 'day' for exact days, 'period' for week-, month- or year-precision dates (shown in their own band) */
  group: 'day' | 'period';
  className: string;
  /** escaped HTML tooltip */
  title: string;
}

export interface TimelineSelection {
  event: string | null;
  actor: string | null;
  /**
   * the selected event's index entry, when the caller has it: timelineView then finds it in the model by its
   * start (a binary search) rather than through the model's by-id map, built at its first look-up (122k entries
   * at 10,000 documents: the longest task of a tap on a phone's list, measured with bench:browser --mobile --profile)
   */
  eventData?: IndexEvent | null;
}

export interface TimelineData {
  items: TimelineItem[];
  undated: IndexEvent[];
}

export const LABEL_MAX = 38;
/** The most items vis-timeline is ever asked to draw (plus the selected event). */
export const MAX_ITEMS = 200;
/** At the closest zoom (a day or two) the events themselves are drawn up to this many: no further zoom could split a count. */
export const MAX_DENSE = 300;
/** The closest zoom the timeline allows (its zoomMin: 2 days), as the explorer reports it (whole days: up to 3), with some slack. */
const CLOSEST = 3.5 * 86400000;
/** Aggregated items' ids start with this; a click on one zooms into it. */
export const AGG_PREFIX = 'agg|';

/** A class naming the event, so tests and styles can find its item. */
export function itemClass(id: string): string {
  return `ev-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function eventClassName(e: IndexEvent, selection: TimelineSelection): string {
  const cls = [itemClass(e.id), `type-${e.type}`, `status-${e.status}`];
  if (e.date) cls.push(`precision-${e.week ? 'week' : precisionOf(e.date)}`);
  if (selection.actor && e.participants.includes(selection.actor)) cls.push('is-related');
  if (selection.event === e.id) cls.push('is-selected');
  return cls.join(' ');
}

export function toTimelineItem(e: IndexEvent, selection: TimelineSelection): TimelineItem | null {
  if (!e.date) return null;
  const style = TYPE_STYLE[e.type];
  const status = e.status === 'happened' ? '' : ` (${e.status})`;
  const label = `${truncate(e.title, LABEL_MAX)}${status}`;
  const content = `<span class="ev-glyph" aria-hidden="true">${style.glyph}</span> ${escapeHtml(label)}`;
  const title = escapeHtml(`${style.label}: ${e.title} — ${formatPartialDate(e.date)}${status}`);
  const className = eventClassName(e, selection);
  if (e.week) {
    // an estimated day of a stated week ("last week"): shown as the week, not as a fake day
    return { id: e.id, content, start: e.week.from, end: dateSpan(e.week.to).end, type: 'range', group: 'period', className, title };
  }
  if (precisionOf(e.date) === 'day') {
    return { id: e.id, content, start: e.date, type: 'box', group: 'day', className, title };
  }
  const { start, end } = dateSpan(e.date);
  return { id: e.id, content, start, end, type: 'range', group: 'period', className, title };
}

const byStart = (a: TimelineItem, b: TimelineItem) => (a.start === b.start ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.start < b.start ? -1 : 1);

/** Every dated event as an item (small datasets and tests; the explorer uses timelineView). */
export function toTimelineItems(data: { events: IndexEvent[] }, selection: TimelineSelection): TimelineData {
  const items: TimelineItem[] = [];
  const undated: IndexEvent[] = [];
  for (const e of data.events) {
    const item = toTimelineItem(e, selection);
    if (item) items.push(item);
    else undated.push(e);
  }
  items.sort(byStart);
  undated.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return { items, undated };
}

export const TIMELINE_GROUPS = [
  { id: 'day', content: 'Day', order: 1 },
  { id: 'period', content: 'Approx.', order: 2 },
] as const;

const DAY_MS = 86400000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const msDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// ---------- at scale: a model built once, a view per window ----------

interface Entry {
  e: IndexEvent;
  /** span in ms: [s, t) */
  s: number;
  t: number;
  group: 'day' | 'period';
}

export interface TimelineModel {
  /** dated events, by start */
  entries: Entry[];
  /** by id, built at the first look-up (a selected event outside the view) */
  readonly byId: Map<string, Entry>;
  /** the longest span of an entry: how far before a window an entry meeting it can start */
  maxSpan: number;
  undated: IndexEvent[];
}

/**
 * A partial date's span in ms, [s, t), and whether it is an exact day, through a cache: a corpus
 * of 100,000 events has a few thousand distinct dates, so each is parsed once.
 */
export function spanCache(): (date: string) => { s: number; t: number; day: boolean } {
  const cache = new Map<string, { s: number; t: number; day: boolean }>();
  return (date) => {
    let v = cache.get(date);
    if (!v) {
      const { start, end } = dateSpan(date);
      v = { s: dayMs(start), t: dayMs(end), day: precisionOf(date) === 'day' };
      cache.set(date, v);
    }
    return v;
  };
}

/**
 * Indexes 0..n-1 ordered by `start(i)` (whole UTC days, in ms), ties by index: one native sort of
 * packed numbers (day × 2²² + index), no comparator calls — 100,000 events sort in a few ms.
 */
export function orderByDay(n: number, start: (i: number) => number): number[] {
  const M = 4194304; // 2^22
  const keys = new Float64Array(n);
  let packed = n < M;
  for (let i = 0; i < n && packed; i++) {
    const d = start(i) / DAY_MS;
    if (!Number.isInteger(d) || Math.abs(d) > 1e9) packed = false;
    else keys[i] = d * M + i;
  }
  if (!packed) return Array.from({ length: n }, (_, i) => i).sort((a, b) => start(a) - start(b) || a - b);
  keys.sort();
  const out = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const k = keys[j];
    out[j] = k - Math.floor(k / M) * M;
  }
  return out;
}

function sortedById(events: { id: string }[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i - 1].id > events[i].id) return false;
  return true;
}

export function timelineModel(events: IndexEvent[]): TimelineModel {
  const steps = modelSteps(events);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * timelineModel a slice of MODEL_SLICE events per task (`pause` between slices: a macrotask, the page paints
 * and handles input meanwhile): at 10,000 documents (122k events) the whole model was one task of ~240 ms
 * (measured in a traced load, bench:browser --profile), built as the whole index replaced the first view.
 */
export async function timelineModelSliced(events: IndexEvent[], pause: () => Promise<unknown>): Promise<TimelineModel> {
  const steps = modelSteps(events);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
/** Events handled between two pauses of timelineModelSliced. */
export const MODEL_SLICE = 1 << 14;

function* modelSteps(events: IndexEvent[]): Generator<void, TimelineModel> {
  const entries: Entry[] = [];
  const undated: IndexEvent[] = [];
  const span = spanCache();
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % MODEL_SLICE === 0) yield;
    const e = events[i];
    if (!e.date) {
      undated.push(e);
      continue;
    }
    if (e.week) entries.push({ e, s: span(e.week.from).s, t: span(e.week.to).t, group: 'period' });
    else {
      const { s, t, day } = span(e.date);
      entries.push({ e, s, t, group: day ? 'day' : 'period' });
    }
  }
  yield;
  // by start, then id: the compiler writes events in id order, so ties by position are ties by id
  const sorted = sortedById(events)
    ? orderByDay(entries.length, (i) => entries[i].s).map((i) => entries[i])
    : entries.sort((a, b) => a.s - b.s || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  yield;
  // (a collator compares as localeCompare does, without setting one up per call)
  const collator = new Intl.Collator();
  undated.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
  let byId: Map<string, Entry> | null = null;
  let maxSpan = 0;
  for (const x of sorted) if (x.t - x.s > maxSpan) maxSpan = x.t - x.s;
  return {
    entries: sorted,
    get byId() {
      return (byId ??= new Map(sorted.map((x) => [x.e.id, x])));
    },
    maxSpan,
    undated,
  };
}

/**
 * The model's entry of an event (by id), found by its start — where modelSteps puts it: a binary search, then the
 * entries of that start — without the model's by-id map; undefined when the model does not hold it.
 */
function findEntry(model: TimelineModel, e: IndexEvent): Entry | undefined {
  if (!e.date) return undefined;
  const s = dayMs(dateSpan(e.week ? e.week.from : e.date).start);
  const entries = model.entries;
  for (let i = firstAtLeast(entries.length, (j) => entries[j].s, s); i < entries.length && entries[i].s === s; i++) {
    if (entries[i].e.id === e.id) return entries[i];
  }
  return undefined;
}

/**
 * Up to `max` events whose span meets the window [lo, hi) in ms (either end open: null), by start.
 * A partial date's span [s, t) meets it when t > lo and s < hi (format.overlapsWindow on whole days).
 */
export function eventsInWindow(model: TimelineModel, lo: number | null, hi: number | null, max = Infinity): IndexEvent[] {
  const out: IndexEvent[] = [];
  for (const x of model.entries) {
    if (out.length >= max || (hi !== null && x.s >= hi)) break;
    if (lo === null || x.t > lo) out.push(x.e);
  }
  return out;
}

export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const BIN_UNITS: BinUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The bin of a UTC time: [start, end) in ms. Weeks start on Monday. */
export function binOf(ms: number, unit: BinUnit): [number, number] {
  // days and weeks by arithmetic on whole days (no Date object: thousands of entries are binned per view)
  if (unit === 'day') {
    const s = Math.floor(ms / DAY_MS) * DAY_MS;
    return [s, s + DAY_MS];
  }
  if (unit === 'week') {
    const day = Math.floor(ms / DAY_MS);
    // 1970-01-01 was a Thursday: (day + 3) mod 7 days since the Monday before
    const s = (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
    return [s, s + 7 * DAY_MS];
  }
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'month':
      return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
    case 'quarter':
      return [Date.UTC(y, m - (m % 3), 1), Date.UTC(y, m - (m % 3) + 3, 1)];
    case 'year':
      return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  }
}

const UNIT_LABEL: Record<BinUnit, (s: number) => string> = {
  day: (s) => formatShortDate(msDay(s)),
  week: (s) => `week of ${formatShortDate(msDay(s))}`,
  month: (s) => formatPartialDate(msDay(s).slice(0, 7)),
  quarter: (s) => `Q${Math.floor(new Date(s).getUTCMonth() / 3) + 1} ${new Date(s).getUTCFullYear()}`,
  year: (s) => String(new Date(s).getUTCFullYear()),
};

/** The first of n sorted values (`at(i)`, ascending) that is ≥ v; n when none is (binary search). */
export function firstAtLeast(n: number, at: (i: number) => number, v: number): number {
  let a = 0;
  let b = n;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (at(mid) < v) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** The entries meeting [lo, hi): from the first that can (binary search on the starts, less the longest span). */
function inRange(model: TimelineModel, lo: number, hi: number): Entry[] {
  const entries = model.entries;
  const a = firstAtLeast(entries.length, (i) => entries[i].s, lo - model.maxSpan);
  const out: Entry[] = [];
  for (let i = a; i < entries.length; i++) {
    const x = entries[i];
    if (x.s >= hi) break;
    if (x.t > lo) out.push(x);
  }
  return out;
}

interface Bin {
  unit: BinUnit;
  group: 'day' | 'period';
  type: IndexEvent['type'];
  s: number;
  t: number;
  members: Entry[];
}

/** Event types as small numbers, for bins' keys (numbered as they are met). */
const typeNumbers = new Map<string, number>();
function typeNumber(type: string): number {
  let n = typeNumbers.get(type);
  if (n === undefined) typeNumbers.set(type, (n = typeNumbers.size));
  return n;
}

/**
 * A bin's key within one unit: its start in ms, the type and the group, as one number (no string per entry:
 * thousands of entries are binned per view — the whole index's first view at 10,000 documents bins ~20,000).
 * Starts are whole days, so start × 2¹⁰ leaves room for 512 types × 2 groups, exactly (< 2⁵³ until the year 2250).
 */
function binKey(bs: number, x: Entry): number {
  return bs * 1024 + typeNumber(x.e.type) * 2 + (x.group === 'day' ? 0 : 1);
}
function aggregateItem(b: Bin, selection: TimelineSelection): TimelineItem {
  const style = TYPE_STYLE[b.type];
  const n = b.members.length;
  const what = `${n} ${style.label.toLowerCase()}${n === 1 ? '' : 's'}`;
  const related = !!selection.actor && b.members.some((x) => x.e.participants.includes(selection.actor!));
  const cls = ['aggregate', `type-${b.type}`, `agg-${b.unit}`];
  if (related) cls.push('is-related');
  return {
    id: `${AGG_PREFIX}${b.group}|${b.type}|${b.unit}|${msDay(b.s)}`,
    content: `<span class="ev-glyph" aria-hidden="true">${style.glyph}</span> ${what}`,
    start: msDay(b.s),
    end: msDay(b.t),
    type: 'range',
    group: b.group,
    className: cls.join(' '),
    title: escapeHtml(`${what}${b.group === 'period' ? ' (approximate dates)' : ''}, ${UNIT_LABEL[b.unit](b.s)} — click to zoom in`),
  };
}

/** Bins of `entries` by `unit` (stops early once there are more than `stop`). */
function binBy(entries: Entry[], unit: BinUnit, stop: number): Map<number, Bin> {
  const m = new Map<number, Bin>();
  // entries come by start: the bin of the last start is reused (many entries share a day)
  let lastS = NaN;
  let s = 0;
  let t = 0;
  for (const x of entries) {
    if (x.s !== lastS) {
      [s, t] = binOf(x.s, unit);
      lastS = x.s;
    }
    const key = binKey(s, x);
    const b = m.get(key);
    if (b) {
      b.members.push(x);
      b.t = Math.max(b.t, x.group === 'period' ? x.t : t);
    } else m.set(key, { unit, group: x.group, type: x.e.type, s, t: Math.max(t, x.group === 'period' ? x.t : t), members: [x] });
    if (m.size > stop) break;
  }
  return m;
}

/** The smallest unit whose bins of `entries` stay within `max` (years when none does). */
function unitFor(entries: Entry[], max: number): BinUnit {
  for (const unit of BIN_UNITS) if (binBy(entries, unit, max).size <= max) return unit;
  return 'year';
}

export interface TimelineWindow {
  start: number;
  end: number;
}

/**
 * The items to draw for a window: each event when the window (with half a
 * window either side, or else the window alone) holds at most `max` (at the
 * closest zoom, MAX_DENSE: a day holding more events cannot be zoomed apart); else
 * counts per bin and type over the window and one window either side, with
 * the smallest bin unit that keeps them within `max` (a bin of one event is
 * that event). The selected event is always drawn. Sorted by start, then id.
 */
export function timelineView(model: TimelineModel, win: TimelineWindow | null, selection: TimelineSelection, max = MAX_ITEMS): TimelineItem[] {
  const all = model.entries;
  const span = win ? Math.max(DAY_MS, win.end - win.start) : 0;
  let picked: Entry[] | null = null;
  if (!win) picked = all.length <= max ? all : null;
  else {
    const wide = inRange(model, win.start - span / 2, win.end + span / 2);
    if (wide.length <= max) picked = wide;
    else {
      const narrow = inRange(model, win.start, win.end);
      if (narrow.length <= max || (win.end - win.start <= CLOSEST && narrow.length <= Math.max(max, MAX_DENSE))) picked = narrow;
    }
  }
  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  if (picked) {
    for (const x of picked) {
      items.push(toTimelineItem(x.e, selection)!);
      seen.add(x.e.id);
    }
  } else {
    // the unit is chosen on the window itself (its bins at most a third of `max`), so a click on a
    // count, which zooms into the count's period, always shows a finer unit (a week's days, a day's
    // events); the counts go on a window either side while they stay within `max` (else half a window, else none)
    let bins: Map<number, Bin> | null = null;
    if (!win) bins = binBy(all, unitFor(all, max), Infinity);
    else {
      // (on the exact days: week-, month- and year-dated events are counted at their period's start,
      // often before the window, and no finer unit splits them)
      const inWin = inRange(model, win.start, win.end);
      const days = inWin.filter((x) => x.group === 'day');
      const unit = unitFor(days.length ? days : inWin, Math.max(1, Math.floor(max / 3)));
      for (const r of [span, span / 2, 0]) {
        bins = binBy(inRange(model, win.start - r, win.end + r), unit, Infinity);
        if (bins.size <= max) break;
      }
    }
    // at the closest zoom no further zoom splits a count: open the smallest bins into their
    // events while the total stays within MAX_DENSE (a day of 400 meetings stays a count)
    const open = new Set<Bin>();
    if (win && win.end - win.start <= CLOSEST) {
      let total = bins!.size;
      // the bins meeting the window first (a click on a day's count zooms to that day: its events open,
      // not the neighbours'), then those on either side
      // (exact days before period-dated counts, which no zoom splits; the most of the window covered first)
      const overlap = (b: Bin) => Math.max(0, Math.min(b.t, win.end) - Math.max(b.s, win.start));
      const rank = (b: Bin) => (overlap(b) > 0 ? 0 : 2) + (b.group === 'day' ? 0 : 1);
      const order = (x: Bin, y: Bin) => rank(x) - rank(y) || overlap(y) - overlap(x) || x.members.length - y.members.length;
      for (const b of [...bins!.values()].sort(order)) {
        if (total - 1 + b.members.length > MAX_DENSE) continue;
        total += b.members.length - 1;
        open.add(b);
      }
    }
    for (const b of bins!.values()) {
      if (open.has(b)) {
        for (const x of b.members) {
          items.push(toTimelineItem(x.e, selection)!);
          seen.add(x.e.id);
        }
      } else if (b.members.length === 1) {
        items.push(toTimelineItem(b.members[0].e, selection)!);
        seen.add(b.members[0].e.id);
      } else items.push(aggregateItem(b, selection));
    }
  }
  if (selection.event && !seen.has(selection.event)) {
    const x = selection.eventData?.id === selection.event ? findEntry(model, selection.eventData) : model.byId.get(selection.event);
    if (x) items.push(toTimelineItem(x.e, selection)!);
  }
  return items.sort(byStart);
}

export interface ItemDiff {
  add: TimelineItem[];
  update: TimelineItem[];
  remove: string[];
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return a.start === b.start && a.end === b.end && a.className === b.className && a.content === b.content && a.title === b.title && a.type === b.type && a.group === b.group;
}

/** What changed between the items drawn and the items wanted, by id. */
export function diffItems(prev: ReadonlyMap<string, TimelineItem>, next: TimelineItem[]): ItemDiff {
  const add: TimelineItem[] = [];
  const update: TimelineItem[] = [];
  const wanted = new Set<string>();
  for (const item of next) {
    wanted.add(item.id);
    const old = prev.get(item.id);
    if (!old) add.push(item);
    else if (!sameItem(old, item)) update.push(item);
  }
  const remove = [...prev.keys()].filter((id) => !wanted.has(id));
  return { add, update, remove };
}

/**
 * The initial window: all exact-day events when they fit in `maxSpan` days,
 * else the `span`-day stretch holding the most of them (earliest on ties),
 * with a small margin; ranges only when nothing has a day; null when empty.
 */
export function initialWindow(items: Pick<TimelineItem, 'type' | 'start' | 'end'>[], span = 21, maxSpan = 45): { start: string; end: string } | null {
  const days = items.filter((i) => i.type === 'box').map((i) => dayMs(i.start));
  const all = days.length ? days : items.flatMap((i) => [dayMs(i.start), dayMs(i.end ?? i.start)]);
  return windowOfTimes(all, days.length > 0, span, maxSpan);
}

/** initialWindow on times in ms (`days`: they are exact days' starts, else ranges' ends); sorts `all` in place. */
function windowOfTimes(all: number[], days: boolean, span: number, maxSpan: number, sorted = false): { start: string; end: string } | null {
  if (!all.length) return null;
  if (!sorted) all.sort((a, b) => a - b);
  let lo = all[0];
  let hi = all[all.length - 1];
  if (days && hi - lo > maxSpan * DAY_MS) {
    let best = 0;
    let j = 0;
    for (let i = 0; i < all.length; i++) {
      while (all[j] < all[i] - span * DAY_MS) j++;
      if (i - j + 1 > best) {
        best = i - j + 1;
        lo = all[j];
        hi = all[i];
      }
    }
  }
  return { start: msDay(lo - 2 * DAY_MS), end: msDay(hi + 3 * DAY_MS) };
}

/** The initial window of a model (see initialWindow). */
export function initialWindowOf(model: TimelineModel): { start: string; end: string } | null {
  // the model's entries are in start order, with their spans in ms: no item strings to build and parse back
  const days: number[] = [];
  for (const x of model.entries) if (x.group === 'day') days.push(x.s);
  if (days.length) return windowOfTimes(days, true, 21, 45, true);
  return windowOfTimes(model.entries.flatMap((x) => [x.s, x.t]), false, 21, 45);
}

/** A window of about two weeks around one item (the whole period for a range). */
export function windowAround(item: Pick<TimelineItem, 'start' | 'end'>, halfSpan = 7): { start: string; end: string } {
  if (item.end) return { start: msDay(dayMs(item.start) - 2 * DAY_MS), end: msDay(dayMs(item.end) + 2 * DAY_MS) };
  return { start: msDay(dayMs(item.start) - halfSpan * DAY_MS), end: msDay(dayMs(item.start) + halfSpan * DAY_MS) };
}

export { dayMs, msDay };
