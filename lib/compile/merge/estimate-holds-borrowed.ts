/**
 * merge/estimate-holds-borrowed: one speaker's remark that one article gives no day at all (estimated on its reference
 * day, the day before in its span: events/context-days.ts `reference-day-estimated`) and another document's report of
 * that speaker dated by the day its narrative or its lead tells (merge/borrowed-day.ts dayBorrowed), that day inside the
 * estimate's span. Neither day is told of the remark itself: both pages tell one visit's or one meeting's remarks.
 * Read by merge/score.ts (pairScore).
 */
import { daysBetween } from '../what/anchors';
import type { WhatDocEvent } from '../what/types';
import { dayBorrowed } from './borrowed-day';

export const ESTIMATE_HOLDS_BORROWED = {
  id: 'estimate-holds-borrowed',
  pattern:
    "two statements of one speaker from two articles published within a day: one with no day in its text (estimated on its page's day, the day before in its span), the other dated by its narrative's or its lead's day, that day inside the estimate's span, no occasion telling them apart",
  effect:
    "one statement on the borrowed day: neither page dates the remark itself, and both tell the speaker on one happening; a day told of the remark, a day outside the span or pages further apart stay two",
  example: 'Published Tuesday, no day: Alder said the submarines would be built. — Published Monday, its lead "Alder met Birch on Monday": Alder said the deal took months.',
};

export interface EstimateItem {
  e: Pick<WhatDocEvent, 'docId' | 'date' | 'dateSource' | 'dateRange' | 'rules'>;
  kind: 'article' | 'transcript';
  published: string;
  occasions: string[];
}

const estimated = (e: EstimateItem['e']) => e.dateSource === 'published' && !!e.dateRange && (e.rules ?? []).some((r) => r.stage === 'date' && r.rule === 'reference-day-estimated');

/** ESTIMATE_HOLDS_BORROWED for two statement items of the same speaker (checked by the caller). */
export function estimateHoldsBorrowed(a: EstimateItem, b: EstimateItem): boolean {
  if (a.e.docId === b.e.docId || a.kind !== 'article' || b.kind !== 'article' || !a.e.date || !b.e.date || a.e.date === b.e.date) return false;
  const [est, bor] = estimated(a.e) && dayBorrowed(b.e) ? [a, b] : estimated(b.e) && dayBorrowed(a.e) ? [b, a] : [null, null];
  if (!est || !bor) return false;
  const day = bor.e.date!;
  if (day.length !== 10 || !(est.e.dateRange!.from <= day && day <= est.e.dateRange!.to)) return false;
  if (Math.abs(daysBetween(a.published, b.published)) > 1) return false;
  return !(a.occasions.length && b.occasions.length && !a.occasions.some((o) => b.occasions.includes(o)));
}
