/**
 * Groups and topical passes: one trigger telling several happenings ("spoke
 * with both Birch and Cedar": a call each), and talks on a topic told without
 * their parties.
 */
import { PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import { uniq } from '../util';
import type { ClauseEnv, Draft } from './types';

/** one-each: "Alder spoke by phone with both Birch and Cedar", "… separately with Birch and Cedar", "Alder spoke to Birch and Cedar on Saturday": one call each */
export function oneEach(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  const { text } = e.view;
  const { clause } = e;
  d.groups = [d.part.ids];
  if (
    d.role === 'event' &&
    (h.type === 'call' || h.type === 'meeting') &&
    (/^[^.;]{0,25}?\b(?:with\s+both|separately\s+with)\b|^[^.;]{0,90}?\band\s+(?:then|later)\s+with\b/i.test(text.slice(h.start, clause.end)) ||
      EN.separatelyAfter.pattern.test(text.slice(h.end, clause.end)) ||
      (h.type === 'call' && /^(?:spoke|spoken|talked|speaks)\s+(?:to|with)$/i.test(h.text) && /^\s+[^,;]{1,60}?\s+and\s+/i.test(text.slice(h.end, clause.end)) && !/\b(?:together|jointly|three-way|trilateral|conference|all\s+three)\b/i.test(text.slice(clause.start, clause.end))))
  ) {
    const subj = e.owned[i].filter((m) => m.end <= h.start && PERSONISH.includes(m.kind)).map((m) => m.actorId);
    const objs = uniq(e.owned[i].filter((m) => m.start >= h.end && PERSONISH.includes(m.kind)).map((m) => m.actorId)).filter((id) => !subj.includes(id));
    const subjIn = subj.filter((id) => d.part.ids.includes(id));
    if (subjIn.length && objs.length >= 2 && d.part.ids.includes(objs[0])) {
      d.groups = [];
      for (const o of objs) d.groups.push(uniq([...subjIn, o]));
    }
  }
}

/** topical: "He was part of talks on forging a ceasefire with …": talks on a topic, told without their parties, are a happening of their own; without a day or a place, dropped */
export function topical(d: Draft, e: ClauseEnv): boolean {
  const { h, before } = d;
  const { text, relDates } = e.view;
  const { kindOf } = e.ctx;
  d.topical =
    d.role === 'event' &&
    h.type === 'meeting' &&
    /^(?:talks|negotiations|discussions|consultations|meetings?)$/i.test(h.text) &&
    EN.topicAfter.pattern.test(text.slice(h.end)) &&
    !relDates.some((x) => x.start >= h.end && x.start - h.end <= 12) &&
    !/\b(?:the|these|those|this|that|their|its|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(before) &&
    d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length < 2;
  return !(d.topical && !d.date.value && !d.place);
}
