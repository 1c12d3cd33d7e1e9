/**
 * Institution parties: meetings, calls and agreements whose parties are
 * countries, armies, militias, ministries or other bodies rather than named
 * people. Read by grammatical role around the trigger, never by a list of
 * names: the coordinated subject right before the trigger verb ("A and the B
 * Forces signed …", "A's army and B will hold talks"), the parties named on
 * the happening noun ("talks between representatives of A and
 * representatives of B"), and the one met "with" the subject ("A and B signed
 * agreements with C"). Whatever the mention stage gives as a country or an
 * organisation can be such a party.
 */
import type { ActorKind } from '../../../schema';
import { EN } from '../../lang/en';
import { tagSentence } from '../../text/pos';
import { attachedParties, PERSONISH, type LocalMention } from '../../what/participants';
import { uniq } from '../util';
import type { Span } from '../../types';
import { fired, type ClauseEnv, type Draft } from './types';

/** countries and bodies; a group (an armed force, a movement) is one too, though the people rules also read it as a party */
const INSTITUTION: ActorKind[] = ['country', 'organization', 'group'];

/** between the subject and its verb: auxiliaries, adverbs, particles only (by the tagger), past a parenthetical abbreviation and a day ("on Friday") */
function verbGap(sentence: string, from: number, to: number): boolean {
  const gap = sentence.slice(from, to);
  if (gap.length > 50 || /[;:!?"“”]|\.\s/.test(gap)) return false;
  const rest = gap
    .replace(/^\s*\([^()]{1,15}\)/, '')
    .replace(EN.institutionHead.pattern, '')
    .replace(/\b(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, '')
    .trim();
  if (!rest) return true;
  // a verb group is a few lowercase words ("have also", "will"): anything else needs no tagger to say no
  if (/,/.test(rest) || rest.split(/\s+/).length > 4 || /[A-Z0-9]/.test(rest)) return false;
  const at = to - gap.length + gap.indexOf(rest.split(/\s+/)[0]);
  const toks = tagSentence(sentence).filter((t) => t.start >= at && t.end <= to);
  return toks.length > 0 && toks.every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART');
}

/** the trigger starts with a verb (by the tagger): "signed", "will hold talks", not "the talks" */
function verbTrigger(sentence: string, start: number): boolean {
  const t = tagSentence(sentence).find((x) => x.start >= start);
  return !!t && t.start === start && (t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * The coordinated institutions that are the subject of the verb at `at`: the mention right before it (only a verb group,
 * an institution head — "'s army", "officials" — or an abbreviation in brackets between), then those joined to it by
 * "and" or commas ("A, B and the C Forces", "A's army and its rival B"). Empty when a person is part of that run.
 */
export function institutionSubject(sentence: string, local: LocalMention[], at: number): LocalMention[] {
  // an abbreviation in brackets right after the name ("A (AF)") is the same mention again
  const bracketed = (m: LocalMention) => sentence[m.start - 1] === '(' && sentence[m.end] === ')';
  const before = local.filter((m) => m.end <= at && !bracketed(m)).sort((a, b) => b.end - a.end);
  const first = before[0];
  if (!first || !verbGap(sentence, first.end, at)) return [];
  const run = [first];
  let prev = first;
  for (const m of before.slice(1)) {
    if (m.end > prev.start) continue; // nested or overlapping mention
    if (!EN.institutionAnd.pattern.test(sentence.slice(m.end, prev.start))) break;
    run.push(m);
    prev = m;
  }
  if (run.some((m) => m.kind === 'person')) return [];
  // "the chief diplomats from A and B met": people of the institutions, not the institutions
  const head = run[run.length - 1];
  if (EN.peopleOfInstitutions.pattern.test(sentence.slice(Math.max(0, head.start - 40), head.start))) return [];
  // the run is the clause's subject: nothing but a determiner or a title word before it ("The", "Officials of")
  return run.filter((m) => INSTITUTION.includes(m.kind));
}

/** The clause joined with its neighbours across brackets that hold one short token ("… Forces (AAF) and …"), which the clause splitter cuts at. */
export function widenOverAbbreviations(text: string, clauses: Span[], clause: Span): Span {
  const t = (c: Span) => text.slice(c.start, c.end).trim();
  const opens = (c: Span) => /^\([^()\s]{1,12}$/.test(t(c));
  const closes = (c: Span) => t(c).startsWith(')');
  let lo = clauses.findIndex((c) => c.start === clause.start);
  let hi = lo;
  if (lo < 0) return clause;
  while (lo >= 2 && closes(clauses[lo]) && opens(clauses[lo - 1])) lo -= 2;
  while (hi + 2 < clauses.length && opens(clauses[hi + 1]) && closes(clauses[hi + 2])) hi += 2;
  return { start: clauses[lo].start, end: clauses[hi].end };
}

/**
 * institution-parties: a meeting, call or agreement whose subject (or whose noun's "between"/"of" list) is two or more
 * institutions has those as its parties, kept as a happening without people (like nation adjectives); people the
 * earlier passes brought in from elsewhere (a pronoun, the sentence before) give way to the grammatical subject, people
 * named as its object stay ("A and B signed a deal with President C").
 */
export function institutionParties(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role !== 'event' || h.rule.refOnly || (h.type !== 'meeting' && h.type !== 'call' && h.type !== 'agreement')) return;
  const { text, local } = e.view;
  const { kindOf } = e.ctx;
  // the clause, widened over brackets that hold only an abbreviation ("the Avalon Armed Forces (AAF) and …"), which the
  // clause splitter cuts at
  const clause = widenOverAbbreviations(text, e.view.clauses, e.clause);
  const inClause = local.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const withAfter = /\bwith\b/i.test(text.slice(h.end, clause.end));
  const raw = inClause.filter((m) => INSTITUTION.includes(m.kind)).length;
  if (raw < 2 && !(raw === 1 && withAfter)) return;
  const institutions = inClause.filter((m) => INSTITUTION.includes(m.kind) && !EN.modifierNoParty.pattern.test(text.slice(m.end, m.end + 30)) && !EN.backerNoParty.pattern.test(text.slice(Math.max(0, m.start - 60), m.start)));
  if (institutions.length < 2 && !(institutions.length === 1 && withAfter)) return;
  const clausePeople = new Set(inClause.filter((m) => PERSONISH.includes(m.kind)).map((m) => m.actorId));
  const namedHere = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country') && clausePeople.has(id));
  // "talks between representatives of A and representatives of B", "the meeting of A and B"
  if (!d.part.attached && !namedHere.length && /\b(?:between|among|of)\s/i.test(text.slice(h.start, h.end + 40))) {
    const attached = attachedParties(text, institutions, d.hitSpan);
    // a meeting or call "between" two countries is mostly their leaders' (annotated by their names): a body must be among them
    const bodyAmong = h.type === 'agreement' || attached?.some((m) => m.kind === 'organization') || (!!attached && EN.institutionHeadBetween.pattern.test(text.slice(Math.max(0, attached[0].start - 40), attached[0].start)));
    if (attached && bodyAmong && uniq(attached.map((m) => m.actorId)).length >= 2 && EN.institutionsBetween.pattern.test(text.slice(h.start, attached[0].start)) && !EN.peopleOfInstitutions.pattern.test(text.slice(h.start, attached[0].start))) {
      d.nationParties = true;
      d.part = fired(d.why, 'participants', EN.institutionsBetween.id, { ids: uniq(attached.map((m) => m.actorId)), certainty: Math.min(0.7, ...attached.map((m) => m.score)) });
      return;
    }
  }
  // the surface conditions first, the tagger (is the trigger a verb?) only for a hit that has a candidate (compile time)
  if (institutionObject(d, e, inClause, institutions)) return;
  const subject = uniq(institutionSubject(text, institutions.concat(inClause.filter((m) => m.kind === 'person')), h.start).map((m) => m.actorId));
  if (!subject.length) return;
  // "A and B signed agreements with C": the institution met with
  const withObj = institutions.find((m) => m.start >= h.end && EN.institutionSubject.pattern.test(text.slice(h.end, m.start)) && !/[,;]/.test(text.slice(h.end, m.start)));
  const ids = uniq([...subject, ...(withObj ? [withObj.actorId] : [])]);
  if (ids.length < 2 || !verbTrigger(text, h.start)) return;
  // people named as the object in this clause stay ("… signed a deal with President C"); people from elsewhere give way
  const objects = namedHere.filter((id) => inClause.some((m) => m.actorId === id && m.start >= h.end));
  d.nationParties = true;
  d.part = fired(d.why, 'participants', EN.institutionSubject.id, { ids: uniq([...ids, ...objects]), certainty: Math.min(0.7, d.part.certainty || 1) });
}

/**
 * people-subject-no-countries: "…, at the close of which the two leaders signed a joint communique", "With A and B in mind,
 * the leaders also agreed …": the subject is people, so countries and bodies named elsewhere in the clause (places,
 * modifiers) are not the parties; without people the later passes (pronouns) or the role pass decide.
 */
export function peopleSubject(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'call' && h.type !== 'agreement') || !d.part.ids.length) return;
  const { kindOf } = e.ctx;
  if (d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) return;
  if (!EN.peopleSubject.pattern.test(e.view.text.slice(e.clause.start, h.start))) return;
  d.nationParties = false;
  d.part = fired(d.why, 'participants', EN.peopleSubject.id, { ids: [], certainty: 0 });
}

/**
 * institution-object: one person, the subject, meets or calls an institution named as the object ("Alder met with
 * representatives of the Nordvik Guard", "held talks with the Avalon Forces"): the institution is the other party.
 * Not a country named as a place ("met Birch in Avalon": the locative leaves it out).
 */
function institutionObject(d: Draft, e: ClauseEnv, inClause: LocalMention[], institutions: LocalMention[]): boolean {
  const { h } = d;
  if (h.type !== 'meeting' && h.type !== 'call') return false;
  const { kindOf } = e.ctx;
  const people = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (people.length !== 1 || inClause.some((m) => m.start >= h.end && PERSONISH.includes(m.kind))) return false;
  if (!inClause.some((m) => m.actorId === people[0] && m.end <= h.start)) return false;
  const { text } = e.view;
  const obj = institutions.filter((m) => m.start >= h.end).sort((a, b) => a.start - b.start)[0];
  if (!obj || !EN.institutionObject.pattern.test(text.slice(h.end, obj.start)) || d.part.ids.includes(obj.actorId) || !verbTrigger(text, h.start)) return false;
  d.part = fired(d.why, 'participants', EN.institutionObject.id, { ids: [...people, obj.actorId], certainty: Math.min(0.7, d.part.certainty || 1, obj.score) });
  return true;
}
