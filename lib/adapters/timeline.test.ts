import { describe, expect, it } from 'vitest';
import { FIXTURE_INDEX } from './fixtures';
import type { IndexEvent } from '../schema';
import {
  AGG_PREFIX,
  MAX_DENSE,
  MAX_ITEMS,
  binOf,
  dayMs,
  diffItems,
  eventsInWindow,
  initialWindow,
  initialWindowOf,
  msDay,
  orderByDay,
  MODEL_SLICE,
  timelineModel,
  timelineModelSliced,
  timelineView,
  toTimelineItem,
  toTimelineItems,
  windowAround,
} from './timeline';

const none = { event: null, actor: null };

describe('toTimelineItems', () => {
  it('keeps dated events as items and returns undated ones apart', () => {
    const { items, undated } = toTimelineItems(FIXTURE_INDEX, none);
    expect(items.map((i) => i.id).sort()).toEqual(
      ['agreement-2025-anna-berg-trade-bloc', 'call-2025-02-anna-berg-ivan-petrov', 'meeting-2025-03-04-anna-berg-ivan-petrov'].sort(),
    );
    expect(undated.map((e) => e.id)).toEqual(['statement-ivan-petrov-rejects']);
  });

  it('shows a day as a box and a month or year as a range over the whole period', () => {
    const { items } = toTimelineItems(FIXTURE_INDEX, none);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('meeting-2025-03-04-anna-berg-ivan-petrov')).toMatchObject({ type: 'box', start: '2025-03-04' });
    expect(byId.get('meeting-2025-03-04-anna-berg-ivan-petrov')?.end).toBeUndefined();
    expect(byId.get('call-2025-02-anna-berg-ivan-petrov')).toMatchObject({ type: 'range', group: 'period', start: '2025-02-01', end: '2025-03-01' });
    expect(byId.get('call-2025-02-anna-berg-ivan-petrov')?.className).toContain('precision-month');
    expect(byId.get('agreement-2025-anna-berg-trade-bloc')).toMatchObject({ type: 'range', start: '2025-01-01', end: '2026-01-01' });
  });

  it('classes items by type and status', () => {
    const { items } = toTimelineItems(FIXTURE_INDEX, none);
    const agreement = items.find((i) => i.id.startsWith('agreement'))!;
    expect(agreement.className).toContain('type-agreement');
    expect(agreement.className).toContain('status-planned');
    expect(agreement.content).toContain('(planned)');
  });

  it('escapes HTML in titles so it stays inert', () => {
    const { items } = toTimelineItems(FIXTURE_INDEX, none);
    const call = items.find((i) => i.id.startsWith('call'))!;
    expect(call.content).not.toContain('<img');
    expect(call.content).toContain('&lt;img');
    expect(call.title).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(call.title).not.toContain('<img');
  });

  it('marks the selected actor’s events as related and the selected event', () => {
    const { items } = toTimelineItems(FIXTURE_INDEX, { event: 'meeting-2025-03-04-anna-berg-ivan-petrov', actor: 'trade-bloc' });
    const related = items.filter((i) => i.className.split(' ').includes('is-related')).map((i) => i.id);
    expect(related).toEqual(['agreement-2025-anna-berg-trade-bloc']);
    expect(items.find((i) => i.id.startsWith('meeting'))!.className).toContain('is-selected');
  });

  it('fits an initial window around day events', () => {
    const { items } = toTimelineItems(FIXTURE_INDEX, none);
    expect(initialWindow(items)).toEqual({ start: '2025-03-02', end: '2025-03-07' });
    expect(initialWindow([])).toBeNull();
  });

  it('picks the busiest stretch when exact days spread over months', () => {
    const box = (id: string, start: string) => ({ id, content: id, start, type: 'box' as const, group: 'day' as const, className: '', title: '' });
    const items = [box('a', '2025-01-02'), box('b', '2025-02-10'), box('c', '2025-02-12'), box('d', '2025-02-18'), box('e', '2025-05-01')];
    expect(initialWindow(items)).toEqual({ start: '2025-02-08', end: '2025-02-21' });
    expect(windowAround(box('x', '2025-02-18'))).toEqual({ start: '2025-02-11', end: '2025-02-25' });
  });
});

describe('itemClass', () => {
  it('names the event with a safe class', async () => {
    const { itemClass } = await import('./timeline');
    expect(itemClass('a.b:c d')).toBe('ev-a_b_c_d');
  });
});

describe('week-precision events', () => {
  it('spans the stated week instead of a fake day', () => {
    const e = {
      ...FIXTURE_INDEX.events[0],
      id: 'call-week',
      date: '2025-02-12',
      week: { from: '2025-02-10', to: '2025-02-16' },
    };
    const item = toTimelineItem(e, { event: null, actor: null });
    expect(item).toMatchObject({ type: 'range', group: 'period', start: '2025-02-10', end: '2025-02-17' });
    expect(item?.className).toContain('precision-week');
  });
});

describe('at scale: timelineView and diffItems', () => {
  const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
  const TYPES = ['call', 'meeting', 'statement', 'visit', 'agreement'] as const;
  // 3,000 day events over 300 days (10 a day), every type, two actors taking turns
  const many: IndexEvent[] = Array.from({ length: 3000 }, (_, i) => ({
    ...base,
    id: `e-${String(i).padStart(4, '0')}`,
    type: TYPES[i % 5],
    date: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 10) * 86400000).toISOString().slice(0, 10),
    participants: i % 2 ? ['anna-berg'] : ['ivan-petrov'],
  }));
  const model = timelineModel(many);
  const none = { event: null, actor: null };
  const win = (from: string, to: string) => ({ start: dayMs(from), end: dayMs(to) + 86400000 });

  it('never gives vis-timeline more than MAX_ITEMS items: counts per bin and type at wide zooms', () => {
    const all = timelineView(model, win('2025-01-01', '2025-10-27'), none);
    expect(all.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(all.every((i) => i.id.startsWith(AGG_PREFIX))).toBe(true);
    // every event is counted once
    const counted = all.reduce((n, i) => n + Number(/> (\d+) /.exec(i.content)![1]), 0);
    expect(counted).toBe(3000);
    expect(all[0].className).toContain('aggregate');
    expect(all[0].title).toMatch(/click to zoom in/);
  });

  it('picks the smallest bin that fits: weeks for a month, months for the year', () => {
    const month = timelineView(model, win('2025-02-01', '2025-02-28'), none);
    expect(month.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(month.every((i) => i.className.includes('agg-week'))).toBe(true);
    const year = timelineView(model, win('2025-01-01', '2025-10-27'), none);
    expect(year.every((i) => i.className.includes('agg-month'))).toBe(true);
    // a sparse stretch: one event a day, one type → a count per day
    const sparse = timelineModel(many.filter((_, i) => i % 10 === 0).map((e) => ({ ...e, type: 'call' as const })));
    const days = timelineView(sparse, win('2025-01-01', '2025-08-31'), none);
    expect(days.length).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it('a click on a count (its period becomes the window) always shows something finer', () => {
    // 100 a day, and month-dated events (counted at their month's start, never split): a month's weeks, a week's days, a day's events
    const dense = timelineModel([
      ...Array.from({ length: 9000 }, (_, i) => ({ ...base, id: `d-${String(i).padStart(4, '0')}`, type: TYPES[i % 5], date: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 100) * 86400000).toISOString().slice(0, 10) })),
      ...Array.from({ length: 300 }, (_, i) => ({ ...base, id: `m-${String(i).padStart(3, '0')}`, type: TYPES[i % 5], date: `2025-0${1 + (i % 3)}` })),
    ]);
    const zoomInto = (item: { start: string; end?: string }) => {
      const s = dayMs(item.start);
      const e = dayMs(item.end!);
      const pad = Math.max((e - s) * 0.05, 43200000); // as the timeline's click on a count
      return { start: s - pad, end: e + pad };
    };
    let items = timelineView(dense, win('2025-01-01', '2025-03-31'), none);
    const seen: string[] = [];
    let last = { start: 0, end: 0 };
    for (let i = 0; i < 3; i++) {
      expect(items.length).toBeLessThanOrEqual(MAX_ITEMS);
      const count = items.find((x) => x.id.startsWith(`${AGG_PREFIX}day|`) && dayMs(x.start) >= dayMs('2025-02-03'))!;
      seen.push(/agg-(\w+)/.exec(count.className)![1]);
      last = zoomInto(count);
      items = timelineView(dense, last, none);
    }
    expect(seen).toEqual(['month', 'week', 'day']);
    // at the closest zoom: the clicked day's own events are drawn (up to MAX_DENSE items in all)
    expect(items.length).toBeLessThanOrEqual(MAX_DENSE);
    const day = items.filter((x) => x.id.startsWith('d-') && dayMs(x.start) >= last.start && dayMs(x.start) < last.end);
    expect(day.length).toBeGreaterThanOrEqual(100);
  });

  it('shows each event once zoomed in', () => {
    const days = timelineView(model, win('2025-02-10', '2025-02-13'), none);
    expect(days.some((i) => i.id.startsWith(AGG_PREFIX))).toBe(false);
    expect(days.length).toBeGreaterThanOrEqual(40);
    expect(days.length).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it('always draws the selected event, even among counts', () => {
    const items = timelineView(model, win('2025-01-01', '2025-10-27'), { event: 'e-1234', actor: null });
    expect(items.find((i) => i.id === 'e-1234')?.className).toContain('is-selected');
  });

  it('a selection change updates only the items whose state changed, never all', () => {
    const w = win('2025-02-10', '2025-02-13');
    const before = timelineView(model, w, none);
    const drawn = new Map(before.map((i) => [i.id, i]));
    const after = timelineView(model, w, { event: before[3].id, actor: null });
    const d = diffItems(drawn, after);
    expect(d).toEqual({ add: [], remove: [], update: [expect.objectContaining({ id: before[3].id })] });
    const next = new Map(after.map((i) => [i.id, i]));
    const other = diffItems(next, timelineView(model, w, { event: before[5].id, actor: null }));
    expect(other.update.map((i) => i.id).sort()).toEqual([before[3].id, before[5].id].sort());
    expect(diffItems(next, after)).toEqual({ add: [], update: [], remove: [] });
  });

  it('a window change adds and removes by id and keeps the items still in view', () => {
    const a = timelineView(model, win('2025-02-10', '2025-02-13'), none);
    const b = timelineView(model, win('2025-02-12', '2025-02-15'), none);
    const d = diffItems(new Map(a.map((i) => [i.id, i])), b);
    expect(d.update).toEqual([]);
    expect(d.add.length + d.remove.length).toBeGreaterThan(0);
    expect(d.add.length).toBeLessThan(b.length);
  });

  it('bins by day, Monday weeks, months, quarters and years', () => {
    const t = dayMs('2025-02-13'); // a Thursday
    expect(binOf(t, 'week').map(msDay)).toEqual(['2025-02-10', '2025-02-17']);
    expect(binOf(t, 'month').map(msDay)).toEqual(['2025-02-01', '2025-03-01']);
    expect(binOf(t, 'quarter').map(msDay)).toEqual(['2025-01-01', '2025-04-01']);
    expect(binOf(t, 'year').map(msDay)).toEqual(['2025-01-01', '2026-01-01']);
  });

  it('bins days and Monday weeks by arithmetic exactly as by calendar, before and after 1970, at any hour', () => {
    for (let day = -800; day < 800; day += 1) {
      for (const hour of [0, 13, 23]) {
        const ms = Date.UTC(1970, 0, 1 + day * 17, hour);
        const d = new Date(ms);
        const dayStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
        const weekStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
        expect(binOf(ms, 'day')).toEqual([dayStart, dayStart + 86400000]);
        expect(binOf(ms, 'week')).toEqual([weekStart, weekStart + 7 * 86400000]);
      }
    }
  });

  it('opens on the busiest stretch of the model', () => {
    expect(initialWindowOf(timelineModel(FIXTURE_INDEX.events))).toEqual({ start: '2025-03-02', end: '2025-03-07' });
  });
});

describe('a dense day', () => {
  it('at the closest zoom shows the events themselves, up to MAX_DENSE', () => {
    const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
    const dense = timelineModel(Array.from({ length: 250 }, (_, i) => ({ ...base, id: `d-${i}`, date: '2025-05-05' })));
    const w = { start: dayMs('2025-05-04') + 43200000, end: dayMs('2025-05-06') + 43200000 };
    const items = timelineView(dense, w, { event: null, actor: null });
    expect(items).toHaveLength(250);
    expect(items.some((i) => i.id.startsWith(AGG_PREFIX))).toBe(false);
    const wider = timelineView(dense, { start: dayMs('2025-05-01'), end: dayMs('2025-05-10') }, { event: null, actor: null });
    expect(wider.every((i) => i.id.startsWith(AGG_PREFIX))).toBe(true);
  });
});

describe('a day too dense to split', () => {
  it('keeps its biggest count and opens the smaller ones at the closest zoom', () => {
    const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
    const meetings = Array.from({ length: 400 }, (_, i) => ({ ...base, id: `m-${i}`, type: 'meeting' as const, date: '2025-05-06' }));
    const calls = Array.from({ length: 50 }, (_, i) => ({ ...base, id: `c-${i}`, type: 'call' as const, date: '2025-05-06' }));
    const model = timelineModel([...meetings, ...calls]);
    const items = timelineView(model, { start: dayMs('2025-05-05'), end: dayMs('2025-05-08') }, { event: null, actor: null });
    expect(items.filter((i) => i.id.startsWith(AGG_PREFIX)).map((i) => i.content)).toEqual([expect.stringContaining('400 meetings')]);
    expect(items.filter((i) => i.id.startsWith('c-'))).toHaveLength(50);
    expect(items.length).toBeLessThanOrEqual(MAX_DENSE);
  });
});

describe('the model at scale: sorted once, windows found by span', () => {
  const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
  // a seeded mix of days, months and years, in id order as the compiler writes them
  let seed = 3;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const events: IndexEvent[] = Array.from({ length: 500 }, (_, i) => {
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const r = rand();
    return { ...base, id: `e-${String(i).padStart(3, '0')}`, week: null, date: r < 0.8 ? `2025-${m}-${d}` : r < 0.95 ? `2025-${m}` : '2025' };
  });

  it('orderByDay sorts by day then index, as a comparator sort does', () => {
    const starts = events.map((e) => dayMs(e.date!.length === 10 ? e.date! : `${e.date!.slice(0, 4)}-${e.date!.slice(5, 7) || '01'}-01`));
    const expected = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
    expect(orderByDay(starts.length, (i) => starts[i])).toEqual(expected);
    // not whole days: the comparator path gives the same order
    expect(orderByDay(3, (i) => [5.5, 1.5, 5.5][i])).toEqual([1, 0, 2]);
  });

  it('entries are by start then id whatever the input order', () => {
    const forward = timelineModel(events).entries.map((x) => x.e.id);
    const backward = timelineModel([...events].reverse()).entries.map((x) => x.e.id);
    expect(backward).toEqual(forward);
  });

  it('eventsInWindow gives the events whose span meets the window, by start, up to max', () => {
    const model = timelineModel(events);
    const lo = dayMs('2025-03-10');
    const hi = dayMs('2025-03-20') + 86400000;
    const got = eventsInWindow(model, lo, hi).map((e) => e.id);
    const want = model.entries.filter((x) => x.t > lo && x.s < hi).map((x) => x.e.id);
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(10);
    // the months of March and the year 2025 meet it
    expect(got.some((id) => events.find((e) => e.id === id)!.date === '2025')).toBe(true);
    expect(eventsInWindow(model, lo, hi, 5).map((e) => e.id)).toEqual(want.slice(0, 5));
    expect(eventsInWindow(model, null, null)).toHaveLength(events.length);
  });
});

describe('timelineModelSliced', () => {
  it('builds the model timelineModel builds, pausing between slices of MODEL_SLICE events', async () => {
    const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
    // more than two slices: dated days, weeks, months and undated events, their ids out of order (the sort by start, then id)
    const n = MODEL_SLICE * 2 + 123;
    const events: IndexEvent[] = Array.from({ length: n }, (_, i) => {
      const k = (i * 7919) % n;
      const day = new Date(Date.UTC(2024, 0, 1) + (k % 700) * 86400000).toISOString().slice(0, 10);
      return {
        ...base,
        id: `e-${String(k).padStart(6, '0')}`,
        title: `Event ${k % 97}`,
        date: k % 50 === 0 ? null : k % 13 === 0 ? day.slice(0, 7) : day,
        week: k % 17 === 0 && k % 50 !== 0 ? { from: day, to: day } : null,
      };
    });
    let pauses = 0;
    const sliced = await timelineModelSliced(events, async () => void pauses++);
    const whole = timelineModel(events);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(sliced.entries).toEqual(whole.entries);
    expect(sliced.undated.map((e) => e.id)).toEqual(whole.undated.map((e) => e.id));
    expect(sliced.maxSpan).toBe(whole.maxSpan);
    // the undated list in title order (as localeCompare orders them), then by id
    const titles = whole.undated.map((e) => `${e.title}|${e.id}`);
    expect(titles).toEqual([...titles].sort((a, b) => a.split('|')[0].localeCompare(b.split('|')[0]) || a.split('|')[1].localeCompare(b.split('|')[1])));
  });
});

describe('the selected event found without the by-id map', () => {
  it('draws the selected event (outside the view, where the view draws counts) found by its start, as the by-id map finds it', () => {
    const base = FIXTURE_INDEX.events.find((e) => e.date?.length === 10)!;
    const TYPES = ['call', 'meeting', 'statement', 'visit', 'agreement'] as const;
    // days, weeks and months, many events a start; ids out of date order
    const events: IndexEvent[] = Array.from({ length: 4000 }, (_, i) => {
      const k = (i * 7919) % 4000;
      const day = new Date(Date.UTC(2025, 0, 1) + (k % 300) * 86400000).toISOString().slice(0, 10);
      return { ...base, id: `e-${String(k).padStart(4, '0')}`, type: TYPES[k % 5], date: k % 11 === 0 ? day.slice(0, 7) : day, week: k % 17 === 0 ? { from: day, to: day } : null };
    });
    const model = timelineModel(events);
    // a model whose by-id map may not be read
    const noMap = { entries: model.entries, maxSpan: model.maxSpan, undated: model.undated, get byId(): never { throw new Error('the by-id map was read') } };
    const win = { start: dayMs('2025-03-01'), end: dayMs('2025-03-31') + 86400000 };
    for (const e of [events[5], events[11 * 3], events[17 * 2], events[3999]]) {
      const withMap = timelineView(model, win, { event: e.id, actor: null });
      const found = timelineView(noMap, win, { event: e.id, actor: null, eventData: e });
      expect(found).toEqual(withMap);
      expect(found.some((i) => i.id === e.id && i.className.includes('is-selected'))).toBe(true);
    }
    // an event the model does not hold (filtered out): not drawn, as with the map
    const other = { ...events[5], id: 'not-in-the-model' };
    expect(timelineView(noMap, win, { event: other.id, actor: null, eventData: other })).toEqual(timelineView(model, win, { event: other.id, actor: null }));
  });
});
