/**
 * Agreement participants passes: the other party of an agreement told from
 * one side (officials in a city, the other side of the talks just told, the
 * two countries of a meeting in the same sentence).
 */
import { statusClass } from '../../what/modality';
import { PERSONISH } from '../../what/participants';
import { countryActor, countryOfAdjective } from '../clues';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';
import { subjectSpan, tagSentence } from '../../text/pos';
import type { LocalMention } from '../../what/participants';
import { EN } from '../../lang/en';

const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Is the person the subject of the verb at `at`: in the name run right before it, or a mention (a resolved "he") with only auxiliaries and adverbs between? */
export function isSubjectOf(text: string, local: LocalMention[], id: string, at: number, from = 0): boolean {
  const tokens = tagSentence(text);
  const span = subjectSpan(tokens, at);
  const mine = local.filter((m) => m.actorId === id && m.end <= at && m.start >= from);
  if (span && mine.some((m) => m.start >= span.start && m.end <= span.end)) return true;
  return mine.some((m) => tokens.filter((t) => t.start >= m.end && t.end <= at).every((t) => BETWEEN_SUBJECT_AND_VERB.has(t.pos)));
}

/** officials-in-city: "Officials in Avalon say the agreement with Eastland could be signed": the officials' country is the other party */
export function officialsInCity(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, sentPlaces } = e.view;
  const { kindOf, book, actors } = e.ctx;
  if (!(h.type === 'agreement' && !h.rule.refOnly && d.part.ids.length === 1 && kindOf(d.part.ids[0]) === 'country' && /\b(?:agreement|deal|accord|treaty)\s+with\s/i.test(text))) return;
  const byCity = /^(?:[\w'’-]+\s+){0,2}?officials\s+in\s+/i.exec(text);
  const byAdj = /^(?:the\s+)?([a-z.]+)\s+officials\s+(?:say|said|says)\b/i.exec(text);
  let home: string | null = null;
  if (byCity) {
    const pm = sentPlaces.find((p) => p.start === byCity[0].length);
    const code = pm ? book.byName.get(pm.place.toLowerCase())?.country : undefined;
    home = code ? (countryActor(actors, code)?.id ?? null) : null;
  } else if (byAdj) home = countryOfAdjective(byAdj[1], actors);
  if (home && !d.part.ids.includes(home)) d.part = fired(d.why, 'participants', 'officials-in-city', { ids: [...d.part.ids, home], certainty: Math.min(d.part.certainty || 1, 0.6) });
}

/** agreement-other-side: "Birch agreed to a pause" after "the call between Alder and Birch": the other side of that happening agreed with Birch */
export function agreementOtherSide(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (!(d.role === 'event' && h.type === 'agreement')) return;
  const ps = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (ps.length !== 1) return;
  // other-side-subject: only when that person is the one who agrees (the subject of the verb, by part-of-speech tags),
  // and the clause does not name the other side itself ("reached a deal with Avalon", "Avalon agreed" after a call)
  const { text, local } = e.view;
  if (!isSubjectOf(text, local, ps[0], h.start, e.clause.start) || EN.otherSideNamed.pattern.test(text.slice(h.end, e.clause.end))) return;
  for (let k = cands.length - 1; k >= 0 && s.index - cands[k].sentence <= 4; k--) {
    const c = cands[k];
    const cps = c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
    if ((c.type === 'call' || c.type === 'meeting') && c.role === 'event' && statusClass(c.status) === 'real' && cps.includes(ps[0]) && cps.length >= 2) {
      d.part = fired(d.why, 'participants', 'agreement-other-side', { ids: uniq([...ps, ...cps]), certainty: Math.min(d.part.certainty || 1, c.certainty, 0.7) });
      break;
    }
  }
}

/** deal-between-two: "Alder met Birch …, and the signing of a deal between the two countries was called off": the parties of that meeting */
export function dealBetweenTwo(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (!(h.type === 'agreement' && !h.rule.refOnly && !d.people.length && /^[^.;]{0,80}?\bbetween\s+the\s+two\s+(?:countries|sides|leaders|governments|nations|men)\b/i.test(text.slice(h.end, e.clause.end)))) return;
  const same = cands.filter((c) => c.sentence === s.index && c.role === 'event' && (c.type === 'meeting' || c.type === 'call') && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length >= 2).pop();
  if (same) {
    d.role = 'event';
    d.part = fired(d.why, 'participants', 'deal-between-two', { ids: same.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(same.certainty, 0.7) });
  }
}

/**
 * announced-by-parties: "Alder and Birch announced a breakthrough" is their agreement; "Alder announced
 * the truce" alone is a broker's or a spokesman's word: no parties, so the role pass makes it a
 * reference to the agreement told elsewhere (lending it its day).
 */
export function announcedByParties(d: Draft): void {
  if (d.h.rule.id !== 'agreement-announced') return;
  if (d.part.ids.length >= 2) fired(d.why, 'participants', 'announced-by-parties', true);
  else d.part = fired(d.why, 'participants', 'announced-by-one', { ids: [], certainty: 0 });
}

/** an agreement said in the first person plural by someone speaking (a transcript, a quotation), with no day in its clause and no place before it */
export function firstPersonSpoken(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { text, quotes, relDates, sentPlaces } = e.view;
  if (!EN.firstPersonDeal.pattern.test(text.slice(e.clause.start, h.start))) return false;
  // spoken: a transcript, a quotation, or a sentence a quotation mark opens ("“We have reached a deal." of a quote that runs on)
  const opened = (text.slice(0, h.start).match(/[“"]/g) ?? []).length % 2 === 1;
  const spoken = e.ctx.doc.meta.kind === 'transcript' || opened || quotes.some((q) => h.start >= q.start && h.end <= q.end);
  // not an agreement of another day or place ("last July in Vilnius, we agreed …")
  return spoken && !relDates.some((x) => x.start < e.clause.end) && !sentPlaces.some((p) => p.start < h.start);
}

/**
 * first-person-deal: "We’ve reached a deal", "we concluded a historic accord" — an agreement a speaker tells in the first
 * person plural, in a transcript or inside a quoted remark, with no day in its clause (not "last July we agreed …"), is
 * the agreement of the talks the document has told: the people of its latest meeting or call that took place.
 */
export function firstPersonDeal(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.type !== 'agreement' || h.role !== 'event' || h.rule.refOnly) return;
  const { cands, kindOf } = e.ctx;
  const personish = (id: string) => PERSONISH.includes(kindOf(id) ?? 'country');
  if (d.part.ids.filter(personish).length >= 2 || !firstPersonSpoken(d, e)) return;
  for (let k = cands.length - 1; k >= 0; k--) {
    const c = cands[k];
    const ps = c.participants.filter(personish);
    if ((c.type === 'meeting' || c.type === 'call') && c.role === 'event' && statusClass(c.status) === 'real' && ps.length >= 2) {
      d.part = fired(d.why, 'participants', EN.firstPersonDeal.id, { ids: uniq([...ps, ...d.part.ids.filter((id) => !personish(id))]), certainty: Math.min(c.certainty, 0.6) });
      return;
    }
  }
}
