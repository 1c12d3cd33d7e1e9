/**
 * Role passes: is the hit a happening of its own (event), a mention of one
 * told elsewhere (ref) or someone joining one (join)? And, for references,
 * who the reference says took part (the speaker after a meeting, a host,
 * "another meeting" of the pair just told).
 */
import { statusClass } from '../../what/modality';
import { PERSONISH } from '../../what/participants';
import type { Cand } from '../cand';
import { saidAtReference } from '../clues';
import { atHome } from '../place';
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** the trigger's role; conversation-between: "The conversation between Alder and Birch on Saturday …" is a happening of its own (in person when its paragraph is placed) */
export function initialRole(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, s } = e.view;
  const { kindOf, paraOf } = e.ctx;
  d.role = h.role === 'join' ? 'join' : h.rule.refOnly ? 'ref' : 'event';
  d.etype = h.type;
  if (d.role === 'ref' && h.type === null && !h.rule.cancels && /^\s+between\s/i.test(text.slice(h.end)) && d.part.ids.filter((id) => kindOf(id) === 'person').length >= 2 && statusClass(d.status) === 'real') {
    const para = paraOf.get(s.index);
    const placed = !!d.place || (e.ctx.places.some((p) => paraOf.get(p.sentence) === para && p.sentence <= s.index) && !/\b(?:phone|telephone|video|call)\b/i.test(text));
    d.role = 'event';
    d.etype = fired(d.why, 'role', 'conversation-between', placed ? 'meeting' : 'call');
  }
  // agreed-in-call: "the two leaders agreed in a phone call that …": the call is the happening
  if (d.role === 'event' && h.type === 'agreement' && d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length >= 2 && EN.agreedInCall.pattern.test(text.slice(h.start)))
    d.etype = fired(d.why, 'role', EN.agreedInCall.id, 'call');
}

/** an event without people is a reference; a visit without people or place, or at home (home-is-no-visit), is dropped */
export function peopledOrReference(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { kindOf, book, actors } = e.ctx;
  d.people = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  const people = d.people;
  if (d.role === 'event' && !d.part.ids.length) d.role = 'ref';
  if (d.role === 'event' && h.type !== 'agreement' && !people.length && !d.nationParties) {
    if (h.type === 'visit') return false;
    d.role = 'ref';
    d.part = { ids: [], certainty: 0 };
  }
  if (d.role === 'join' && !people.length) {
    // "No officials were present at the meeting on Tuesday": still a mention of that meeting
    d.role = 'ref';
    d.part = { ids: [], certainty: 0 };
  }
  if (d.role === 'event' && h.type === 'visit' && !d.place) return false;
  // a leader is never a visitor at home
  if (d.role === 'event' && h.type === 'visit' && atHome(book, d.place, people, (id) => actors.get(id)?.affiliation ?? null)) return false;
  return true;
}

/** hosted-by-speaker: "speaking in Avalon at a summit of leaders hosted by Alder, Birch said …": the host and the speaker took part */
export function hostedBySpeaker(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  const hostedBy = d.role === 'ref' && h.type === 'meeting' && statusClass(d.status) === 'real' ? /^[^.;]{0,80}?\bhosted\s+by\s+/i.exec(text.slice(h.end)) : null;
  if (!hostedBy) return;
  const from = h.end + hostedBy[0].length;
  const host = local.filter((m) => m.kind === 'person' && m.start >= from && m.start - from <= 40).sort((a, b) => a.start - b.start)[0];
  const speaker = host && /^\s*speaking\b/i.test(text) && h.start < 80 ? local.filter((m) => m.kind === 'person' && m.start >= host.end && m.actorId !== host.actorId && /^\s*(?:said|says|told|warned|added)\b/i.test(text.slice(m.end))).sort((a, b) => a.start - b.start)[0] : undefined;
  if (host && speaker) {
    d.role = 'event';
    d.part = fired(d.why, 'participants', 'hosted-by-speaker', { ids: [speaker.actorId, host.actorId], certainty: Math.min(host.score, speaker.score, 0.7) });
  }
}

/** a reference's people: another-meeting (+another-of-day), cancelled-by-people, same-sentence-people, said-at-reference */
export function referencePeople(d: Draft, e: ClauseEnv): void {
  const { h, before, people } = d;
  const { text, lower, local, s } = e.view;
  const { cands, kindOf } = e.ctx;
  // "A second meeting that both sides had pencilled in … never took place": the people of the happening just told
  const another = d.role === 'ref' && (h.type === 'meeting' || h.type === 'call') && (d.status === 'cancelled' || d.status === 'planned') && /\b(?:a\s+second|another|a\s+further|a\s+follow-up)\s+$/i.test(before);
  const anotherOf = another ? [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 6 && statusClass(c.status) === 'real' && c.participants.filter((id) => kindOf(id) === 'person').length === 2) : undefined;
  if (anotherOf) {
    d.role = 'event';
    d.part = fired(d.why, 'participants', 'another-meeting', { ids: anotherOf.participants.filter((id) => kindOf(id) === 'person'), certainty: Math.min(anotherOf.certainty, 0.6) });
    if (!d.date.value && anotherOf.date.value) d.date = fired(d.why, 'date', 'another-of-day', anotherOf.date);
  } else if (d.role === 'ref' && h.rule.cancels && people.length) {
    // "Birch and Alder decided to skip the event": they were expected there
    d.part = fired(d.why, 'participants', 'cancelled-by-people', { ids: people, certainty: d.part.certainty });
  } else if (d.role === 'ref' && h.type && /\btheir\s+(?:[\w-]+\s+){0,2}$/i.test(before) && EN.theirAdjunct.pattern.test(before) && sameSentenceEvents(e, kindOf).length === 1 && !h.rule.refOnly) {
    // their-adjunct: "A and B signed a declaration after their summit": the summit of the two who signed
    const other = sameSentenceEvents(e, kindOf)[0];
    d.role = 'event';
    d.part = fired(d.why, 'participants', EN.theirAdjunct.id, { ids: other.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: other.certainty });
  } else if (d.role === 'ref' && h.type && /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
    // "signed by A and B after a two-hour meeting": the same people met
    const other: Cand[] = [];
    for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
      if (cands[k].role === 'event' && cands[k].participants.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) other.push(cands[k]);
    if (other.length === 1 && !h.rule.refOnly) {
      d.role = 'event';
      d.part = fired(d.why, 'participants', 'same-sentence-people', { ids: other[0].participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: other[0].certainty });
    } else d.part = { ids: [], certainty: 0 };
  } else if (d.role === 'ref') {
    // "X said after Tuesday's meeting", "X spoke after the talks": X was there
    const sp = saidAtReference(text, lower, local, h, e.lastSubject, s.index);
    d.part = fired(d.why, 'participants', 'said-at-reference', sp ? { ids: [sp.id], certainty: sp.score } : { ids: [], certainty: 0 });
    d.adjunct = !!sp;
    d.tookPart = /\b(?:head|leader|chief|members?|part)\s+of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w.-]+\s+){0,2}?(?:delegation|team|negotiators)\b|\b(?:delegation|team)\s+(?:head|leader|chief)\b|\b(?:took|taken|taking)\s+part\b|\b(?:participated|attended)\b/i.test(text.slice(0, h.start));
  }
}

/** the happenings already emitted from this sentence with two or more people (the subject of "their") */
function sameSentenceEvents(e: ClauseEnv, kindOf: (id: string) => string | null | undefined): Cand[] {
  const out: Cand[] = [];
  const { cands } = e.ctx;
  for (let k = cands.length - 1; k >= 0 && cands[k].sentence === e.view.s.index; k--)
    if (cands[k].role === 'event' && cands[k].participants.filter((id) => PERSONISH.includes((kindOf(id) ?? 'country') as never)).length >= 2) out.push(cands[k]);
  return out;
}
