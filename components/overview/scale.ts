/**
 * The overview strip's time scale and axis ticks, in UTC, without d3
 * (d3's scale, axis and brush cost the explorer 27 kB gzipped). Pure.
 */
const DAY = 86400000;

export interface TimeScale {
  (t: number): number;
  invert(px: number): number;
  range: [number, number];
}

/** Linear map from [t0, t1] (ms) to [0, width] (px). */
export function timeScale(t0: number, t1: number, width: number): TimeScale {
  const span = Math.max(1, t1 - t0);
  const f = ((t: number) => ((t - t0) / span) * width) as TimeScale;
  f.invert = (px: number) => t0 + (px / Math.max(1, width)) * span;
  f.range = [0, width];
  return f;
}

export interface Tick {
  t: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** steps tried in order: [kind, size] */
const STEPS: ['day' | 'month' | 'year', number][] = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['day', 14],
  ['month', 1],
  ['month', 3],
  ['month', 6],
  ['year', 1],
  ['year', 2],
  ['year', 5],
  ['year', 10],
];

function monthStart(t: number, everyMonths: number): number {
  const d = new Date(t);
  const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const first = Math.ceil(m / everyMonths) * everyMonths;
  let at = Date.UTC(Math.floor(first / 12), first % 12, 1);
  if (at < t) at = Date.UTC(Math.floor((first + everyMonths) / 12), (first + everyMonths) % 12, 1);
  return at;
}

function addMonths(t: number, n: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** Ticks at round UTC dates (days, weeks from Mondays, months, years), at most `count`, labelled briefly. */
export function timeTicks(t0: number, t1: number, count: number): Tick[] {
  const max = Math.max(1, count);
  for (const [kind, size] of STEPS) {
    const ts: number[] = [];
    if (kind === 'day') {
      // weeks and fortnights start on a Monday (1970-01-05 was one)
      const origin = size >= 7 ? 4 * DAY : 0;
      let t = Math.ceil((t0 - origin) / (size * DAY)) * size * DAY + origin;
      for (; t <= t1 && ts.length <= max; t += size * DAY) ts.push(t);
    } else {
      const months = kind === 'year' ? size * 12 : size;
      for (let t = monthStart(t0, months); t <= t1 && ts.length <= max; t = addMonths(t, months)) ts.push(t);
    }
    if (ts.length <= max) return ts.map((t) => ({ t, label: tickLabel(t, kind) }));
  }
  return [];
}

function tickLabel(t: number, kind: 'day' | 'month' | 'year'): string {
  const d = new Date(t);
  const m = d.getUTCMonth();
  if (kind === 'year' || (kind === 'month' && m === 0)) return String(d.getUTCFullYear());
  if (kind === 'month' || d.getUTCDate() === 1) return MONTHS[m];
  return `${MONTHS[m]} ${d.getUTCDate()}`;
}
