/** Pure display helpers: dates with their precision, date ranges of partial dates. */
import type { DateInfo } from './schema';
import { precisionOf } from './precision';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-02-18" → "18 February 2025", "2025-02" → "February 2025", "2025" → "2025", null → "Undated". */
export function formatPartialDate(date: string | null): string {
  if (!date) return 'Undated';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Short form for tables and labels: "18 Feb 2025", "Feb 2025". */
export function formatShortDate(date: string | null): string {
  if (!date) return 'Undated';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = (MONTHS[Number(m) - 1] ?? m).slice(0, 3);
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A count as en-GB writes it ("1,338"), without Intl: `toLocaleString('en-GB')` sets up the browser's number
 * formatting the first time it is called — on a phone (CPU ×4) ~75 ms in the render that first draws the network
 * ("The 150 most active of 1,338 actors", 10,000 documents, traced). Anything but a whole number ≥ 0 goes to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('en-GB');
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type Precision = 'day' | 'month' | 'year';

export { precisionOf };

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The whole span a partial date covers, as [first day, day after the last day)
 * in UTC: "2025-02" → ["2025-02-01", "2025-03-01"].
 */
export function dateSpan(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4));
  const p = precisionOf(date);
  if (p === 'year') return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
  const m = Number(date.slice(5, 7)) - 1;
  if (p === 'month') return { start: isoDay(Date.UTC(y, m, 1)), end: isoDay(Date.UTC(y, m + 1, 1)) };
  const d = Number(date.slice(8, 10));
  return { start: isoDay(Date.UTC(y, m, d)), end: isoDay(Date.UTC(y, m, d + 1)) };
}

/** True when the partial date's span meets the inclusive day window [from, to]. */
export function overlapsWindow(date: string | null, from: string | null, to: string | null): boolean {
  if (!date) return false;
  const { start, end } = dateSpan(date);
  if (from && end <= from) return false;
  if (to && start > to) return false;
  return true;
}

/**
 * For following a window: an exact day counts when it lies in the window; a
 * month or year only when the window covers at least half of it, so a
 * three-day window does not pull in everything "in February".
 */
export function inWindow(date: string | null, from: string | null, to: string | null): boolean {
  if (!overlapsWindow(date, from, to)) return false;
  if (precisionOf(date!) === 'day') return true;
  const { start, end } = dateSpan(date!);
  const s = Date.parse(`${start}T00:00:00Z`);
  const e = Date.parse(`${end}T00:00:00Z`);
  const lo = Math.max(s, from ? Date.parse(`${from}T00:00:00Z`) : s);
  const hi = Math.min(e, to ? Date.parse(`${to}T00:00:00Z`) + 86400000 : e);
  return (hi - lo) * 2 >= e - s;
}

/** "from 'last week', published 2025-02-18" — how a date was found; null when nothing is known. */
export function describeDateInfo(info: DateInfo): string | null {
  const parts: string[] = [];
  if (info.precision === 'week' && info.range) parts.push(`week of ${formatShortDate(info.range.from)} – ${formatShortDate(info.range.to)}`);
  if (info.expression) parts.push(`from ‘${info.expression}’`);
  if (info.reference) parts.push(info.reference);
  return parts.length ? parts.join(', ') : null;
}

export function formatConfidence(c: number): string {
  return `${Math.round(c * 100)}%`;
}

/** Only http(s) links are rendered as links. */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Escapes a string for insertion into HTML (text or attribute). */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
