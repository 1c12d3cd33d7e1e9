/**
 * findDates(doc): date expressions in the sentences, resolved against the
 * publication date (meta.published, UTC). Precision is kept in the value:
 * "Feb. 17" → YYYY-MM-DD, "in February" → YYYY-MM, "in 2024" → YYYY.
 * Ranges ("last week") carry `range` and a null value; expressions relative
 * to another happening ("three days before the talks", "a day earlier")
 * carry `anchor` and a null value, resolved by the events stage.
 * Durations ("for almost two years") and numbers that are not dates are skipped.
 */
import * as chrono from 'chrono-node';
import type { DateExpr, Sentence, SentencedDoc } from './types';
import type { DatePrecision } from '../schema';
import { addDays, addMonths, daysBetween, isDay, monthEnd, mondayOf, pad2, weekdayAfter, weekdayBefore, weekdayOf } from './text/dates-util';
import { tenseNear, type Tense } from './text/tense';
import { DATE_ROWS } from './lang/en-dates';
import { MONTH_NUMBERS } from './text/months';
import { referenceDay, referenceLabel } from './reference-day';

export { resolveAnchor, weekdayBefore, weekdayAfter, addDays } from './text/dates-util';

// ---------- vocabulary ----------

const MONTHS = MONTH_NUMBERS;
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, 'a few': 3, few: 3, 'a couple of': 2, 'a couple': 2, couple: 2, several: 3,
};
const VAGUE = new Set(['a few', 'few', 'a couple of', 'a couple', 'couple', 'several']);

const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_ANY = `(?:${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;
const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.)';
const NUM = "(?:\\d{1,3}|a few|a couple of|a couple|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
const APPROX = '(?:(?:almost|nearly|about|around|some|roughly|over|more than|less than|just over|just under|only|barely)\\s+)?';
/** a short noun phrase naming the anchor: "the talks", "the Geneva meeting", "his visit" */
const ANCHOR_NP = "((?:the|this|that|these|those|his|her|their|its|our|[A-Z][\\w-]*'s)\\s+(?:[\\w'-]+\\s+){0,2}?(?:talks|meeting|meetings|summit|call|visit|trip|conference|vote|election|speech|agreement|deal|negotiations|invasion|attack|ceasefire|announcement|session|interview|exchange|swap|war|inauguration|conversation|discussions?|event|assembly|gathering|ceremony|signing|release|referendum|offensive|deadline|parade|funeral|forum|round|phone call|telephone call|talk))\\b";

const lower = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** a clause (subject + verb) rather than a noun phrase: "after she spoke…", "before Smith arrived…" */
const CLAUSE_AHEAD =
  /^\s+(?:(?:he|she|they|it|we|i|you)\s+|(?:[A-Z][\w'-]+\s+){1,4}|(?:the|both|their|its|his|her)\s+(?:[\w'’()-]+\s+){1,8}?)(?:had\s+|has\s+|was\s+|were\s+)?(?:\w{2,}ed|spoke|met|said|told|held|made|took|came|went|flew|left|sent|saw|began|signed|won|lost|gave|wrote|rang|ran|was|were|had|did)\b/;

/** a wire dateline before the expression: "ANKARA, June 11 (Reuters) -" dates the filing, not the news */
function inDateline(norm: string, start: number, end: number): boolean {
  return /^\s*[A-Z][A-Z .'/-]{2,}(?:,\s*[A-Z][\w .'-]*)?,\s*$/.test(norm.slice(0, start)) && /^,?\s*(?:\d{4}\s*)?(?:\([^)]{1,30}\)\s*)?-/.test(norm.slice(end));
}

const CAP = (w: string) => w[0].toUpperCase() + w.slice(1);
/** transcripts are often all lower-case: capitalise weekday and month names (same length) so the rules see them */
function foldCase(norm: string): string {
  return norm
    .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b/g, CAP)
    .replace(/\b(march|may)(?=\s+\d)/g, CAP);
}

// ---------- candidates ----------

interface Found {
  start: number; // offset in the sentence
  end: number;
  /** characters of the match left out of the expression's text (a leading "the") */
  skip?: number;
  value: string | null;
  precision: DatePrecision | null;
  range?: { from: string; to: string };
  anchor?: { offsetDays: number; ref: string | null };
  future?: boolean;
  /** "…, a day after X agreed": the expression dates the clause after it, counted back from the day just before it */
  clauseAhead?: boolean;
}

interface Ctx {
  norm: string;
  published: string;
  year: number;
  month: number;
  tense: (start: number, end: number) => Tense;
}

/**
 * A rule: its regex, what it cannot match without (`needs`), and what a match makes. `needs.any`: strings one of which is
 * in every text the regex finds a match in (in the text lower-cased when `lower`: the regex ignores case and the strings
 * are ASCII, which its case-insensitive matching folds as toLowerCase does). A sentence holding none of them is not
 * searched by the rule (the same finds: dates.test.ts checks each rule's strings against its regex).
 */
type Rule = { re: RegExp; needs: { any: readonly string[]; lower?: boolean }; make: (m: RegExpExecArray, c: Ctx) => Omit<Found, 'start' | 'end'> | null };

/** every month name and abbreviation in MONTH_ANY / MONTH_FULL starts with one of these (case as written) */
const MONTH_PREFIXES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** every weekday name and abbreviation in WD starts with one of these (case as written) */
const WEEKDAY_PREFIXES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const day = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

/** a target date ("a ceasefire for May 8", "until May 10"): what a past verb announced, not when it happened */
function targetTense(c: Ctx, start: number, tense: Tense): Tense {
  return tense === 'past' && /\b(?:for|until|till|through)\s+(?:the\s+)?$/i.test(c.norm.slice(Math.max(0, start - 16), start)) ? 'neutral' : tense;
}

/** how far ahead (days) the coming occurrence of a day without a year may lie and still be the one meant by default */
export const TURN_OF_YEAR_DAYS = 62;
const WEEKDAY_OF: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * The tense that decides the year of a day near the turn of the year (row day-near-the-turn-of-the-year): a day a past
 * verb points to (row target-day-not-told-day) is neutral; else the tense of the day's own clause (the words since the
 * last clause break before it); else the sentence's, without an attribution closing it (row closing-attribution-not-clause-tense).
 */
export function clauseTenseOfDay(norm: string, start: number, end: number): Tense {
  // a quotation opening just before the day ("invited Birch to visit in “early February”") does not end its clause
  const before = norm.slice(0, start).replace(/["“”]\s*$/, '');
  if (DATE_ROWS.targetDay.pattern.test(before)) return 'neutral';
  let cut = 0;
  const breaks = /[;:"“”(),]|\b(?:that|and|but|or|which|who|whom|whose|while|whereas|because|although|though|if|when|where|after|before|since|until)\b/gi;
  for (let b = breaks.exec(before); b; b = breaks.exec(before)) cut = b.index + b[0].length;
  const own = before.slice(cut);
  if (DATE_ROWS.plannedInClause.pattern.test(own)) return 'future';
  const t = tenseNear(own + norm.slice(start, end), own.length, own.length + end - start);
  if (t !== 'neutral') return t;
  const closing = DATE_ROWS.attributionClosing.pattern.exec(norm.slice(end));
  const text = closing ? norm.slice(0, end + closing[0].indexOf(',')) : norm;
  // a sentence that looks ahead (row future-in-sentence-keeps-year) keeps a day near the turn of the year ahead
  if (DATE_ROWS.aheadInSentence.pattern.test(text)) return 'future';
  return tenseNear(text, start, end);
}

/**
 * Year of a month and day told without one, when its coming occurrence lies at most TURN_OF_YEAR_DAYS ahead of the
 * reference day: a weekday told with it picks the year where it falls on that weekday (row weekday-picks-the-year);
 * else the coming one unless the day's own clause is past (row day-near-the-turn-of-the-year). Null when the coming
 * occurrence is further ahead (the usual rules decide).
 */
export function yearNearTurn(published: string, m: number, d: number, tense: Tense, weekday?: string): number | null {
  const y = +published.slice(0, 4);
  const here = daysBetween(published, day(y, m, d));
  if (here >= -1 && here <= 1) return null;
  const next = here > 1 ? y : y + 1;
  if (!isDay(next, m, d) || !isDay(next - 1, m, d)) return null;
  const ahead = daysBetween(published, day(next, m, d));
  if (ahead < 2 || ahead > TURN_OF_YEAR_DAYS) return null;
  const wd = weekday ? WEEKDAY_OF[weekday.slice(0, 3).toLowerCase()] : undefined;
  if (wd !== undefined) {
    const nextFits = weekdayOf(day(next, m, d)) === wd;
    const lastFits = weekdayOf(day(next - 1, m, d)) === wd;
    if (nextFits !== lastFits) return nextFits ? next : next - 1;
  }
  return tense === 'past' ? next - 1 : next;
}

/** year for a month/day without one: the publication year, unless past narration puts it clearly after publication */
function yearFor(c: Ctx, m: number, d: number | null, tense: Tense, at?: { start: number; end: number; text: string }): number {
  let y = c.year;
  const candidate = d ? day(y, m, d) : `${y}-${pad2(m)}`;
  if (d && at) {
    const near = yearNearTurn(c.published, m, d, clauseTenseOfDay(c.norm, at.start, at.end), DATE_ROWS.weekdayYear.pattern.exec(at.text)?.[1]);
    if (near !== null) return near;
  }
  if (d) {
    const diff = daysBetween(c.published, candidate);
    // a day shortly ahead in a sentence that looks ahead ("will be followed by a meeting on Aug. 4") is the coming one (future-in-sentence-keeps-year)
    if (diff > 1 && tense === 'past' && !(diff <= 62 && DATE_ROWS.aheadInSentence.pattern.test(c.norm))) y--;
    else if (diff > 90 && tense !== 'future') y--;
    else if (diff < -1 && tense === 'future' && -diff > 90) y++;
  } else if (at && m !== c.month && !DATE_ROWS.monthSince.pattern.test(at.text)) {
    // a month ahead this year ("a state visit in June" on a page of April) is this year's unless its own clause is past;
    // a month a few months back ("in January" on a page of November) is next year's when its clause looks ahead
    // (row month-ahead-by-the-days-clause)
    const t = clauseTenseOfDay(c.norm, at.start, at.end);
    if (m > c.month) return t === 'past' ? y - 1 : y;
    return t === 'future' && c.month - m >= 9 ? y + 1 : tense === 'future' ? y + 1 : y;
  } else {
    if (m > c.month && tense !== 'future') y--;
    else if (m < c.month && tense === 'future') y++;
  }
  return y;
}

function rangeOf(from: string, to: string): Omit<Found, 'start' | 'end'> {
  return { value: null, precision: null, range: { from, to } };
}

function anchorOf(offsetDays: number, ref: string | null): Omit<Found, 'start' | 'end'> {
  return { value: null, precision: null, anchor: { offsetDays, ref } };
}

const unitDays = (u: string) => (u.startsWith('day') || u.startsWith('night') ? 1 : u.startsWith('week') ? 7 : u.startsWith('month') ? 30 : u.startsWith('decade') ? 3650 : 365);

/** the rules, in the order their finds are collected (exported for dates.test.ts) */
export const RULES: Rule[] = [
  // 2025-02-18
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    needs: { any: ['-'] },
    make: (m) => (isDay(+m[1], +m[2], +m[3]) ? { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' } : null),
  },
  // (on) (Tuesday,) 18 February (2025)
  {
    re: new RegExp(`\\b(?:on\\s+)?(?:${WD},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})(?:,?\\s+(\\d{4}))?(?![\\w])`, 'g'),
    needs: { any: MONTH_PREFIXES },
    make: (m, c) => {
      const mo = MONTHS[lower(m[2])];
      const d = +m[1];
      const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
      const y = m[3] ? +m[3] : yearFor(c, mo, d, targetTense(c, m.index, c.tense(m.index, m.index + m[0].length)), at);
      return isDay(y, mo, d) ? { value: day(y, mo, d), precision: 'day' } : null;
    },
  },
  // (from) 3 to 5 June (2025), 3–5 June: a span of days written day first is dated by its first day (row day-span-first-day)
  {
    re: new RegExp(`\\b(?:(?:from|between)\\s+)?(?:${WD},?\\s+)?(?:the\\s+)?${DATE_ROWS.daySpanOpen.pattern.source}(?:${WD},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})(?:,?\\s+(\\d{4}))?(?![\\w])`, 'g'),
    needs: { any: MONTH_PREFIXES },
    make: (m, c) => {
      const mo = MONTHS[lower(m[3])];
      const d = +m[1];
      if (!(d < +m[2])) return null;
      const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
      const y = m[4] ? +m[4] : yearFor(c, mo, d, targetTense(c, m.index, c.tense(m.index, m.index + m[0].length)), at);
      return isDay(y, mo, d) && isDay(y, mo, +m[2]) ? { value: day(y, mo, d), precision: 'day' } : null;
    },
  },
  // (on) (Tuesday,) Feb. 17(th)(, 2025)
  {
    re: new RegExp(`\\b(?:on\\s+)?(?:${WD},?\\s+)?(${MONTH_ANY})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:(?:${DATE_ROWS.daysShareYear.pattern.source})?,?\\s+(\\d{4})(?!\\d))?`, 'g'),
    needs: { any: MONTH_PREFIXES },
    make: (m, c) => {
      const mo = MONTHS[lower(m[1])];
      const d = +m[2];
      const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
      const y = m[3] ? +m[3] : yearFor(c, mo, d, targetTense(c, m.index, c.tense(m.index, m.index + m[0].length)), at);
      return isDay(y, mo, d) ? { value: day(y, mo, d), precision: 'day' } : null;
    },
  },
  // (in) (early) February 2025
  {
    re: new RegExp(`\\b(?:(?:in|since|by|until|from|during)\\s+)?(?:(?:early|late|mid-?|the end of|the start of|the beginning of)\\s*)?(${MONTH_ANY}),?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'g'),
    needs: { any: MONTH_PREFIXES },
    make: (m) => ({ value: `${m[2]}-${pad2(MONTHS[lower(m[1])])}`, precision: 'month' }),
  },
  // (before / by) the end of June: still to come when published earlier that month
  {
    re: new RegExp(`\\b(?:(?:by|before|until|till|at|towards?|around)\\s+)?(?:the\\s+)?end\\s+of\\s+(${MONTH_FULL})(?![\\w\\d]|\\s+\\d)`, 'gi'),
    needs: { any: ['end'], lower: true },
    make: (m, c) => {
      const mo = MONTHS[lower(m[1])];
      const p = c.published;
      const ym = `${c.year}-${pad2(mo)}`;
      if (ym === p.slice(0, 7) && p < monthEnd(ym)) return { ...rangeOf(addDays(p, 1), monthEnd(ym)), future: true };
      const y = yearFor(c, mo, null, c.tense(m.index, m.index + m[0].length), { start: m.index, end: m.index + m[0].length, text: m[0] });
      return { value: `${y}-${pad2(mo)}`, precision: 'month' };
    },
  },
  // in February, since January, in early March
  {
    re: new RegExp(`\\b(?:(?:in|since|during|until|till|by|from|through|throughout|before|after|of|early|late|mid|end of|beginning of|start of)\\s+|mid-)(?:(?:early|late|mid-)\\s*)?(${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)(?![\\w\\d]|\\s+\\d)`, 'g'),
    needs: { any: MONTH_PREFIXES },
    make: (m, c) => {
      const mo = MONTHS[lower(m[1])];
      const y = yearFor(c, mo, null, c.tense(m.index, m.index + m[0].length), { start: m.index, end: m.index + m[0].length, text: m[0] });
      return { value: `${y}-${pad2(mo)}`, precision: 'month' };
    },
  },
  // in 2024, since 2014, the 2022 escalation
  {
    re: /\b(?:(in|since|by|until|till|before|after|during|from|through|throughout|of|early|late|mid-|mid|spring|summer|autumn|fall|winter|year)\s+|the\s+(?=(?:19|20)\d\d\s+[a-z]))((?:19|20)\d\d)(?![\d%,.]\d|\d|\s*(?:%|percent|people|troops|soldiers|dollars|euros|votes|km|miles|members|times))/g,
    needs: { any: ['19', '20'] },
    make: (m) => {
      const prep = (m[1] ?? '').toLowerCase();
      const inText = ['in', 'since', 'by', 'until', 'till', 'before', 'after', 'during', 'from', 'through', 'throughout'].includes(prep);
      return { value: m[2], precision: 'year', skip: inText ? 0 : m[0].length - m[2].length };
    },
  },
  // N days/weeks/months/years ago (also "in the past", a word-spinner's "ago")
  {
    re: new RegExp(`\\b${APPROX}(${NUM})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|in the past|back)\\b`, 'gi'),
    needs: { any: ['ago', 'back', 'in the past'], lower: true },
    make: (m, c) => {
      const q = m[1].toLowerCase();
      const n = NUMBERS[q] ?? +q;
      if (!Number.isFinite(n) || n <= 0) return null;
      const u = m[2].toLowerCase();
      const vague = VAGUE.has(q);
      if (u.startsWith('day')) return vague ? rangeOf(addDays(c.published, -(n + 1)), addDays(c.published, -1)) : { value: addDays(c.published, -n), precision: 'day' };
      if (u.startsWith('week')) {
        if (vague) return rangeOf(addDays(c.published, -7 * (n + 1)), addDays(c.published, -7));
        const mon = mondayOf(addDays(c.published, -7 * n));
        return rangeOf(mon, addDays(mon, 6));
      }
      const ym = c.published.slice(0, 7);
      if (u.startsWith('month')) return vague ? rangeOf(`${addMonths(ym, -(n + 1))}-01`, monthEnd(addMonths(ym, -1))) : { value: addMonths(ym, -n), precision: 'month' };
      const years = u.startsWith('decade') ? 10 * n : n;
      if (vague) return rangeOf(`${c.year - years - 1}-01-01`, `${c.year - 1}-12-31`);
      return { value: String(c.year - years), precision: 'year' };
    },
  },
  // N days from now
  {
    re: new RegExp(`\\b${APPROX}(${NUM})\\s+(days?|weeks?)\\s+(from now|hence)\\b`, 'gi'),
    needs: { any: ['hence', 'from now'], lower: true },
    make: (m, c) => {
      const q = m[1].toLowerCase();
      const n = NUMBERS[q] ?? +q;
      if (!Number.isFinite(n) || n <= 0) return null;
      const d = addDays(c.published, n * unitDays(m[2].toLowerCase()));
      return m[2].toLowerCase().startsWith('day') ? { value: d, precision: 'day', future: true } : { ...rangeOf(mondayOf(d), addDays(mondayOf(d), 6)), future: true };
    },
  },
  // anchored: "three days before the talks", "a day earlier", "two days later", "a week after the meeting"
  {
    re: new RegExp(`\\b${APPROX}(${NUM})\\s+(days?|nights?|weeks?|months?|years?)\\s+(earlier|later|(?:before|after|prior to|prior)(?:\\s+${ANCHOR_NP})?)\\b`, 'gi'),
    needs: { any: ['after', 'later', 'prior', 'before', 'earlier'], lower: true },
    make: (m, c) => {
      const q = m[1].toLowerCase();
      const n = NUMBERS[q] ?? +q;
      if (!Number.isFinite(n) || n <= 0) return null;
      const sign = /^(earlier|before|prior)/i.test(m[3]) ? -1 : 1;
      const ref = m[4] ? trimRef(m[4]) : null;
      const days = n * unitDays(m[2].toLowerCase());
      // "arrived on Tuesday, a day after she spoke…": the expression dates the clause that follows, a day BEFORE the date just given
      if (!ref && /^(before|after|prior)/i.test(m[3]) && CLAUSE_AHEAD.test(c.norm.slice(m.index + m[0].length))) return { ...anchorOf(-sign * days, null), clauseAhead: true };
      return anchorOf(sign * days, ref);
    },
  },
  // "the day before (the talks)", "the next day", "the following week", "that same day"
  {
    re: new RegExp(`\\b(?:the|that|a)\\s+(day|night|week)\\s+(earlier|later|(?:before|after|prior to)(?!\\s+(?:yesterday|tomorrow))(?:\\s+${ANCHOR_NP})?)\\b`, 'gi'),
    needs: { any: ['after', 'later', 'prior', 'before', 'earlier'], lower: true },
    make: (m) => {
      const sign = /^(before|earlier|prior)/i.test(m[2]) ? -1 : 1;
      const ref = m[3] ? trimRef(m[3]) : null;
      return anchorOf(sign * unitDays(m[1].toLowerCase()), ref);
    },
  },
  {
    re: /\b(?:the\s+(next|following|previous|preceding)\s+(day|morning|evening|night|week)|(?:that|the)\s+(same)\s+(day)|(hours|minutes)\s+(later|earlier|before|after)|(?:earlier|later)\s+(?:in\s+the|that)\s+(day)|(?:earlier|later)\s+(that)\s+(?:morning|afternoon|evening|night))\b/gi,
    needs: { any: ['next', 'same', 'hours', 'later', 'earlier', 'minutes', 'previous', 'following', 'preceding'], lower: true },
    make: (m) => {
      // hours later, that same day, earlier in the day, later that evening: the day of the date before
      if (m[5] || m[3] || m[7] || m[8]) return anchorOf(0, null);
      const sign = /^(previous|preceding)/i.test(m[1]) ? -1 : 1;
      return anchorOf(sign * (m[2].toLowerCase() === 'week' ? 7 : 1), null);
    },
  },
  // today, yesterday, tomorrow
  {
    re: /\b(the day before yesterday|the day after tomorrow|yesterday|tomorrow|today|tonight|last night|this (?:morning|afternoon|evening)|earlier today|later today)(?:'s)?\b/gi,
    needs: { any: ['today', 'tonight', 'tomorrow', 'yesterday', 'last night', 'this evening', 'this morning', 'this afternoon'], lower: true },
    make: (m, c) => {
      const w = m[1].toLowerCase();
      if (w === 'the day before yesterday') return { value: addDays(c.published, -2), precision: 'day' };
      if (w === 'the day after tomorrow') return { value: addDays(c.published, 2), precision: 'day', future: true };
      if (w === 'yesterday' || w === 'last night') return { value: addDays(c.published, -1), precision: 'day' };
      if (w === 'tomorrow') return { value: addDays(c.published, 1), precision: 'day', future: true };
      return { value: c.published, precision: 'day' };
    },
  },
  // weeks: last week, this week, next week, earlier this week, in the past week
  {
    re: /\b(?:(?:in|over|during|within)\s+)?(earlier (?:this|in the|within the) week|later (?:this|in the) week|the (?:past|last) (?:few days|couple of days)|(?:the )?past week|the last week|last week|previous week|final week|this week|next week|the coming week|coming week|recent (?:days|weeks|months)|the (?:past|last) (?:few |couple of |several )?(?:weeks|months))(?:'s)?\b(?!\s+of\b)/gi,
    needs: { any: ['week', 'days', 'months'], lower: true },
    make: (m, c) => {
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      const p = c.published;
      const mon = mondayOf(p);
      const before = c.norm.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
      if (w === 'final week' && /\b(the|its|his|her|their|a|this|that)\s*$/.test(before)) return null;
      if (w === 'previous week' && !/\bthe\s*$/.test(before)) return null;
      if (w.startsWith('earlier')) return rangeOf(mon < p ? mon : addDays(mon, -7), addDays(p, -1) < mon ? addDays(mon, -1) : addDays(p, -1));
      if (w.startsWith('later')) return { ...rangeOf(addDays(p, 1), addDays(mon, 6) > p ? addDays(mon, 6) : addDays(p, 1)), future: true };
      if (w === 'this week') return rangeOf(mon, addDays(mon, 6));
      if (w === 'next week' || w.endsWith('coming week')) return { ...rangeOf(addDays(mon, 7), addDays(mon, 13)), future: true };
      if (w.includes('few days') || w.includes('couple of days') || w === 'recent days') return rangeOf(addDays(p, -4), p);
      if (w === 'past week' || w === 'the past week' || w === 'the last week') return rangeOf(addDays(p, -7), p);
      if (w.endsWith('weeks')) return rangeOf(addDays(p, -28), p);
      if (w.endsWith('months')) return rangeOf(addDays(p, -91), p);
      // last week, the previous week, final week (a word-spinner's "last week")
      return rangeOf(addDays(mon, -7), addDays(mon, -1));
    },
  },
  // in the coming days / weeks / months, in the next few days, in the days ahead
  {
    re: /\b(?:(?:in|over|within|during)\s+)?(?:the\s+(?:coming|next)\s+(?:few\s+|couple\s+of\s+)?(days|weeks|months)|the\s+(days|weeks|months)\s+ahead)\b/gi,
    needs: { any: ['days', 'weeks', 'months'], lower: true },
    make: (m, c) => {
      const unit = (m[1] ?? m[2]).toLowerCase();
      const span = unit === 'days' ? 7 : unit === 'weeks' ? 28 : 91;
      return { ...rangeOf(addDays(c.published, 1), addDays(c.published, span)), future: true };
    },
  },
  // by the end of the week / month / year
  {
    re: /\b(?:by|before|until|at|towards?)\s+the\s+end\s+of\s+(the|this|next)\s+(week|month|year)\b/gi,
    needs: { any: ['week', 'month', 'year'], lower: true },
    make: (m, c) => {
      const p = c.published;
      const next = m[1].toLowerCase() === 'next';
      const unit = m[2].toLowerCase();
      let to: string;
      if (unit === 'week') to = addDays(mondayOf(p), next ? 13 : 6);
      else if (unit === 'month') to = monthEnd(next ? addMonths(p.slice(0, 7), 1) : p.slice(0, 7));
      else to = `${c.year + (next ? 1 : 0)}-12-31`;
      return { ...rangeOf(p, to), future: true };
    },
  },
  // weekend
  {
    re: /\b(?:(?:at|over|during|on)\s+)?(the|this|last|next|this past|this coming|past|coming)\s+weekend(?:'s)?\b/gi,
    needs: { any: ['weekend'], lower: true },
    make: (m, c) => {
      const p = c.published;
      const wd = weekdayOf(p);
      const det = m[1].toLowerCase();
      const t = c.tense(m.index, m.index + m[0].length);
      // "the summit this weekend" in a paper of Wednesday to Friday: the weekend ahead (a weekend gone is "last weekend", "at the weekend")
      const ahead = det === 'this' && wd >= 3 && wd <= 5;
      const future = det === 'next' || det.includes('coming') || ahead || (det !== 'last' && !det.includes('past') && t === 'future' && wd !== 6 && wd !== 0);
      if (future) {
        const sat = weekdayAfter(p, 6);
        return { ...rangeOf(sat, addDays(sat, 1)), future: true };
      }
      if (wd === 0 && det === 'last') return rangeOf(addDays(p, -8), addDays(p, -7));
      if (wd === 6) return det === 'last' ? rangeOf(addDays(p, -7), addDays(p, -6)) : rangeOf(p, addDays(p, 1));
      const sat = weekdayBefore(p, 6);
      return rangeOf(sat, addDays(sat, 1));
    },
  },
  // months: last month, this month, next month, earlier this month
  {
    re: /\b(?:(?:in|over|during|within)\s+)?(earlier (?:this|in the|within the) month|later (?:this|in the) month|last month|this month|next month|the coming month|earlier this year|later this year|last year|this year|next year)(?:'s)?\b(?!\s+of\b)/gi,
    needs: { any: ['month', 'year'], lower: true },
    make: (m, c) => {
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      const p = c.published;
      const ym = p.slice(0, 7);
      if (w.startsWith('earlier') && w.endsWith('month')) return rangeOf(`${ym}-01`, p.endsWith('-01') ? p : addDays(p, -1));
      if (w.startsWith('later') && w.endsWith('month')) return { ...rangeOf(addDays(p, 1) > monthEnd(ym) ? monthEnd(ym) : addDays(p, 1), monthEnd(ym)), future: true };
      if (w === 'earlier this year') return rangeOf(`${c.year}-01-01`, p.endsWith('01-01') ? p : addDays(p, -1));
      if (w === 'later this year') return { ...rangeOf(addDays(p, 1), `${c.year}-12-31`), future: true };
      if (w === 'last month') return { value: addMonths(ym, -1), precision: 'month' };
      if (w === 'this month') return { value: ym, precision: 'month' };
      if (w.endsWith('month')) return { value: addMonths(ym, 1), precision: 'month', future: true };
      if (w === 'last year') return { value: String(c.year - 1), precision: 'year' };
      if (w === 'this year') return { value: String(c.year), precision: 'year' };
      return { value: String(c.year + 1), precision: 'year', future: true };
    },
  },
  // weekdays: on Tuesday, Tuesday's meeting, last Friday, next Monday
  {
    re: new RegExp(`(?<!\\b(?:Good|Black|Bloody|Super|Ash|Palm|Easter|Holy|Cyber|Maundy|Shrove|Manic|Blue)\\s)\\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming|[Cc]oming)\\s+)?(${WD})(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?(?!\\w|\\s+(?:Times|Mirror|Telegraph|Express|Post|Herald|Independent|People|Sport|Star|Mail|Observer|Night Live|Review|Edition|Show)\\b)`, 'g'),
    needs: { any: WEEKDAY_PREFIXES },
    make: (m, c) => {
      const wdName = lower(m[2]);
      const wd = WEEKDAYS[wdName];
      if (wd === undefined) return null;
      const p = c.published;
      const mod = (m[1] ?? '').toLowerCase();
      const pw = weekdayOf(p);
      if (mod === 'last' || mod === 'this past') return { value: pw === wd ? addDays(p, -7) : weekdayBefore(p, wd), precision: 'day' };
      if (mod === 'next' || mod.includes('coming')) return { value: weekdayAfter(p, wd), precision: 'day', future: true };
      const t = c.tense(m.index, m.index + m[0].length);
      // "will meet … on Monday" in a text published on a Monday: later that day, not a week ahead (same-weekday-ahead-is-today);
      // "will meet again on Monday" is the next one
      if (t === 'future' && pw === wd && DATE_ROWS.sameWeekdayAhead.pattern.test(m[0]) && !/\bagain\s+$/i.test(c.norm.slice(Math.max(0, m.index - 8), m.index))) return { value: p, precision: 'day', future: true };
      if (t === 'future' || (t === 'present' && pw !== wd)) return { value: weekdayAfter(p, wd), precision: 'day', future: true };
      // the weekday after the page's day ("a meeting scheduled for Tuesday" on a Monday): six days back only when its own
      // clause is past, else the coming one (row weekday-after-the-page-day)
      if ((wd - pw + 7) % 7 === 1 && (mod === '' || mod === 'on') && clauseTenseOfDay(c.norm, m.index, m.index + m[0].length) !== 'past') {
        return { value: addDays(p, 1), precision: 'day', future: true };
      }
      return { value: weekdayBefore(p, wd), precision: 'day' };
    },
  },
];

function trimRef(np: string): string {
  return np.replace(/[\s,.;:]+$/, '').replace(/\s+(took|was|were|had|has|is|are|began|started|ended|in|on|at|with|between|and|of)$/i, '');
}

// ---------- main ----------

export function findDates(doc: SentencedDoc): DateExpr[] {
  // relative words count from the document's own day: its wire dateline or page stamp when earlier than publication (reference-day.ts)
  const ref = referenceDay(doc);
  const transcript = doc.meta.kind === 'transcript';
  const out: DateExpr[] = [];
  const said = referenceLabel(ref, doc.meta.published);
  for (const s of doc.sentences) out.push(...datesInSentence(doc.id, doc.body, s, ref.day, transcript, said));
  return out;
}

/** `published`: the day relative words count from; `said`: how a date counted from it says so (its `reference`) */
export function datesInSentence(docId: string, body: string, s: Sentence, published: string, transcript = false, said = `published ${published}`): DateExpr[] {
  const norm = transcript ? foldCase(s.norm) : s.norm;
  const ctx: Ctx = {
    norm,
    published,
    year: +published.slice(0, 4),
    month: +published.slice(5, 7),
    tense: (a, b) => tenseNear(norm, a, b),
  };
  const found: Found[] = [];
  let lowered: string | null = null;
  for (const rule of RULES) {
    // (a rule whose regex cannot match this sentence is not run: Rule.needs)
    if (!holdsOne(rule.needs.lower ? (lowered ??= norm.toLowerCase()) : norm, rule.needs.any)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(norm))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const r = rule.make(m, ctx);
      if (!r) continue;
      const start = m.index + (r.skip ?? 0);
      let end = m.index + m[0].length;
      while (end > start && /[\s,;:]/.test(norm[end - 1])) end--;
      if (inDateline(norm, start, end)) continue;
      const entry: Found = { ...r, start, end };
      delete entry.skip;
      found.push(entry);
    }
  }
  // longest first, then earliest; no overlaps
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Found[] = [];
  for (const f of found) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  // chrono-node as a fallback for explicit numeric dates the rules do not know ("3/8/2025", "2025/02/17")
  for (const f of chronoDates(ctx)) if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  chosen.sort((a, b) => a.start - b.start);
  // "holding on Sunday, a day after the two sides agreed …": the clause's day is the day just given, moved (rule day-before-the-day-just-given)
  chosen.forEach((f, i) => {
    const prev = chosen[i - 1];
    if (!f.clauseAhead || !f.anchor || !prev?.value || prev.value.length !== 10 || prev.anchor || prev.range) return;
    if (!DATE_ROWS.clauseAfterDay.pattern.test(norm.slice(prev.start, f.end))) return;
    f.value = addDays(prev.value, f.anchor.offsetDays);
    f.precision = 'day';
    delete f.anchor;
  });

  return chosen.map((f) => {
    const start = s.start + f.start;
    const end = s.start + f.end;
    const e: DateExpr = {
      docId,
      sentence: s.index,
      start,
      end,
      text: body.slice(start, end),
      value: f.value,
      precision: f.precision,
      reference: f.anchor ? `relative to ${f.anchor.ref ?? 'the previously mentioned date'}` : said,
    };
    if (f.range) e.range = f.range;
    if (f.anchor) e.anchor = f.anchor;
    if (f.future || isAfter(f, published)) e.future = true;
    return e;
  });
}

/** true when `text` holds one of `any` */
function holdsOne(text: string, any: readonly string[]): boolean {
  for (let k = 0; k < any.length; k++) if (text.includes(any[k])) return true;
  return false;
}

function chronoDates(c: Ctx): Found[] {
  const [y, m, d] = c.published.split('-').map(Number);
  const out: Found[] = [];
  // the rules cover month names; chrono is only asked about numeric shapes (3/8/2025, 2025/02/17, 12.03.2025)
  if (!/\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}\/\d{1,2}/.test(c.norm)) return out;
  for (const r of chrono.strict.parse(c.norm, { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 })) {
    if (!/\d/.test(r.text) || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    // "a march, 2,000 people": a lower-case month word or a number running on is not a date
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/.test(r.text)) continue;
    if (/^[,.]?\d/.test(c.norm.slice(r.index + r.text.length))) continue;
    const mo = r.start.get('month');
    const da = r.start.get('day');
    if (!mo || !da) continue;
    const year = r.start.isCertain('year') ? r.start.get('year') : yearFor(c, mo, da, c.tense(r.index, r.index + r.text.length));
    if (!year || !isDay(year, mo, da)) continue;
    if (inDateline(c.norm, r.index, r.index + r.text.length)) continue;
    out.push({ start: r.index, end: r.index + r.text.length, value: day(year, mo, da), precision: 'day' });
  }
  return out;
}

function isAfter(f: Found, published: string): boolean {
  if (f.range) return f.range.from > published;
  if (!f.value) return false;
  return f.value > published.slice(0, f.value.length);
}
