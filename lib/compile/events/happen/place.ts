/**
 * Place pass: the place of the happening (a locative after or around the
 * trigger, else the happening the clause hangs on, else the arrival's), and
 * the visits that need one.
 */
import { PERSONISH } from '../../what/participants';
import { placeLabel } from '../../what/places';
import { EN } from '../../lang/en';
import { pickPlace } from '../place';
import { fired, type ClauseEnv, type Draft } from './types';

/** locative, previous-in-sentence-place, arrival-place; "is in Avalon" only away from home; needsPlace triggers dropped without a place */
export function place(d: Draft, e: ClauseEnv): boolean {
  const { h, hitSpan } = d;
  const { text, sentPlaces } = e.view;
  const { clause } = e;
  const { book, actors } = e.ctx;
  const fromOk = h.type !== 'meeting' && h.type !== 'agreement';
  d.place = d.insideAnchor ? null : pickPlace(text, sentPlaces, clause, hitSpan, book, h.type === 'visit', h.type === 'call' ? 30 : 100, fromOk);
  if (d.place) d.why.push({ stage: 'place', rule: 'locative' });
  // summit-in-country: "their summit in Eastland": a country named right after a meeting noun is where it was
  if (!d.place && !d.insideAnchor && h.type === 'meeting' && h.role === 'event' && /^(?:summit|talks|negotiations|meeting|conference)/i.test(h.text)) {
    const where = countryAsPlace(d, e);
    if (where) d.place = fired(d.why, 'place', 'summit-in-country', where);
  }
  if (!d.place && d.prevInSentence && /^,?\s*(?:where|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) d.place = fired(d.why, 'place', 'previous-in-sentence-place', d.prevInSentence.place);
  if (d.arrivalPlace && !d.place) d.place = fired(d.why, 'place', 'arrival-place', d.arrivalPlace);
  if (h.type === 'visit' && !d.insideAnchor && (!d.place || d.why[d.why.length - 1]?.rule === 'locative')) {
    const where = countryAsPlace(d, e, d.place ? placeStart(d, e) : Infinity);
    if (where === false) return false;
    if (where && d.place) d.why.pop();
    if (where) d.place = fired(d.why, 'place', EN.countryAsPlace.id, where);
  }
  // "Birch is in Avalon today" is a visit only away from home
  if (h.type === 'visit' && /^(?:is|are)\b/i.test(h.text)) {
    const code = d.place ? book.byName.get(d.place.toLowerCase())?.country : undefined;
    if (!d.place || !code || d.part.ids.some((id) => actors.get(id)?.affiliation === code)) return false;
  }
  return !(h.rule.needsPlace && !d.place);
}

/**
 * country-as-place: "arrived in Egypt", "travelling to South Korea", "will depart for Egypt": a country
 * named right after a visit trigger is an actor mention, not a place mention; it is where the visit is.
 * False when every visitor belongs to that country (a leader is never a visitor at home).
 */
export function countryAsPlace(d: Draft, e: ClauseEnv, before = Infinity): string | null | false {
  const { h } = d;
  const { text, local } = e.view;
  const { actors, book, kindOf } = e.ctx;
  const m = local.filter((x) => x.kind === 'country' && x.start >= h.end && x.start < e.clause.end && x.start < before && EN.countryAsPlace.pattern.test(text.slice(h.end, x.start))).sort((a, b) => a.start - b.start)[0];
  if (!m) return null;
  const country = actors.get(m.actorId);
  if (!country) return null;
  const people = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country') || kindOf(id) === 'country');
  if (people.length && country.affiliation && people.every((id) => (actors.get(id)?.affiliation ?? null) === country.affiliation)) return false;
  return placeLabel(book, country.name);
}

/** where the place picked by the locative rule is named (the first mention of that place after the trigger) */
function placeStart(d: Draft, e: ClauseEnv): number {
  const p = e.view.sentPlaces.find((x) => x.start >= d.h.end && d.place?.startsWith(x.place));
  return p ? p.start : Infinity;
}
