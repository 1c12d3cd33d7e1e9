/**
 * merge/borrowed-day: one speaker's remark told by two documents a day apart, each of which gave the remark no day of its
 * own but the day its narrative or its lead tells of (events/context-days.ts: `day-of-the-narrative`,
 * `document-lead-stated-day`). Such a day is the day of the page's story (a visit's arrival, a summit's first or second
 * day, the news its lead opens with), not the remark's, and two outlets telling one visit borrow its days a day apart.
 * Read by merge/score.ts (pairScore) beside lead-day-remark (one remark dated by the happening its lead tells, the other
 * by any day), which needs no more evidence: a borrowed day beside a day told of the remark itself is as often another
 * moment of a visit of several days, and stays apart here.
 */
import { daysBetween } from '../what/anchors';
import type { WhatDocEvent } from '../what/types';

export const BORROWED_DAY_REMARK = {
  id: 'borrowed-day-remark',
  pattern:
    "two statements of one speaker from two documents, each a remark with no day of its own dated by the day its paragraph's narrative or its article's lead tells (day-of-the-narrative, document-lead-stated-day), the two days one apart, no occasion telling them apart, and the two pages published on one day or the remark told in words alike (shared words, the same answered party, one sentence of each alike)",
  effect:
    'one statement: two pages of one day telling one speaker on one visit or summit, each dating the remark by its own story\'s day, tell one remark a day apart (two pages a day or two apart only when they tell it alike); a remark dated by its own text (its clause, its sentence), two days or more apart, or occasions told apart stay two',
  example:
    'Outlet A, its paragraph opened by "Alder arrived in Avalon on Monday": … Alder stressed that the two sides should look at the big picture. — Outlet B, the same morning, its narrative on Tuesday\'s talks: Alder noted that the influence of both nations was rising.',
};

/** the date rules of a remark's day taken from its narrative or its lead (events/context-days.ts), not told of the remark */
const BORROWED_DAY_RULES = new Set(['day-of-the-narrative', 'document-lead-stated-day']);

/** The report's day is one its narrative or its lead gave a remark with no day of its own. */
export function dayBorrowed(e: Pick<WhatDocEvent, 'dateSource' | 'rules'>): boolean {
  return e.dateSource === 'anchored' && (e.rules ?? []).some((r) => r.stage === 'date' && BORROWED_DAY_RULES.has(r.rule));
}

export interface BorrowedDayItem {
  e: Pick<WhatDocEvent, 'docId' | 'date' | 'dateSource' | 'rules'>;
  published: string;
  occasions: string[];
}

/**
 * BORROWED_DAY_REMARK for two statement items of the same speaker (checked by the caller); `alike`: whether the two tell
 * the remark in words alike (asked only for pages published on different days).
 */
export function borrowedDayRemark(a: BorrowedDayItem, b: BorrowedDayItem, alike: () => boolean): boolean {
  if (a.e.docId === b.e.docId || !a.e.date || !b.e.date || a.e.date.length !== 10 || b.e.date.length !== 10) return false;
  if (Math.abs(daysBetween(a.e.date, b.e.date)) !== 1 || !dayBorrowed(a.e) || !dayBorrowed(b.e)) return false;
  // no occasion told apart (merge/score.ts sameOccasion: both name occasions, none shared)
  if (a.occasions.length && b.occasions.length && !a.occasions.some((o) => b.occasions.includes(o))) return false;
  // pages of one day tell that day's news; pages of other days, only what they tell alike
  if (a.published === b.published) return true;
  return Math.abs(daysBetween(a.published, b.published)) <= 2 && alike();
}
