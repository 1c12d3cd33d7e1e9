/**
 * Who made a visit told through a frame rather than by a verb of its own:
 *   possessive-frame     "Alder raised it with officials, including Birch, during her trip to Nordvik": the visitor
 *                        is the subject of the verb the frame hangs on (by part-of-speech tags), not the person
 *                        named nearest ("his/her" points back to the clause's subject)
 *   on-a-visit-relative  "Alder, who is on an official visit to Nordvik, met Birch": the name the relative clause hangs on
 *   superlative-infinitive  "Alder, the first sitting Avalon president to visit Nordvik, met …", "Birch is the first
 *                        envoy to visit Avalon since 2018": the happening took place (the infinitive is no plan) and its
 *                        party is the person so described, not a country inside the description ("Avalon president")
 */
import { tagSentence, type PosToken } from '../../text/pos';
import { participantsOf, PERSONISH, type LocalMention } from '../../what/participants';
import { EN } from '../../lang/en';
import { uniq } from '../util';
import { atHome, pickPlace } from '../place';
import { NO_DATE } from '../../what/anchors';
import { fired, type ClauseEnv, type Draft } from './types';

const VERBISH = new Set(['AUX', 'VERB']);

/** the token index at or after offset `at` (tokens.length when none) */
function tokenAt(tokens: PosToken[], at: number): number {
  const i = tokens.findIndex((t) => t.start >= at);
  return i < 0 ? tokens.length : i;
}

/** Is the mention the subject of a verb: a verb (or auxiliary) right after it, or after an apposition in commas ("A, the envoy, said")? */
export function isVerbSubject(tokens: PosToken[], m: { end: number }): boolean {
  let i = tokenAt(tokens, m.end);
  while (i < tokens.length && tokens[i].pos === 'ADV') i++;
  if (i < tokens.length && VERBISH.has(tokens[i].pos)) return true;
  if (i < tokens.length && tokens[i].text === ',') {
    for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
      if (tokens[k].text === ';' || tokens[k].text === '.' || (VERBISH.has(tokens[k].pos) && tokens[k - 1].text !== ',')) return false;
      if (tokens[k].text === ',' || tokens[k].text === '—' || tokens[k].text === '–') {
        let j = k + 1;
        while (j < tokens.length && tokens[j].pos === 'ADV') j++;
        return j < tokens.length && VERBISH.has(tokens[j].pos);
      }
    }
  }
  return false;
}

/**
 * The subject of the clause a frame at [from, to) hangs on: the nearest person before the frame who is the subject
 * of a verb; when the frame opens the sentence (no such person before it), the first such person after it.
 */
export function frameSubject(text: string, local: LocalMention[], quotes: { start: number; end: number }[], from: number, to: number): LocalMention | null {
  const people = local.filter((m) => PERSONISH.includes(m.kind) && !quotes.some((q) => m.start > q.start && m.end < q.end));
  if (!people.length) return null;
  const tokens = tagSentence(text);
  const before = people.filter((m) => m.end <= from).sort((a, b) => b.end - a.end);
  const found = before.find((m) => isVerbSubject(tokens, m));
  if (found) return found;
  if (before.length) return null;
  return people.filter((m) => m.start >= to).sort((a, b) => a.start - b.start).find((m) => isVerbSubject(tokens, m)) ?? null;
}

/** possessive-frame, on-a-visit-relative: the visitor of a visit told as "his/her visit to P" or "…, who is on a visit to P" */
export function visitorOfFrame(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  if (h.type !== 'visit' || h.role !== 'event' || !/^(?:visit|visits|trip|trips|tour|travel|journey)\b/i.test(h.text)) return;
  const { text, local, quotes } = e.view;
  const { kindOf } = e.ctx;
  const rel = EN.onAVisitRelative.pattern.test(text.slice(e.clause.start, h.start));
  if (rel) {
    const ante = local.filter((m) => PERSONISH.includes(m.kind) && m.end <= e.clause.start && /^\s*$/.test(text.slice(m.end, e.clause.start))).sort((a, b) => b.end - a.end)[0];
    if (ante) d.part = fired(d.why, 'participants', EN.onAVisitRelative.id, { ids: [ante.actorId], certainty: ante.score });
    return;
  }
  const frame = EN.possessiveFrame.pattern.exec(before);
  if (!frame) return;
  const from = e.clause.start + frame.index;
  const who = frameSubject(text, local, quotes, from, h.end);
  if (!who) return;
  const people = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (people.length === 1 && people[0] === who.actorId) return;
  // "A did not meet B during his visit to <A's capital>": a leader is no visitor at home, so "his" is the other one
  const { book, actors } = e.ctx;
  const where = pickPlace(text, e.view.sentPlaces, e.clause, d.hitSpan, book, true);
  if (where && atHome(book, where, [who.actorId], (id) => actors.get(id)?.affiliation ?? null)) return;
  d.part = fired(d.why, 'participants', EN.possessiveFrame.id, { ids: [who.actorId], certainty: Math.min(who.score, 0.7) });
}

/** superlative-infinitive: "the first <person> to visit P" took place; its party is the person described */
export function superlativeInfinitive(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role !== 'event' || d.modality !== 'planned') return;
  const { text, local, quotes } = e.view;
  const upTo = text.slice(0, h.start);
  const sup = EN.superlativeInfinitive.pattern.exec(upTo.slice(-90));
  if (!sup) return;
  const supStart = h.start - Math.min(90, upTo.length) + sup.index;
  const lead = text.slice(0, supStart);
  if (EN.superlativeFuture.pattern.test(lead.slice(-40))) return;
  d.modality = fired(d.why, 'status', EN.superlativeInfinitive.id, 'happened');
  // the parties: only for a visit, meeting or call the person described makes ("the first to report the ceasefire" is no party to it)
  if (h.type !== 'visit' && h.type !== 'meeting' && h.type !== 'call') return;
  // the person described: right before the phrase (apposition "A, the first …", "A — the first …") or the subject of "is/became the first …"
  const described = local
    .filter((m) => PERSONISH.includes(m.kind) && m.end <= supStart && !quotes.some((q) => m.start > q.start && m.end < q.end))
    .sort((a, b) => b.end - a.end)[0];
  if (!described || !/^\s*(?:[,—–]|--)?\s*(?:(?:on\s+\w+|today|yesterday|now|also)\s+)?(?:(?:is|was|became|becomes|becoming|has\s+become|had\s+become|as)\s+)?$/i.test(text.slice(described.end, supStart))) return;
  const objects = participantsOf(text, e.owned[d.i].filter((m) => m.start >= h.end), d.hitSpan, 70).ids;
  d.part = fired(d.why, 'participants', EN.superlativeInfinitive.id, { ids: uniq([described.actorId, ...objects]), certainty: Math.min(d.part.certainty || 1, described.score) });
}

/** superlative-no-day: "the first envoy to visit Avalon since 2018", "to visit the 1945 battlefield": a day named inside the description is not the happening's */
export function superlativeNoDay(d: Draft): void {
  if (!d.why.some((w) => w.rule === EN.superlativeInfinitive.id) || !d.dexpr || d.dexpr.start < d.h.end) return;
  d.dexpr = null;
  d.date = fired(d.why, 'date', 'superlative-no-day', NO_DATE);
}
