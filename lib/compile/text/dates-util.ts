/**
 * Pure UTC calendar helpers on YYYY-MM-DD strings (no local time zone).
 */

const DAY_MS = 86_400_000;

const msCache = new Map<string, number>();
function toMs(iso: string): number {
  let ms = msCache.get(iso);
  if (ms === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    ms = Date.UTC(y, m - 1, d);
    if (msCache.size > 100000) msCache.clear();
    msCache.set(iso, ms);
  }
  return ms;
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** iso + n days */
export function addDays(iso: string, n: number): string {
  return fromMs(toMs(iso) + n * DAY_MS);
}

/** the anchor date moved by offsetDays: resolveAnchor('2025-02-18', -3) = '2025-02-15' */
export function resolveAnchor(base: string, offsetDays: number): string {
  return addDays(base.slice(0, 10), offsetDays);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

/** the most recent `weekday` (0 = Sunday) on or before `published` */
export function weekdayBefore(published: string, weekday: number): string {
  const diff = (weekdayOf(published) - weekday + 7) % 7;
  return addDays(published, -diff);
}

/** the first `weekday` strictly after `published` */
export function weekdayAfter(published: string, weekday: number): string {
  const diff = (weekday - weekdayOf(published) + 7) % 7 || 7;
  return addDays(published, diff);
}

/** Monday of the ISO week containing iso */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** signed number of days from a to b */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** YYYY-MM shifted by n months */
export function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${String(Math.floor(t / 12)).padStart(4, '0')}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** last day of a YYYY-MM month */
export function monthEnd(ym: string): string {
  return addDays(`${addMonths(ym, 1)}-01`, -1);
}

/** true when y-m-d is a real day */
export function isDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
