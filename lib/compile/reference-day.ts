/**
 * referenceDay(doc): the day the document's own words are written from — what its "today", "on Monday",
 * "yesterday", "last week" count from. Usually the publication day of the front matter; but a page often
 * carries its own stamp near its top, and that stamp wins when it is earlier (within a week):
 *  - `wire-dateline`: a wire dateline opening a paragraph, "BOGOTA, Oct 2 (Reuters) -", "Avalon, Sep 26 (EFE).-",
 *    "NORDVIK, March 11 (Xinhua) --", "Alder, Oct 31:": the day the report was filed (a republication the next
 *    morning keeps its words of that day);
 *  - `page-stamp`: a line that is a date, or a labelled one ("2 August 2023", "Published: 20 Sep 2021 09:02",
 *    "Posted at 10:40 AM, Sep 11, 2020", "Aired May 06, 2025 - 12:00 ET"): the day of the text a later copy
 *    republished;
 *  - an "Updated <day>" stamp with no stamp of first publication: the text was written on that day or before
 *    (`updatedOnly`), its "today" may be the day before; the reference stays the stamp's day.
 * A stamp after the publication day (a page's "today" widget when it was saved) or more than a week before is
 * not the document's. Pure; reads the first lines of the body only.
 */
import { addDays, daysBetween, isDay, pad2 } from './text/dates-util';
import { DATE_ROWS } from './lang/en-dates';

export interface ReferenceDay {
  day: string;
  /** 'published' (front matter), 'wire-dateline' or 'page-stamp' */
  source: 'published' | 'wire-dateline' | 'page-stamp';
  /** the stamp or dateline read, when one */
  text: string | null;
  /** the page says only when it was updated: its words may be of the day before */
  updatedOnly: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/** how far back a stamp may lie before the publication day and still be the document's own */
export const STAMP_WITHIN_DAYS = 7;
/** how much of the top of the body is read for stamps (lines, characters) */
const HEAD_LINES = 30;
const HEAD_CHARS = 3000;
/** a page stamp is one of the first lines of the page (a date further down is more often a list of other articles') */
const STAMP_LINES = 10;

const monthOf = (w: string): number | undefined => MONTHS[w.slice(0, 3).toLowerCase()];

/** a calendar date inside a stamp line: "16 September 2020", "Mar 16, 2023", "2018/6/11", "2025-07-28", "10-03-2023" */
function dateIn(text: string, published: string): string | null {
  const pubYear = +published.slice(0, 4);
  let m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/i.exec(text);
  if (m) return mk(+m[3], monthOf(m[2]), +m[1]);
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*((?:19|20)\d\d)\b/i.exec(text);
  if (m) return mk(+m[3], monthOf(m[1]), +m[2]);
  m = /\b((?:19|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})\b/.exec(text);
  if (m) return mk(+m[1], +m[2], +m[3]);
  // day-month-year with dashes or dots ("10-03-2023"): only when the year is the publication's
  m = /\b(\d{1,2})[-.](\d{1,2})[-.]((?:19|20)\d\d)\b/.exec(text);
  if (m && +m[3] === pubYear) return mk(+m[3], +m[2], +m[1]);
  return null;
}

function mk(y: number, m: number | undefined, d: number): string | null {
  return m && isDay(y, m, d) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

/** a dateline's month and day without a year: the latest such day not after publication */
function datelineDay(month: string, dayNum: number, published: string): string | null {
  const mo = monthOf(month);
  if (!mo) return null;
  const y = +published.slice(0, 4);
  const same = mk(y, mo, dayNum);
  if (same && same <= published) return same;
  return mk(y - 1, mo, dayNum);
}

const within = (day: string, published: string) => day <= published && daysBetween(day, published) <= STAMP_WITHIN_DAYS;

export function referenceDay(doc: { body: string; meta: { published: string } }): ReferenceDay {
  const published = doc.meta.published;
  const head = doc.body.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES);
  let stamp: { day: string; text: string } | null = null;
  let updated: string | null = null;
  let firstPublished = false;
  /** days of the stamps of publication seen: two different ones (a list of other articles' dates) say nothing */
  const stampDays = new Set<string>();
  let nonEmpty = 0;
  for (const raw of head) {
    const line = raw.trim();
    if (!line) continue;
    nonEmpty++;
    const dl = DATE_ROWS.wireDateline.pattern.exec(line);
    if (dl) {
      const day = dl[3] ? mk(+dl[3], monthOf(dl[1]), +dl[2]) : datelineDay(dl[1], +dl[2], published);
      if (day && within(day, published)) return { day, source: 'wire-dateline', text: dl[0].trim(), updatedOnly: false };
      continue;
    }
    if (nonEmpty > STAMP_LINES || line.length > 110 || !DATE_ROWS.pageStamp.pattern.test(line)) continue;
    const day = dateIn(line, published);
    if (!day) continue;
    const label = /^(?:[^|]{0,24}\|\s*)?\W*(?:source:\s*\w+\s+)?(last\s+updated|updated|published|posted|created|first\s+published|aired|date)\b/i.exec(line)?.[1]?.toLowerCase() ?? '';
    if (label === 'updated' || label === 'last updated') {
      // "Published: … Updated: …" on one line: the first label is the one of publication
      if (/\b(?:published|posted|created)\b/i.test(line)) firstPublished = true;
      else {
        updated ??= day;
        continue;
      }
    } else firstPublished = true;
    stampDays.add(day);
    if (!stamp && within(day, published)) stamp = { day, text: line };
  }
  if (stamp && stamp.day !== published && stampDays.size === 1) return { day: stamp.day, source: 'page-stamp', text: stamp.text, updatedOnly: false };
  const updatedOnly = !!updated && !firstPublished && updated === published;
  return { day: published, source: 'published', text: stamp?.text ?? null, updatedOnly };
}

/** how a date counted from the reference day says so: "published 2025-03-12", "wire-dateline 2025-03-11 (published 2025-03-12)" */
export const referenceLabel = (r: ReferenceDay, published: string) => (r.source === 'published' ? `published ${r.day}` : `${r.source} ${r.day} (published ${published})`);

/** the day before the reference day: what an updated page's words may be of */
export const dayBefore = (r: ReferenceDay) => addDays(r.day, -1);
