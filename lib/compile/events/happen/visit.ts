/**
 * Visit participants passes: a visit told by an arrival, a reception, an
 * invitation or a sending names its visitor in its own way.
 */
import { statusClass } from '../../what/modality';
import { participantsOf, PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import { countryOfAdjective } from '../clues';
import { fired, type ClauseEnv, type Draft } from './types';

/** arrival-guest: "Cedar had greeted Birch at the airport on arrival": Birch arrived where the story is (its place and day) */
export function arrivalGuest(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { local, s } = e.view;
  const { cands, personsBySentence } = e.ctx;
  if (!(h.type === 'visit' && /arrival$/i.test(h.text))) return true;
  const guests = local.filter((m) => m.start > h.start && m.end < h.end && m.kind === 'person');
  if (!guests.length) return false;
  d.part = fired(d.why, 'participants', 'arrival-guest', { ids: [guests[0].actorId], certainty: guests[0].score });
  const there = [...cands].reverse().find((c) => c.role === 'event' && c.place && s.index - c.sentence <= 3 && (c.participants.includes(guests[0].actorId) || (personsBySentence.get(c.sentence) ?? []).includes(guests[0].actorId)) && statusClass(c.status) === 'real');
  if (!there) return false;
  d.arrivalPlace = there.place;
  if (there.date.value) d.arrivalDate = there.date;
  return true;
}

/** reception-guest: "Alder received envoy Birch in Avalon": the guest visits, the host is at home */
export function receptionGuest(d: Draft, e: ClauseEnv): boolean {
  const { h, i } = d;
  if (!(h.type === 'visit' && /^(?:received|hosted|welcomed)\b/i.test(h.text))) return true;
  const guests = e.owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person');
  d.part = fired(d.why, 'participants', 'reception-guest', guests.length ? participantsOf(e.view.text, guests.slice(0, 1), d.hitSpan) : { ids: [], certainty: 0 });
  return d.part.ids.length > 0;
}

/** invited-guest: "Alder invited Birch to Avalon for the next summit": Birch's planned visit there */
export function invitedGuest(d: Draft, e: ClauseEnv): boolean {
  const { h, i } = d;
  if (!(h.type === 'visit' && /^invit/i.test(h.text))) return true;
  if (!e.view.sentPlaces.some((p) => p.start >= h.end && p.start - h.end <= 5)) return false;
  const inside = e.owned[i].filter((m) => m.start >= h.start && m.end <= h.end && m.kind === 'person');
  if (!inside.length) return false;
  d.part = fired(d.why, 'participants', 'invited-guest', { ids: [inside[0].actorId], certainty: inside[0].score });
  return true;
}

/** sent-envoy / sent-passive-pronoun: "Alder sent Birch to Avalon", "Birch was sent to Avalon": the one sent visits */
export function sentEnvoy(d: Draft, e: ClauseEnv): boolean {
  const { h, i } = d;
  const { text, s } = e.view;
  const { clause, lastSubject } = e;
  if (!(h.type === 'visit' && /^(?:sent|send|sends|sending|dispatched|dispatch)\b/i.test(h.text))) return true;
  const inside = e.owned[i].filter((m) => m.start >= h.start && m.end <= h.end && PERSONISH.includes(m.kind));
  const passive = /\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?$/i.test(text.slice(clause.start, h.start));
  const subj = e.owned[i].filter((m) => m.end <= h.start);
  d.part = fired(d.why, 'participants', 'sent-envoy', inside.length ? participantsOf(text, inside, d.hitSpan) : passive || /\b(?:the\s+man|the\s+woman|the\s+one|who)\b/i.test(text.slice(clause.start, h.start)) ? participantsOf(text, subj, d.hitSpan) : { ids: [], certainty: 0 });
  if (!d.part.ids.length && passive && lastSubject && s.index - lastSubject.sentence <= 2 && /\b(?:he|she)\b/i.test(text.slice(clause.start, h.start))) d.part = fired(d.why, 'participants', 'sent-passive-pronoun', { ids: [lastSubject.id], certainty: 0.6 });
  return d.part.ids.length > 0;
}

/** nation-delegation: "An Israeli delegation arrived in Cairo": the country of the adjective visits (when no person is named as the visitor) */
export function nationDelegation(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { kindOf, actors } = e.ctx;
  if (h.type !== 'visit' || h.role !== 'event' || d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) return;
  const m = EN.nationDelegation.pattern.exec(before);
  const country = m ? countryOfAdjective(m[1], actors) : null;
  if (!country) return;
  d.nationParties = true;
  d.part = fired(d.why, 'participants', EN.nationDelegation.id, { ids: [country], certainty: 0.7 });
}
