/**
 * `planned-agreement-without-day` (the last of the date passes, context-days.ts): an agreement told only as to come —
 * "Arab states would agree to normalise relations", "the two presidents resolved to make an effort to reach an
 * agreement", "they will sign a declaration" — for which the document gives no day, month or year is an aim, an offer or
 * a condition, not a scheduled happening, and is left out. A planned signing the text dates ("are expected to sign the
 * accord on Friday", "a deal to be signed next month") stays, as does one that happened, was cancelled or any mention
 * of which carries a day.
 */
import type { Cluster } from './cand';
import { combineStatus } from '../what/modality';

export const PLANNED_AGREEMENT_WITHOUT_DAY = 'planned-agreement-without-day';

/** removes from `clusters` (in place) the planned agreements no day, month or year dates; returns how many */
export function dropUndatedPlannedAgreements(clusters: Cluster[]): number {
  let n = 0;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.type !== 'agreement' || c.date.value || c.date.range || combineStatus([...c.statuses]) !== 'planned') continue;
    if (c.cands.some((x) => x.date.value || x.date.range || x.weakDate)) continue;
    clusters.splice(i, 1);
    n++;
  }
  return n;
}
