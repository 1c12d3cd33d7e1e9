/**
 * Dataset → vis-timeline items. vis-timeline renders `content` and `title`
 * strings as HTML, so every string taken from the data is escaped here.
 * Day events are boxes; month- and year-precision events are ranges spanning
 * the whole month/year (never a fake day); undated events are returned apart.
 */
import type { Dataset, DatasetEvent } from '../schema';
import { dateSpan, escapeHtml, formatPartialDate, precisionOf, truncate } from '../format';
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
}

export interface TimelineData {
  items: TimelineItem[];
  undated: DatasetEvent[];
}

export const LABEL_MAX = 38;

/** A class naming the event, so tests and styles can find its item. */
export function itemClass(id: string): string {
  return `ev-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function eventClassName(e: DatasetEvent, selection: TimelineSelection): string {
  const cls = [itemClass(e.id), `type-${e.type}`, `status-${e.status}`];
  if (e.date) cls.push(`precision-${weekRange(e) ? 'week' : precisionOf(e.date)}`);
  if (selection.actor && e.participants.includes(selection.actor)) cls.push('is-related');
  if (selection.event === e.id) cls.push('is-selected');
  if (e.edited) cls.push('is-edited');
  return cls.join(' ');
}

export function toTimelineItem(e: DatasetEvent, selection: TimelineSelection): TimelineItem | null {
  if (!e.date) return null;
  const style = TYPE_STYLE[e.type];
  const status = e.status === 'happened' ? '' : ` (${e.status})`;
  const label = `${truncate(e.title, LABEL_MAX)}${status}`;
  const content = `<span class="ev-glyph" aria-hidden="true">${style.glyph}</span> ${escapeHtml(label)}`;
  const title = escapeHtml(`${style.label}: ${e.title} — ${formatPartialDate(e.date)}${status}`);
  const className = eventClassName(e, selection);
  const week = weekRange(e);
  if (week) {
    // an estimated day of a stated week ("last week"): shown as the week, not as a fake day
    return { id: e.id, content, start: week.from, end: dateSpan(week.to).end, type: 'range', group: 'period', className, title };
  }
  if (precisionOf(e.date) === 'day') {
    return { id: e.id, content, start: e.date, type: 'box', group: 'day', className, title };
  }
  const { start, end } = dateSpan(e.date);
  return { id: e.id, content, start, end, type: 'range', group: 'period', className, title };
}

export function toTimelineItems(dataset: Dataset, selection: TimelineSelection): TimelineData {
  const items: TimelineItem[] = [];
  const undated: DatasetEvent[] = [];
  for (const e of dataset.events) {
    const item = toTimelineItem(e, selection);
    if (item) items.push(item);
    else undated.push(e);
  }
  items.sort((a, b) => (a.start === b.start ? a.id.localeCompare(b.id) : a.start < b.start ? -1 : 1));
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

/**
 * The initial window: all exact-day events when they fit in `maxSpan` days,
 * else the `span`-day stretch holding the most of them (earliest on ties),
 * with a small margin; ranges only when nothing has a day; null when empty.
 */
export function initialWindow(items: TimelineItem[], span = 21, maxSpan = 45): { start: string; end: string } | null {
  const days = items.filter((i) => i.type === 'box').map((i) => dayMs(i.start));
  const all = days.length ? days : items.flatMap((i) => [dayMs(i.start), dayMs(i.end ?? i.start)]);
  if (!all.length) return null;
  all.sort((a, b) => a - b);
  let lo = all[0];
  let hi = all[all.length - 1];
  if (days.length && hi - lo > maxSpan * DAY_MS) {
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

/** A window of about two weeks around one item (the whole period for a range). */
export function windowAround(item: TimelineItem, halfSpan = 7): { start: string; end: string } {
  if (item.end) return { start: msDay(dayMs(item.start) - 2 * DAY_MS), end: msDay(dayMs(item.end) + 2 * DAY_MS) };
  return { start: msDay(dayMs(item.start) - halfSpan * DAY_MS), end: msDay(dayMs(item.start) + halfSpan * DAY_MS) };
}

/** The stated week of an event whose day is only estimated from it ("last week"), else null. */
export function weekRange(e: DatasetEvent): { from: string; to: string } | null {
  return e.dateInfo.precision === 'week' && e.dateInfo.range ? e.dateInfo.range : null;
}
