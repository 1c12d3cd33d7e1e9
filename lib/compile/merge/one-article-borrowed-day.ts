/**
 * merge/one-article-borrowed-day: one article tells a speaker's remark on the day of its one happening twice: once with
 * the occasion it was made on ("told reporters during the talks"), once in passing with no occasion and no day of its own
 * (dated by the article's lead or narrative: events/context-days.ts `document-lead-day`, `document-lead-stated-day`,
 * `day-of-the-narrative`). ONE_ARTICLE_SPEAKER_DAY (merge/score.ts) leaves such a pair apart (one names an occasion, the
 * other none); here the bare remark is the page's one happening told again. Read by merge/score.ts (pairScore).
 */
import type { WhatDocEvent } from '../what/types';
import { dayBorrowed } from './borrowed-day';

export const ONE_ARTICLE_BORROWED_DAY = {
  id: 'one-article-borrowed-day-remark',
  pattern:
    "two statements of one speaker in one article (not a broadcast transcript), dated to the same day: one names the occasion it was made on, the other names none and has no day of its own (its day is the article's lead's or narrative's); neither dated as another moment of the day",
  effect:
    "one statement: a remark with neither occasion nor day of its own, in an article about one happening, is that happening's remark told again; two remarks each naming an occasion (other occasions), or one dated by its own words, stay as one-article-speaker-day leaves them",
  example:
    'Alder told reporters during the talks in Avalon that the border would reopen. … Further down, no day or occasion: Alder, who has led the country since 2019, described the harbour as the safest in the region.',
};

const LEAD_DAY_RULES = new Set(['document-lead-day']);

/** the remark's day is its article's lead's or narrative's: none of its own (merge/borrowed-day.ts dayBorrowed, or the lead's day) */
export function noDayOfItsOwn(e: Pick<WhatDocEvent, 'dateSource' | 'rules'>): boolean {
  return dayBorrowed(e) || (e.dateSource === 'anchored' && (e.rules ?? []).some((r) => r.stage === 'date' && LEAD_DAY_RULES.has(r.rule)));
}

export interface OneArticleItem {
  e: Pick<WhatDocEvent, 'docId' | 'date' | 'dateSource' | 'rules'>;
  kind: 'article' | 'transcript';
  occasions: string[];
}

/**
 * ONE_ARTICLE_BORROWED_DAY for two statement items of the same speaker (checked by the caller); `otherMoment`: whether a
 * report is dated as another moment of its day (merge/score.ts otherMomentOfTheDay).
 */
export function oneArticleBorrowedDay(a: OneArticleItem, b: OneArticleItem, otherMoment: (e: OneArticleItem['e']) => boolean): boolean {
  if (a.e.docId !== b.e.docId || a.kind !== 'article' || b.kind !== 'article') return false;
  if (!a.e.date || a.e.date.length !== 10 || a.e.date !== b.e.date) return false;
  if (otherMoment(a.e) || otherMoment(b.e)) return false;
  const bare = (x: OneArticleItem) => !x.occasions.length && noDayOfItsOwn(x.e);
  return (bare(a) && b.occasions.length > 0) || (bare(b) && a.occasions.length > 0);
}
