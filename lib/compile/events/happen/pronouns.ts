/**
 * Pronoun and anaphora passes: "they", "he", "their meeting", "the two of
 * them", "again" stand for people told before (in the sentence or the
 * happening just told).
 */
import { PERSONISH, subjectPronoun } from '../../what/participants';
import { EN } from '../../lang/en';
import { statusClass } from '../../what/modality';
import type { Cand } from '../cand';
import { previousPair } from '../clues';
import { spousesOf } from './spouse';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';
import { tagSentence } from '../../text/pos';
import type { LocalMention } from '../../what/participants';

/** a hit told without people: a plural or singular subject pronoun stands for people told before */
export function pronounSubject(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { s } = e.view;
  const { cands, kindOf, personsBySentence } = e.ctx;
  const lastSubject = e.lastSubject;
  const hasPeople = d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (hasPeople) return;
  const pron = subjectPronoun(before);
  let sameTypeBefore: Cand | undefined;
  for (let k = cands.length - 1; k >= 0 && s.index - cands[k].sentence <= 5; k--) {
    const c = cands[k];
    if (c.type === h.type && c.role === 'event' && c.participants.length) {
      sameTypeBefore = c;
      break;
    }
  }
  if (pron === 'plural' && sameTypeBefore) {
    // "The two ministers last met in March", "They agreed to …": the parties of that earlier mention
    d.part = fired(d.why, 'participants', 'plural-pronoun-same-type', { ids: [...sameTypeBefore.participants], certainty: 0.7 });
  } else if (pron === 'plural' && h.type === 'agreement' && [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && statusClass(c.status) === 'real' && s.index - c.sentence <= 6 && c.participants.length >= 2)) {
    // "the delegations agreed to …" after their talks: the parties of those talks (talks that took place, not ones ahead)
    const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && statusClass(c.status) === 'real' && s.index - c.sentence <= 6 && c.participants.length >= 2)!;
    d.part = fired(d.why, 'participants', 'plural-pronoun-talks-parties', { ids: [...talks.participants], certainty: Math.min(talks.certainty, 0.6) });
  } else if (pron === 'plural') {
    const prev = previousPair(personsBySentence, s.index, spousesOf(e.ctx));
    if (prev.length >= 2) d.part = fired(d.why, 'participants', 'plural-pronoun-previous-pair', { ids: uniq([...prev, ...d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 });
  } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2 && h.role !== 'event') {
    d.part = fired(d.why, 'participants', 'singular-pronoun-last-subject', { ids: uniq([lastSubject.id, ...d.part.ids]), certainty: 0.6 });
  } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2) {
    d.part = fired(d.why, 'participants', 'singular-pronoun-last-subject', { ids: uniq([lastSubject.id, ...d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 });
  }
}

/** their-pair: "Their planned meeting at the summit was cancelled", "replaced a meeting the two leaders had planned": the two people of the happening just told */
export function theirPair(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { text, s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && (/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before) || /^\s+(?:that\s+)?(?:the\s+two\s+(?:leaders|men|women|ministers|presidents)|both\s+(?:leaders|men))\s+(?:had|have|has)\b/i.test(text.slice(h.end))) && !d.part.ids.some((id) => kindOf(id) === 'person')) {
    const twoAfter = !/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before);
    const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === h.type || (twoAfter && (c.type === 'call' || c.type === 'meeting'))) && s.index - c.sentence <= 2 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
    if (prev) d.part = fired(d.why, 'participants', 'their-pair', { ids: prev.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(prev.certainty, 0.7) });
  }
  // their-previous-pair: "A told B on Wednesday that … . In their meeting at the palace, both …": no happening of theirs
  // told just before, and exactly two people named in the sentence before
  if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && !d.part.ids.some((id) => kindOf(id) === 'person') && e.clause.start === 0 && EN.theirPrevious.pattern.test(before)) {
    const pair = previousPair(e.ctx.personsBySentence, s.index, spousesOf(e.ctx)).filter((id) => kindOf(id) === 'person');
    if (pair.length === 2) d.part = fired(d.why, 'participants', EN.theirPrevious.id, { ids: pair, certainty: 0.6 });
  }
}

/** pronoun-nearest-person: "where she met Fir", "during his visit": he/she/his/her is the nearest earlier person (else the last subject) */
export function pronounNearestPerson(d: Draft, e: ClauseEnv): void {
  const { h, i, before } = d;
  const { local, s } = e.view;
  const { kindOf } = e.ctx;
  const lastSubject = e.lastSubject;
  const hasSubjectNow = e.owned[i].some((m) => m.end <= h.start && PERSONISH.includes(m.kind)) || (i > 0 && e.subjects[i - 1].ids.length > 0);
  const possessive = /\b(?:his|her)\s+(?:[\w-]+\s+)?$/i.test(before);
  if ((!hasSubjectNow && subjectPronoun(before) === 'singular') || (possessive && !d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')))) {
    // "A hosted B on Wednesday, a day after he spoke to C": the subject of a time clause is the main clause's subject
    const timeClause = !possessive && /\b(?:after|before|when|while|since|until)\s+(?:he|she)\s+(?:\w+\s+)?$/i.test(before);
    const earlier = local
      .filter((m) => m.kind === 'person' && m.end <= h.start && !d.part.ids.includes(m.actorId))
      .sort((a, b) => (timeClause ? a.start - b.start : b.end - a.end))[0];
    const who = earlier?.actorId ?? (lastSubject && s.index - lastSubject.sentence <= 2 ? lastSubject.id : null);
    if (who && !d.part.ids.includes(who)) d.part = fired(d.why, 'participants', 'pronoun-nearest-person', { ids: uniq([who, ...d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(d.part.certainty || 1, 0.6) });
  }
}

/** sequel-subject: "Straight afterwards he spoke to Birch": he is who did the happening just told */
export function sequelSubject(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { text, s } = e.view;
  const { cands } = e.ctx;
  if (h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && EN.sequelBefore.pattern.test(text.slice(Math.max(0, e.clause.start - 12), h.start)) && /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(before) && d.part.ids.length === 1) {
    const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.participants.length >= 2);
    const who = prev?.participants[0];
    if (who && !d.part.ids.includes(who)) d.part = fired(d.why, 'participants', 'sequel-subject', { ids: [who, ...d.part.ids], certainty: Math.min(d.part.certainty || 1, prev.certainty, 0.6) });
  }
}

/** two-of-them: "he spoke to Birch, and then the two of them held a call with …": the two people of the happening just told */
export function twoOfThem(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  const { s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (h.role === 'event' && /\b(?:the\s+two\s+of\s+them|both\s+of\s+them|the\s+pair)\s+(?:\w+\s+){0,2}$/i.test(before)) {
    const prev = [...cands].reverse().find((c) => c.role === 'event' && s.index - c.sentence <= 1 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
    if (prev) d.part = fired(d.why, 'participants', 'two-of-them', { ids: uniq([...prev.participants, ...d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(d.part.certainty || 1, prev.certainty, 0.7) });
  }
}

/** again-pair: "The two officers are due to speak again": the pair of the last call told (dropped without two people) */
export function againPair(d: Draft, e: ClauseEnv): boolean {
  const { h, before } = d;
  const { s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (!/\bagain$/i.test(h.text)) return true;
  const pair = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (pair(d.part.ids).length < 2 && /^\s*(?:they|the\s+two(?:\s+\w+)?|both(?:\s+\w+)?)\s+(?:\w+\s+){0,4}$/i.test(before)) {
    const prev = [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 3 && pair(c.participants).length >= 2);
    if (prev) d.part = fired(d.why, 'participants', 'again-pair', { ids: pair(prev.participants), certainty: Math.min(prev.certainty, 0.6) });
  }
  return pair(d.part.ids).length >= 2;
}

/**
 * speakers-pronoun: "A and B announced on Friday that both have finally reached an agreement": "they" right after a
 * reporting verb stands for the people coordinated before that verb (its subject), all of them —
 * not only the one the subject reading kept. Only a run of two or more people joined by "and"
 * with no other verb between them and the reporting verb counts.
 */
export function speakersPronoun(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  const { kindOf } = e.ctx;
  if (!(h.role === 'event' && h.type !== 'statement')) return;
  const lead = text.slice(0, h.start);
  const m = EN.speakersPronoun.pattern.exec(lead);
  if (!m) return;
  const verbAt = m.index;
  const ids = coordinatedRunBefore(text, local, verbAt);
  if (ids.length < 2) return;
  const rest = d.part.ids.filter((id) => !PERSONISH.includes(kindOf(id) ?? 'country'));
  if (ids.every((id) => d.part.ids.includes(id))) return;
  d.part = fired(d.why, 'participants', EN.speakersPronoun.id, { ids: uniq([...ids, ...rest]), certainty: Math.min(d.part.certainty || 1, 0.7) });
}

/** pair-spoke: "Alder and Birch spoke this morning …", "the two leaders spoke on Monday regarding …": a call of two or more, else no call */
export function pairSpoke(d: Draft, e: ClauseEnv): boolean {
  const { h, before } = d;
  const { s } = e.view;
  const { cands, kindOf } = e.ctx;
  if (h.rule.id !== 'call-pair-spoke') return true;
  const pair = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  const run = coordinatedRunBefore(e.view.text, e.view.local, h.start);
  if (run.length >= 2) d.part = fired(d.why, 'participants', 'pair-spoke-subjects', { ids: uniq([...run, ...pair(d.part.ids)]), certainty: Math.min(d.part.certainty || 1, 0.6) });
  if (pair(d.part.ids).length < 2 && /\b(?:they|the\s+two(?:\s+[\w-]+){0,2}|both(?:\s+[\w-]+){0,2})\s+$/i.test(before)) {
    const prev = [...cands].reverse().find((c) => c.role === 'event' && s.index - c.sentence <= 3 && pair(c.participants).length >= 2);
    if (prev) d.part = fired(d.why, 'participants', 'pair-spoke-previous', { ids: pair(prev.participants), certainty: Math.min(prev.certainty, 0.6) });
  }
  return pair(d.part.ids).length >= 2;
}

/**
 * The people coordinated right before `at` ("A, second right, and Foreign Minister B said"): walking back from `at` while
 * the glue is a comma, "and", titles or a short description with no verb of its own (part-of-speech tags); two or more
 * people joined by "and", else [].
 */
export function coordinatedRunBefore(text: string, local: LocalMention[], at: number): string[] {
  const people = local.filter((x) => x.kind === 'person' && x.end <= at).sort((a, b) => a.start - b.start);
  const run: LocalMention[] = [];
  let end = at;
  const tokens = tagSentence(text);
  for (let k = people.length - 1; k >= 0; k--) {
    const glue = text.slice(people[k].end, end);
    const from = people[k].end;
    const to = end;
    if (!EN.speakersRunGlue.pattern.test(glue) || tokens.some((t) => t.start >= from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX'))) break;
    run.unshift(people[k]);
    end = people[k].start;
  }
  const ids = uniq(run.map((x) => x.actorId));
  return ids.length >= 2 && /\band\b/i.test(text.slice(run[0].end, run[run.length - 1].start)) ? ids : [];
}
