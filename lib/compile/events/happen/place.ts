/**
 * Place pass: the place of the happening (a locative after or around the
 * trigger, else the happening the clause hangs on, else the arrival's), and
 * the visits that need one.
 */
import { pickPlace } from '../place';
import { fired, type ClauseEnv, type Draft } from './types';

/** locative, previous-in-sentence-place, arrival-place; "is in Avalon" only away from home; needsPlace triggers dropped without a place */
export function place(d: Draft, e: ClauseEnv): boolean {
  const { h, hitSpan } = d;
  const { text, sentPlaces } = e.view;
  const { clause } = e;
  const { book, actors } = e.ctx;
  d.place = d.insideAnchor ? null : pickPlace(text, sentPlaces, clause, hitSpan, book, h.type === 'visit', h.type === 'call' ? 30 : 100);
  if (d.place) d.why.push({ stage: 'place', rule: 'locative' });
  if (!d.place && d.prevInSentence && /^,?\s*(?:where|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) d.place = fired(d.why, 'place', 'previous-in-sentence-place', d.prevInSentence.place);
  if (d.arrivalPlace && !d.place) d.place = fired(d.why, 'place', 'arrival-place', d.arrivalPlace);
  // "Birch is in Avalon today" is a visit only away from home
  if (h.type === 'visit' && /^(?:is|are)\b/i.test(h.text)) {
    const code = d.place ? book.byName.get(d.place.toLowerCase())?.country : undefined;
    if (!d.place || !code || d.part.ids.some((id) => actors.get(id)?.affiliation === code)) return false;
  }
  return !(h.rule.needsPlace && !d.place);
}
