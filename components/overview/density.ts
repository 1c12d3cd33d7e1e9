/**
 * Event density over the whole period, by type: the data of the overview
 * strip. Pure. Each dated event counts once, at its first day (the first day
 * of its week, month or year); bins are days, or weeks when the period is long.
 */
import type { DatasetEvent, EventType } from '@/lib/schema';
import { dateSpan } from '@/lib/format';

export interface DensityBin {
  /** first day of the bin (YYYY-MM-DD) */
  start: string;
  /** day after its last day */
  end: string;
  counts: Partial<Record<EventType, number>>;
  total: number;
}

export interface Density {
  /** the period shown: first day, day after the last */
  from: string;
  to: string;
  binDays: number;
  bins: DensityBin[];
  max: number;
}

const DAY = 86400000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** a full event (dateInfo) or an index event (week: the stated week of a week-precision date) */
type EventLike = Pick<DatasetEvent, 'date' | 'type'> & { dateInfo?: DatasetEvent['dateInfo']; week?: { from: string; to: string } | null };

function firstDay(e: EventLike): string | null {
  if (!e.date) return null;
  if (e.week) return e.week.from;
  if (e.dateInfo?.precision === 'week' && e.dateInfo.range) return e.dateInfo.range.from;
  return dateSpan(e.date).start;
}

/** Events handled between two pauses of densitySliced. */
const SLICE = 1 << 14;

export function density(events: EventLike[], maxBins = 120, pad = 3): Density | null {
  const steps = densitySteps(events, maxBins, pad);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const kept = new WeakMap<object, Density | null>();

/** density(events) with the defaults, worked out once per events array (the explorer's whole index: 122k events at 10,000 documents). */
export function densityOf(events: EventLike[]): Density | null {
  if (!kept.has(events)) kept.set(events, density(events));
  return kept.get(events)!;
}

/**
 * densityOf(events) a slice of SLICE events per task (`pause` between slices): the explorer works it out before the
 * whole index replaces the first view (in one task it was ~170 ms of CPU on a throttled phone at 10,000 documents).
 */
export async function densityOfSliced(events: EventLike[], pause: () => Promise<unknown>): Promise<Density | null> {
  if (!kept.has(events)) {
    const steps = densitySteps(events, 120, 3);
    for (;;) {
      const r = steps.next();
      if (r.done) {
        if (!kept.has(events)) kept.set(events, r.value);
        break;
      }
      await pause();
    }
  }
  return kept.get(events)!;
}

function* densitySteps(events: EventLike[], maxBins: number, pad: number): Generator<void, Density | null> {
  // each event's first day in ms, each distinct date parsed once (100,000 events have a few thousand dates)
  const cache = new Map<string, number>();
  const firstMs = new Float64Array(events.length);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const e = events[i];
    let t = NaN;
    if (e.date) {
      const key = e.week ? `w${e.week.from}` : e.dateInfo ? '' : e.date;
      const cached = key ? cache.get(key) : undefined;
      if (cached !== undefined) t = cached;
      else {
        t = ms(firstDay(e)!);
        if (key) cache.set(key, t);
      }
      if (t < min) min = t;
      if (t > max) max = t;
    }
    firstMs[i] = t;
  }
  if (min === Infinity) return null;
  const lo = min - pad * DAY;
  const hi = max + (pad + 1) * DAY;
  const days = Math.round((hi - lo) / DAY);
  const binDays = days <= maxBins ? 1 : Math.ceil(days / maxBins / 7) * 7;
  const n = Math.ceil(days / binDays);
  const bins: DensityBin[] = Array.from({ length: n }, (_, i) => ({
    start: day(lo + i * binDays * DAY),
    end: day(lo + (i + 1) * binDays * DAY),
    counts: {},
    total: 0,
  }));
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const e = events[i];
    if (Number.isNaN(firstMs[i])) continue;
    const b = bins[Math.floor((firstMs[i] - lo) / DAY / binDays)];
    b.counts[e.type] = (b.counts[e.type] ?? 0) + 1;
    b.total++;
  }
  return { from: day(lo), to: bins[bins.length - 1].end, binDays, bins, max: bins.reduce((m, b) => Math.max(m, b.total), 0) };
}
