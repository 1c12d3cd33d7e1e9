import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions } from '../compile/layout';
import { buildEdges } from '../compile/network';
import { dayMs, initialWindowOf, timelineModel } from '../adapters/timeline';
import type { DataIndex, IndexEvent } from '../schema';
import { toIndex } from './split';
import { cutIndex, decodeFirstView, encodeFirstView, firstView } from './first-view';

const DAY = 86400000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The fixture's events repeated over a year: a busy October (8 a day), one a day elsewhere. */
function spread(): DataIndex {
  const base = toIndex(FIXTURE, computePositions(FIXTURE));
  const dated = base.events.filter((e) => e.date && e.date.length === 10);
  const events: IndexEvent[] = [];
  const start = Date.UTC(2023, 0, 2);
  for (let d = 0; d < 365; d++) {
    const day = iso(start + d * DAY);
    const busy = day.startsWith('2023-10');
    const n = busy ? 8 : 1;
    for (let k = 0; k < n; k++) {
      const src = dated[(d + k) % dated.length];
      events.push({ ...src, id: `${src.id}-${day}-${k}`, date: day, week: null, chunk: Math.floor(events.length / 200) });
    }
  }
  // a month-dated and an undated event: kept out of a first view unless they meet it
  events.push({ ...dated[0], id: 'month-event', date: '2023-03', week: null, chunk: Math.floor(events.length / 200) });
  events.push({ ...dated[0], id: 'undated-event', date: null, week: null, chunk: Math.floor(events.length / 200) });
  return { ...base, events, edges: buildEdges(events, base.actors) };
}

describe('first view (first.json)', () => {
  it('holds the events meeting the initial window ± its margin, with the window the whole index opens on', () => {
    const index = spread();
    const v = firstView(index)!;
    expect(v).not.toBeNull();
    expect(v.total).toBe(index.events.length);
    const whole = initialWindowOf(timelineModel(index.events))!;
    expect(v.window).toEqual(whole);
    // every event of the window is there; none far from it
    const lo = dayMs(whole.start);
    const hi = dayMs(whole.end) + DAY;
    const ids = new Set(v.index.events.map((e) => e.id));
    for (const e of index.events) {
      if (!e.date || e.date.length !== 10) continue;
      const t = dayMs(e.date);
      if (t >= lo && t < hi) expect(ids.has(e.id)).toBe(true);
      if (t < lo - 30 * DAY || t >= hi + 30 * DAY) expect(ids.has(e.id)).toBe(false);
    }
    expect(ids.has('undated-event')).toBe(false);
    expect(v.index.events.length * 2).toBeLessThanOrEqual(index.events.length);
  });

  it('cutIndex: the index cut down to some events: their documents, actors, links (event lists trimmed) and positions', () => {
    const index = spread();
    const v = { index: cutIndex(index, firstView(index)!.index.events) };
    const ids = new Set(v.index.events.map((e) => e.id));
    // events keep their order, chunk numbers and every field
    expect(v.index.events).toEqual(index.events.filter((e) => ids.has(e.id)));
    const docs = new Set(v.index.events.flatMap((e) => e.documentIds));
    expect(v.index.documents.map((d) => d.id)).toEqual(index.documents.filter((d) => docs.has(d.id)).map((d) => d.id));
    for (const edge of v.index.edges) {
      expect(edge.eventIds.length).toBeGreaterThan(0);
      for (const id of edge.eventIds) expect(ids.has(id)).toBe(true);
    }
    // the links are those the compiler would build from these events
    expect(v.index.edges).toEqual(buildEdges(v.index.events, v.index.actors));
    for (const a of v.index.actors) if (index.positions[a.id]) expect(v.index.positions[a.id]).toEqual(index.positions[a.id]);
  });

  it('holds no links or positions (the network waits for the whole index), and round-trips through JSON in the index codec', () => {
    const index = spread();
    const v = firstView(index)!;
    expect(v.index.edges).toEqual([]);
    expect(v.index.positions).toEqual({});
    expect(encodeFirstView(index).index!.edges).toEqual({ derived: false, all: [] });
    const wire = JSON.parse(JSON.stringify(encodeFirstView(index))) as unknown;
    const back = decodeFirstView(wire)!;
    expect(back).toEqual(firstView(index));
  });

  it('is left out (index null) when it would hold more than half of the events', () => {
    const index = toIndex(FIXTURE, computePositions(FIXTURE));
    const wire = encodeFirstView(index);
    expect(wire.index).toBeNull();
    expect(wire.total).toBe(index.events.length);
    expect(decodeFirstView(JSON.parse(JSON.stringify(wire)))).toBeNull();
    expect(decodeFirstView({ format: 'something else' })).toBeNull();
  });

  it('cutIndex of every event keeps every event and link as they are', () => {
    const index = spread();
    const cut = cutIndex(index, index.events);
    expect(cut.events).toBe(index.events);
    expect(cut.edges).toEqual(index.edges);
    const used = new Set(index.events.flatMap((e) => e.documentIds));
    expect(cut.documents).toEqual(index.documents.filter((d) => used.has(d.id)));
  });
});
