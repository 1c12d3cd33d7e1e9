/**
 * Date passes: the day expression of the trigger's clause (kept only when it
 * is the happening's: not a reported clause's, a deadline, a count over a
 * year, a day not attached to a definite reference), then the day of the
 * happening from it or from the happening it hangs on.
 */
import type { DateExpr } from '../../types';
import { addDays, choiceFromExpr, NO_DATE, pickDate, type DateChoice } from '../../what/anchors';
import { PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import { DATE_ROWS } from '../../lang/en-dates';
import { pastWeekday } from '../weekday';
import { dayOfAnotherNoun } from './other-noun-day';
import { fired, type ClauseEnv, type Draft } from './types';

const resolveChoice = (d: DateExpr | null): DateChoice => (d ? choiceFromExpr(d) : NO_DATE);

/** the clause's day expression: single-event-sentence-day, main-clause-day; a reported clause's day, a year count, a deadline are none */
export function dayExpression(d: Draft, e: ClauseEnv): void {
  const { h, hitSpan } = d;
  const { text, singleEvent, quotes } = e.view;
  const { clause } = e;
  const { kindOf } = e.ctx;
  // "“What happened today is …,” the minister said following the summit": a day inside quoted words is seen from the
  // day of speaking; it dates only a happening told inside the same quotation (the view's quotes: DATE_ROWS.quotedDayOutside)
  const quoteOf = (x: { start: number; end: number }) => quotes.find((q) => x.start >= q.start && x.end <= q.end);
  const hitQuote = quoteOf(h);
  const quoted = !quotes.length ? e.view.relDates : e.view.relDates.filter((x) => {
    const q = quoteOf(x);
    return !q || q === hitQuote;
  });
  // "a summit jolted by Thursday's attacks": the day of another noun dates neither the happening nor the remark (day-of-another-noun)
  const relDates = quoted.some((x) => dayOfAnotherNoun(text, x)) ? quoted.filter((x) => !dayOfAnotherNoun(text, x)) : quoted;
  if (relDates.length < quoted.length) {
    const would = pickDate(quoted, clause, hitSpan);
    if (would && dayOfAnotherNoun(text, would)) d.why.push({ stage: 'date', rule: DATE_ROWS.dayOfAnotherNoun.id });
  }
  if (quoted.length < e.view.relDates.length) {
    const unfiltered = pickDate(e.view.relDates, clause, hitSpan) ?? (singleEvent && h.role === 'event' ? pickDate(e.view.relDates, { start: 0, end: text.length }, hitSpan) : null);
    if (unfiltered && !quoted.includes(unfiltered)) d.why.push({ stage: 'date', rule: DATE_ROWS.quotedDayOutside.id });
  }
  let dexpr = pickDate(relDates, clause, hitSpan);
  if (!dexpr && singleEvent && h.role === 'event') dexpr = fired(d.why, 'date', 'single-event-sentence-day', pickDate(relDates, { start: 0, end: text.length }, hitSpan));
  if (!dexpr && d.ingClause) dexpr = fired(d.why, 'date', 'main-clause-day', pickDate(relDates.filter((x) => !x.future && x.end <= clause.start), { start: 0, end: clause.start }, hitSpan));
  // "said after the call that he would travel … on Monday": a day inside a reported clause is that clause's
  if (dexpr && dexpr.start >= h.end && /\b(?:that|whether)\s+(?:\S+\s+){0,3}?(?:would|will|had|has|was|were|is|are|could|should|might|may)\b/i.test(text.slice(h.end, dexpr.start))) dexpr = null;
  // "Birch said on Sunday he will travel to Avalon", "On Saturday, the outlet reported that Birch will travel …",
  // "Birch will meet Alder in Avalon, the ministry said on Monday": the day of a verb of saying is the report's; a
  // happening told as planned in what was reported takes no day from it (report-day-not-plan-day)
  if (dexpr && d.modality === 'planned' && !dexpr.future && h.role !== 'statement' && reportDay(text, dexpr, h)) {
    d.why.push({ stage: 'date', rule: DATE_ROWS.reportVerbBefore.id });
    dexpr = null;
  }
  // "Birch met Alder in Avalon, the agency reported on Friday", "The ministry confirmed Wednesday that Birch made a visit to
  // Avalon": the day of a verb of saying is the report's; the happening took place by then — that day only when nothing else
  // dates it (report-day-not-happening-day)
  if (dexpr && d.modality === 'happened' && h.role === 'event' && h.type !== 'statement' && !dexpr.future && dexpr.precision === 'day' && !dexpr.anchor && reportDay(text, dexpr, h)) {
    d.why.push({ stage: 'date', rule: DATE_ROWS.reportDayNotHappeningDay.id });
    if (dexpr.value) d.weakDate = choiceFromExpr(dexpr);
    dexpr = null;
  }
  // "briefed Birch on Tuesday about the visit by Alder", "spoke on Monday regarding Alder's meeting with Cedar": the day is
  // the governing verb's, the happening is only the topic (day-of-the-governing-verb)
  if (dexpr && dexpr.end <= h.start && h.role !== 'statement' && DATE_ROWS.dayOnGoverningVerb.pattern.test(text.slice(dexpr.end, h.start))) {
    d.why.push({ stage: 'date', rule: DATE_ROWS.dayOnGoverningVerb.id });
    dexpr = null;
  }
  // "Birch, who landed on Wednesday, was greeted by Alder": a day inside a relative clause the trigger is not in
  if (dexpr && dexpr.end <= h.start && relativeClauseDay(text, dexpr, h)) {
    d.why.push({ stage: 'date', rule: DATE_ROWS.dayInRelativeClause.id });
    dexpr = null;
  }
  // "his fourth meeting with the leader this year": a count over the year, not the day of a happening
  if (dexpr && dexpr.precision === 'year' && /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$/i.test(text.slice(clause.start, h.start))) dexpr = null;
  // "agreed to spend 5% by 2035", "committing allies to … by 2035": a deadline of what was agreed, not the day of agreeing
  if (dexpr && h.type === 'agreement' && dexpr.start >= h.end && (/\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(h.end, dexpr.start)) || /^(?:by|until|before)\b/i.test(text.slice(dexpr.start, dexpr.end)))) dexpr = null;
  // "talks that took place on Saturday during Xi's first visit": the day is the talks', the visit is only their frame
  if (dexpr && dexpr.end <= h.start && (h.type === 'visit' || h.type === 'meeting') && EN.duringFrame.pattern.test(text.slice(clause.start, h.start)) && !EN.duringFrame.pattern.test(text.slice(clause.start, dexpr.start))) {
    d.why.push({ stage: 'date', rule: EN.duringFrame.id });
    dexpr = null;
  }
  // "A ceasefire between A and B appeared to be holding on Sunday, a day after …": the state's day, not the agreement's
  if (dexpr && h.type === 'agreement' && dexpr.start >= h.end && !dexpr.anchor && DATE_ROWS.stateOnDay.pattern.test(text.slice(h.end, dexpr.start))) {
    d.why.push({ stage: 'date', rule: DATE_ROWS.stateOnDay.id });
    if (dexpr.value && dexpr.value.length === 10 && !dexpr.future) {
      // "… holding on Sunday, a day after the sides agreed": reached that many days before the state's day
      const after = DATE_ROWS.daysAfterState.pattern.exec(text.slice(dexpr.end));
      const n = after ? (/^\d+$/.test(after[1]) ? Number(after[1]) : Math.max(1, ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'].indexOf(after[1].toLowerCase()))) : 0;
      const day = choiceFromExpr(dexpr);
      if (n) d.why.push({ stage: 'date', rule: DATE_ROWS.daysAfterState.id });
      d.weakDate = n ? { ...day, value: addDays(day.value!, -n), reference: `${day.reference ?? ''} (${n} day(s) before the state's day)`.trim() } : day;
    }
    dexpr = null;
  }
  if (dexpr && !d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')) && h.type !== 'agreement') {
    // a definite reference keeps only a day attached to it ("Tuesday's meeting", "the meeting on Tuesday",
    // "the Feb. 18 assembly") or opening its clause ("A day earlier, leaders held a summit")
    const gap = dexpr.end <= h.start ? text.slice(dexpr.end, h.start) : text.slice(h.end, dexpr.start);
    const attached = gap.trim().split(/\s+/).filter(Boolean).length <= 3 && !/[,;]/.test(gap);
    const opening = dexpr.start - clause.start <= 2 && dexpr.end <= h.start;
    const dayLike = dexpr.precision === 'day' || !!dexpr.anchor;
    if (!dayLike || !(attached || opening)) {
      if (dayLike && !dexpr.anchor && dexpr.value && !dexpr.future) d.weakDate = choiceFromExpr(dexpr);
      dexpr = null;
    }
  }
  d.dexpr = dexpr;
}

/** whether the day lies inside a relative clause set off by commas (", who landed on Wednesday,") that the trigger is not in */
export function relativeClauseDay(text: string, day: { start: number; end: number }, h: { start: number; end: number }): boolean {
  for (const m of text.matchAll(DATE_ROWS.dayInRelativeClause.pattern)) {
    const end = m.index + m[0].length;
    if (day.start >= m.index && day.end <= end) return h.end <= m.index || h.start >= end;
  }
  return false;
}

/**
 * Whether the day expression is attached to a verb of saying that stands between it and the trigger: "said on Sunday
 * [he will travel]", "[will travel …], the ministry said on Monday", "On Saturday, the outlet reported that [… will travel]".
 */
export function reportDay(text: string, day: { start: number; end: number }, h: { start: number; end: number }): boolean {
  if (day.start >= h.end) return DATE_ROWS.reportVerbBefore.pattern.test(text.slice(h.end, day.start));
  if (day.end > h.start) return false;
  if (DATE_ROWS.reportVerbBefore.pattern.test(text.slice(0, day.start))) return true;
  return DATE_ROWS.reportVerbAfter.pattern.test(text.slice(day.end, h.start));
}

/** the happening's day: from the expression (weekday-before-publication), else arrival-day, talks-day, previous-in-sentence-day, sequel-day */
export function dayOfHappening(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { text, relDates, s } = e.view;
  const { clause } = e;
  const { cands, published } = e.ctx;
  d.insideAnchor = relDates.some((x) => x.anchor && x.start <= h.start && x.end >= h.end);
  if (d.insideAnchor) d.dexpr = null;
  const dexpr = d.dexpr;
  d.date = pastWeekday(resolveChoice(dexpr), h.text, d.modality, published);
  if (!dexpr && d.arrivalDate) d.date = fired(d.why, 'date', 'arrival-day', d.arrivalDate);
  // "held four days of talks from Monday": the talks' last day
  const span = dexpr && d.date.value && d.date.value.length === 10 && dexpr.start >= h.end && /^\s*(?:from|starting|beginning)\s+$/i.test(text.slice(h.end, dexpr.start).replace(/\s+in\s+[^,;]*$/, ' ').replace(/^\s*(?:in|at)\s+[^,;]*?\s+(?=from\b)/i, ' ')) ? EN.daysOfTalksFrom.pattern.exec(before) : null;
  if (span) {
    const n = /^\d$/.test(span[1]) ? Number(span[1]) : ['two', 'three', 'four', 'five', 'six', 'seven'].indexOf(span[1].toLowerCase()) + 2;
    d.date = fired(d.why, 'date', EN.daysOfTalksFrom.id, { ...d.date, value: addDays(d.date.value!, n - 1), reference: `${d.date.reference ?? ''} (last of ${n} days)`.trim() });
  }
  // "the delegations agreed to …": on the day of their talks
  if (h.type === 'agreement' && !d.date.value && /\bthe\s+(?:delegations|sides|parties|negotiators)\s+$/i.test(before)) {
    const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2 && c.date.value);
    if (talks) d.date = fired(d.why, 'date', 'talks-day', talks.date);
  }
  // "A and B have agreed to a ceasefire, the minister announced on Sunday": agreed by the day it was reported
  if (h.type === 'agreement' && h.role === 'event' && d.modality === 'happened' && !d.date.value) {
    const reported = relDates.find((x) => x.start >= h.end && x.precision === 'day' && !x.future && !x.anchor && x.value && x.value <= published && EN.reportedOnDay.pattern.test(text.slice(Math.max(0, x.start - 40), x.start)));
    if (reported) d.date = fired(d.why, 'date', EN.reportedOnDay.id, resolveChoice(reported));
  }
  for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
    if (cands[k].role === 'event') {
      d.prevInSentence = cands[k];
      break;
    }
  const prevInSentence = d.prevInSentence;
  if (!dexpr && prevInSentence && /^,?\s*(?:where|when|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) d.date = fired(d.why, 'date', 'previous-in-sentence-day', prevInSentence.date);
  // "Straight afterwards he spoke to Birch", "and then they held a call with …": the next happening of that day, not the same one
  d.sequel = h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && EN.sequelBefore.pattern.test(text.slice(Math.max(0, clause.start - 12), h.start));
  if (d.sequel && !dexpr) {
    const prevDated = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.date.value && !c.date.future);
    if (prevDated) d.date = fired(d.why, 'date', 'sequel-day', prevDated.date);
  }
}

/** the date rule of a day taken from the clause: how its expression was read */
export function dateRule(date: DateChoice): string {
  if (date.source === 'range') return 'estimated-from-range';
  if (date.source === 'anchored' || date.anchor) return 'anchored';
  if (date.reference && /\(past: /.test(date.reference)) return 'weekday-before-publication';
  return date.expression && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|earlier)\b/i.test(date.expression) ? 'relative-to-publication' : 'explicit';
}
