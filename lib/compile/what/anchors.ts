/**
 * When: picks the date expression that belongs to a trigger, turns ranges
 * ("last week") into an honest partial date, and resolves anchored expressions
 * ("three days before the talks", "a day earlier") against other happenings.
 */
import { precisionOf, type DatePrecision } from '../../schema';
import type { DateExpr, Span } from '../types';
import type { DateSource } from './types';
import { addDays, daysBetween } from '../text/dates-util';

export interface DateChoice {
  value: string | null;
  precision: DatePrecision | null;
  expression: string | null;
  reference: string | null;
  source: DateSource;
  range: { from: string; to: string } | null;
  anchor: { offsetDays: number; ref: string | null } | null;
  future: boolean;
}

export const NO_DATE: DateChoice = { value: null, precision: null, expression: null, reference: null, source: 'none', range: null, anchor: null, future: false };

export { addDays, daysBetween };


/**
 * The day that best stands for a span of at most a week: for a whole
 * Monday–Sunday week the Wednesday (the middle of the working week, when
 * diplomacy happens); otherwise the middle day (the later one on a tie).
 * Every day of the span is then within three days of the estimate.
 */
export function estimateDay(range: { from: string; to: string }): string {
  const len = daysBetween(range.from, range.to) + 1;
  const monday = new Date(`${range.from}T00:00:00Z`).getUTCDay() === 1;
  return addDays(range.from, len === 7 && monday ? 2 : Math.floor(len / 2));
}

/** A DateExpr as a date choice: a span of up to a week gives its estimated day (source 'range'); longer spans the month (or year) they lie in. */
export function choiceFromExpr(d: DateExpr): DateChoice {
  const base = { expression: d.text, reference: d.reference, future: !!d.future, anchor: d.anchor ?? null };
  if (d.anchor && !d.value) return { ...base, value: null, precision: null, source: 'anchored', range: null };
  const range = d.range;
  if (range && range.from && range.to && range.from !== range.to && daysBetween(range.from, range.to) < 7) {
    return { ...base, value: estimateDay(range), precision: 'day', source: 'range', range: { from: range.from, to: range.to } };
  }
  if (range && range.from && range.to && range.from !== range.to) {
    const value = range.from.slice(0, 7) === range.to.slice(0, 7) ? range.from.slice(0, 7) : range.from.slice(0, 4) === range.to.slice(0, 4) ? range.from.slice(0, 4) : null;
    return { ...base, value, precision: value ? precisionOf(value) : null, source: 'range', range: { from: range.from, to: range.to } };
  }
  if (!d.value) return { ...base, value: null, precision: null, source: 'none', range: null };
  return { ...base, value: d.value, precision: d.precision ?? precisionOf(d.value), source: d.anchor ? 'anchored' : 'explicit', range: null };
}

/**
 * The date expression of a trigger: inside its clause, nearest to it (a date
 * right after the trigger wins ties); null when the clause has none.
 */
export function pickDate(dates: DateExpr[], clause: Span, trigger: Span): DateExpr | null {
  let best: DateExpr | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    // in the clause, or running into it ("Two days | after the summit, she travelled …")
    if ((d.start < clause.start || d.start >= clause.end) && !(d.start < clause.start && d.end > clause.start)) continue;
    // "three days before the talks" is not the date of "the talks"
    if (d.start <= trigger.start && d.end >= trigger.end) continue;
    // a date after the trigger ("met Dogwood late on Thursday") is usually the trigger's own
    const dist = d.start >= trigger.end ? (d.start - trigger.end) / 2 : trigger.start - d.end + 0.5;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

const NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, 'a couple of': 2, 'a few': 3, several: 3 };

/**
 * Anchored expressions the date stage may have left out: "three days before
 * the talks", "a day earlier", "two days after the meeting", "the day before".
 * Offsets are sentence-relative when `sentenceStart` is 0.
 */
export function findAnchors(text: string, docId: string, sentence: number, sentenceStart: number): DateExpr[] {
  const out: DateExpr[] = [];
  const re = /\b(a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(before|after|earlier|later|prior\s+to|ahead\s+of)(\s+(?:the|this|that|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?(?:talks|meeting|summit|call|visit|conversation|negotiations|trip|signing|agreement))?|\bthe\s+(day|week)\s+(before|after)(\s+(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:talks|meeting|summit|call|visit|conversation|negotiations|trip))?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let n: number;
    let dir: string;
    let ref: string | undefined;
    if (m[1]) {
      n = NUM[m[1].toLowerCase()] ?? Number(m[1]);
      dir = m[2].toLowerCase();
      ref = m[3];
    } else {
      n = m[4].toLowerCase() === 'week' ? 7 : 1;
      dir = m[5].toLowerCase();
      ref = m[6];
    }
    if (!Number.isFinite(n) || n <= 0) continue;
    const sign = /^(before|earlier|prior|ahead)/.test(dir) ? -1 : 1;
    out.push({
      docId,
      sentence,
      start: sentenceStart + m.index,
      end: sentenceStart + m.index + m[0].length,
      text: m[0],
      value: null,
      precision: null,
      reference: ref ? `anchored to "${ref.trim()}"` : 'anchored to the previous dated happening',
      anchor: { offsetDays: sign * n, ref: ref ? ref.trim() : null },
    });
  }
  return out;
}

/** Two partial dates (or ranges) that can name the same day. `slackDays` allows near days when one side is uncertain. */
export function datesCompatible(
  a: { value: string | null; range?: { from: string; to: string } | null },
  b: { value: string | null; range?: { from: string; to: string } | null },
  slackDays = 0,
): boolean {
  if (!a.value && !a.range) return true;
  if (!b.value && !b.range) return true;
  const ra = a.range ?? (a.value ? rangeOf(a.value) : null);
  const rb = b.range ?? (b.value ? rangeOf(b.value) : null);
  if (!ra || !rb) return true;
  return addDays(ra.from, -slackDays) <= rb.to && addDays(rb.from, -slackDays) <= ra.to;
}

/** The days a partial date covers. */
export function rangeOf(value: string): { from: string; to: string } {
  if (value.length === 10) return { from: value, to: value };
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return { from: `${value}-01`, to: last };
  }
  return { from: `${value}-01-01`, to: `${value}-12-31` };
}
