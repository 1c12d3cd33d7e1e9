/**
 * background-happening: a happening whose own day expression puts it more than a year before its
 * document was published ("reached a landmark deal with Avalon in 2015", "where the leaders signed
 * the accords in 1993") is background to the news, not a happening the document reports: dropped.
 * (Annotators record such happenings, when at all, as minor; a reference to them is still read.)
 */
import { EN } from '../../lang/en';
import type { ClauseEnv, Draft } from './types';

/** the last day of a date value ("2015" → 2015-12-31, "2015-07" → 2015-07-31, a day → itself) */
export function lastDayOf(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return value.slice(0, 10);
}

/** days from a to b (ISO days) */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const BACKGROUND_DAYS = 365;

/** false (drop) when the hit's own day lies more than a year before publication */
export function backgroundHappening(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.role !== 'event' || h.rule.refOnly || !h.type || d.status !== 'happened' || !d.dexpr || !d.date.value || !/^\d{4}/.test(d.date.value)) return true;
  const published = e.ctx.published;
  if (!/^\d{4}-\d{2}-\d{2}/.test(published)) return true;
  if (daysBetween(lastDayOf(d.date.value), published.slice(0, 10)) <= BACKGROUND_DAYS) return true;
  d.why.push({ stage: 'status', rule: EN.backgroundHappening.id });
  return false;
}
