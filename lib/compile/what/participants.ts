/**
 * Who takes part: the actors named in a trigger's clause (subject and object),
 * minus people merely quoted as sources, senders and possessors ("Dogwood's
 * adviser"); countries and organisations only when no person is named.
 * Also finds a statement's speaker and whom a statement answers.
 */
import type { ActorKind } from '../../schema';
import type { Mention, Span } from '../types';
import { EN } from '../lang/en';

export interface LocalMention {
  actorId: string;
  kind: ActorKind;
  /** sentence-relative offsets */
  start: number;
  end: number;
  score: number;
  via: Mention['via'];
  surface: string;
}

const SOURCE_AFTER = /^[\s,]*(?:(?!(?:he|she|they|it|we|i|you)\b)[\w’'-]+\s+){0,2}?(?:said|says|say|told|tells|stated|according|chose\s+to\s+sen[dt]|decided\s+to\s+sen[dt]|sent|sends|send|dispatched|ordered|asked|instructed|wants|wanted|announced|claimed)\b/i;
const SENT_PASSIVE = /^\s*(?:was|were|is|are|been|being|has\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+|also\s+)?(?:sent|dispatched)\s+(?:\w+\s+){0,3}?to\b/i;
/** "the Elm administration", "Hazel-era policies": the person names something else */
const NOT_THE_PERSON = /^(?:[-–]era\b|\s+(?:administration|administration['’]s|government|team|campaign|era|cabinet|camp|allies|officials|aides|family)\b)/i;
/** "an adviser to Dogwood", "spokesman for the palace": the one served is not taking part */
const SERVES = /\b(?:advis[eo]r|envoy|aide|spokes(?:man|woman|person)|ambassador|assistant|counsel(?:l)?or|deputy|representative)\s+(?:to|for|of)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$/i;
/** "in Freedonia", "to Ukraine": a country named as a place, not as a party */
const LOCATIVE = /\b(?:in|at|to|within|into|across|inside|throughout|near|over|on|(?:depart(?:s|ed|ing)?|left|leaves|leaving|bound)\s+for)\s+(?:the\s+)?$/i;
const SOURCE_BEFORE = /\b(?:according\s+to|said|says|told|by\s+order\s+of)\s+(?:(?!that\b|on\b|in\b)[\w’'.-]+\s+){0,2}?$/i;

/**
 * The sentence with the full stops of abbreviations ("U.S.", "Dr.", an initial)
 * made word characters (row abbreviation-dot), same length: the gaps between
 * listed names are read as one clause ("A, U.S. President B and C met").
 */
export function undot(sentence: string): string {
  if (sentence.indexOf('.') < 0) return sentence;
  // the callers ask it of one sentence several times in a row (every trigger of the sentence): the last answer kept
  if (sentence === undotLast.in) return undotLast.out;
  const out = sentence.replace(EN.abbreviationDot.pattern, (m) => m.replace(/\./g, '_'));
  undotLast.in = sentence;
  undotLast.out = out;
  return out;
}
const undotLast = { in: '', out: '' };

/** True when the mention is a possessor of something else ("Dogwood's adviser"), not of the trigger word itself. */
function isPossessor(sentence: string, m: LocalMention, triggerStart: number): boolean {
  if (!/^['’]s\b/.test(sentence.slice(m.end, m.end + 3))) return false;
  // "Cedar's assembly with Birch": the possession is the happening itself
  const gap = triggerStart - m.end;
  if (gap >= 0 && gap <= 30 && !/[,;]/.test(sentence.slice(m.end, triggerStart))) {
    const words = sentence.slice(m.end, triggerStart).trim().split(/\s+/).filter(Boolean);
    if (words.length <= 3) return false;
  }
  return true;
}

export const PERSONISH: ActorKind[] = ['person', 'group'];

/**
 * Participants of an event hit among the clause's mentions.
 * @param owned mentions assigned to this hit (see assignMentions)
 */
export function participantsOf(sentence: string, owned: LocalMention[], trigger: Span, maxSubjectGap = 70): { ids: string[]; certainty: number; attached?: boolean } {
  const plausible = (m: LocalMention) => {
    // "… to call Birch, and said afterwards …": a coordinated verb belongs to the sentence's subject, not to Birch
    // "Dogwood was sent to Nordvik for talks": the one sent (passive) is no sender
    // "A and B announced a breakthrough": "announced" that is the trigger itself (agreement-announced) makes its subject a party
    const src = SOURCE_AFTER.exec(sentence.slice(m.end, m.end + 40));
    if (src && !(trigger.start >= m.end && trigger.start < m.end + src[0].length && /^announc/i.test(sentence.slice(trigger.start, trigger.end))) && !/^\s*,\s*and\s/i.test(sentence.slice(m.end, m.end + 12)) && !SENT_PASSIVE.test(sentence.slice(m.end, m.end + 40))) return false;
    if (NOT_THE_PERSON.test(sentence.slice(m.end, m.end + 20))) return false;
    if (SERVES.test(sentence.slice(Math.max(0, m.start - 40), m.start))) return false;
    if ((m.kind === 'country' || m.kind === 'organization') && LOCATIVE.test(sentence.slice(Math.max(0, m.start - 20), m.start))) return false;
    // backer-no-party: "with support from A and B"; modifier-no-party: "the UN Charter", "the A-B alliance"
    if (EN.backerNoParty.pattern.test(sentence.slice(Math.max(0, m.start - 60), m.start))) return false;
    if ((m.kind === 'country' || m.kind === 'organization') && EN.modifierNoParty.pattern.test(sentence.slice(m.end, m.end + 30))) return false;
    // institution-modifier: "Nordvik Guard leader Gen. Birch": the body names the person's side; the person takes part
    if (m.kind !== 'person' && owned.some((p) => p.kind === 'person' && p.start > m.end && p.start - m.end <= 50 && EN.institutionModifier.pattern.test(sentence.slice(m.end, p.start)))) return false;
    // "Birch said he had set out …": a pronoun after "said" is the subject of what is reported, not a source
    if (m.via !== 'pronoun' && SOURCE_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))) return false;
    return true;
  };
  // "the phone conversation by A with B", "talks between A and B", "A's call with B", "the A–B call": exactly those
  const attached = attachedParties(sentence, owned.filter((m) => PERSONISH.includes(m.kind) && plausible(m)), trigger);
  if (attached) {
    const ids = [...new Set(attached.map((m) => m.actorId))];
    return { ids, certainty: Math.min(...attached.map((m) => m.score)), attached: true };
  }
  const usable = owned.filter((m) => {
    // "statements by A, the speech by B, the call with C": a name attached to another noun is not the subject
    if (m.end <= trigger.start && OTHER_NOUN_BY.test(sentence.slice(Math.max(0, m.start - 50), m.start))) return false;
    if (!plausible(m)) return false;
    if (isPossessor(sentence, m, trigger.start)) return false;
    return true;
  });
  const people = linkedToTrigger(sentence, usable.filter((m) => PERSONISH.includes(m.kind)), trigger, maxSubjectGap);
  const chosen = people.length ? people : linkedToTrigger(sentence, usable.filter((m) => m.kind === 'country' || m.kind === 'organization'), trigger, maxSubjectGap);
  // nearest to the trigger first, so the two main participants come first
  const dist = (m: LocalMention) => (m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end);
  const order = [...chosen].sort((a, b) => dist(a) - dist(b) || a.start - b.start);
  const subj = chosen.filter((m) => m.end <= trigger.start);
  const obj = chosen.filter((m) => m.start >= trigger.end);
  // main pair: the nearest subject and the nearest object when both exist
  const ordered: LocalMention[] = [];
  const nearestSubj = subj.length ? subj.reduce((a, b) => (dist(b) < dist(a) ? b : a)) : null;
  const nearestObj = obj.length ? obj.reduce((a, b) => (dist(b) < dist(a) ? b : a)) : null;
  if (nearestSubj) ordered.push(nearestSubj);
  if (nearestObj) ordered.push(nearestObj);
  for (const m of order) if (!ordered.includes(m)) ordered.push(m);
  const ids: string[] = [];
  let certainty = 1;
  for (const m of ordered) {
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
    certainty = Math.min(certainty, m.score);
  }
  return { ids, certainty: ids.length ? certainty : 0 };
}

/** hesitation words of spoken language ("the call um by A"), skipped when reading attachments */
const FILLER = String.raw`(?:(?:um+|uh+|erm?|ah+|hmm+|mm+)[,.]?\s+)*`;
/** a trigger word that is a noun naming the happening ("conversation", "talks", "the call") */
const HAPPENING_NOUN = /(?:^|\s)(?:(?:tele)?phone\s+)?(?:calls?|conversations?|talks|meetings?|summits?|negotiations?|discussions?|consultations?|exchanges?|chats?|dialog(?:ue)?s?|assembl(?:y|ies)|name|contact)$/i;
/** a few words between a preposition and a name: titles and determiners ("by Russian President", "between the") */
const TITLE_WORDS = String.raw`(?:(?!(?:said|says|say|told|tells|who|which|that|then|to|was|were|is|are|had|has|have|will|would|and|with|by)\b)[\w.’'-]+\s+){0,4}?`;
/** a remark or another noun whose author is named with "by"/"from": "statements by A", "the speech by B" */
const OTHER_NOUN_BY = new RegExp(
  String.raw`\b(?:statements?|speech(?:es)?|remarks?|comments?|words|interviews?|address|posts?|tweets?|letters?|articles?|announcements?|criticism|threats?|claims?|warnings?|op-eds?|essays?|appeals?|rhetoric)\s+${FILLER}(?:by|from)\s+${TITLE_WORDS}$`,
  'i',
);

/**
 * The parties named on the happening noun itself, when it names at least two:
 * "the phone conversation (um) by A with B", "a call between A and B", "talks
 * between A and B", "the meeting of A and B", "A's call with B", "the A–B call".
 * Then those are the participants, not other people of the clause (the authors
 * of "statements by C" or "the speech by D" listed alongside). Null otherwise.
 */
export function attachedParties(sentence: string, people: LocalMention[], trigger: Span): LocalMention[] | null {
  sentence = undot(sentence);
  // "call with", "call between": the noun is the trigger's head, its preposition belongs to the attachment
  const word = sentence.slice(trigger.start, trigger.end).replace(/\s+(?:with|between|among)$/i, '');
  if (!HAPPENING_NOUN.test(word)) return null;
  trigger = { start: trigger.start, end: trigger.start + word.length };
  // "the meeting of Alder's aides and Birch": a possessor after the noun names someone else
  const after = people.filter((m) => m.start >= trigger.end && !/^['’]s\b/.test(sentence.slice(m.end, m.end + 3))).sort((a, b) => a.start - b.start);
  const before = people.filter((m) => m.end <= trigger.start).sort((a, b) => b.end - a.end);
  const inside = people.filter((m) => m.start >= trigger.start && m.end <= trigger.end);
  const distinct = (ms: LocalMention[]) => new Set(ms.map((m) => m.actorId)).size;
  /** names chained after `first` by and / with / commas ("A with B", "A, B and C") */
  const chain = (first: LocalMention, joiners: string) => {
    const out = [first];
    let prev = first;
    for (const m of after) {
      if (m.start < prev.end) continue;
      const gap = sentence.slice(prev.end, m.start);
      if (!new RegExp(String.raw`^\s*${FILLER}(?:,\s*)?(?:(?:${joiners})\s+)?${FILLER}${TITLE_WORDS}$`, 'i').test(gap) || !/,|\b(?:and|with)\b|&/i.test(gap) || /[;:!?]|\.\s/.test(gap)) break;
      out.push(m);
      prev = m;
    }
    return out;
  };
  // "the Alder–Birch call": names joined by a dash right before the noun, or inside the trigger
  if (distinct(inside) >= 2) return inside;
  if (before.length >= 2) {
    const [b, a] = before;
    const tight = /^\s*(?:[\w-]+\s+)?$/.test(sentence.slice(b.end, trigger.start)) && /^\s*[-–—/]\s*$/.test(sentence.slice(a.end, b.start));
    if (tight && a.actorId !== b.actorId) return [a, b];
  }
  if (after.length) {
    const first = after[0];
    const gap = sentence.slice(trigger.end, first.start);
    const prep = new RegExp(String.raw`^\s*${FILLER}(by|between|among|of)\s+${TITLE_WORDS}$`, 'i').exec(gap);
    if (prep && !/[,;:!?]|\.\s/.test(gap)) {
      const joined = chain(first, 'and|with|&');
      if (distinct(joined) >= 2) return joined;
    }
    // "A's call with B": the possessor and the one named with "with"
    const poss = before[0];
    if (poss && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(sentence.slice(poss.end, trigger.start)) && new RegExp(String.raw`^\s*${FILLER}with\s+${TITLE_WORDS}$`, 'i').test(gap)) {
      const joined = [poss, ...chain(first, 'and|&')];
      if (distinct(joined) >= 2) return joined;
    }
  }
  return null;
}

/**
 * The mentions syntactically tied to the trigger: the nearest subject before it
 * and the nearest object after it (close, or introduced by with/between/by/to),
 * plus lists chained to those ("A, B and C", "X and Y").
 */
export function linkedToTrigger(sentence: string, ms: LocalMention[], trigger: Span, maxSubjectGap = 70): LocalMention[] {
  // lists and objects read past abbreviations ("A, U.S. President B and C", "met with U.S. President B"); the subject's gap does not
  const plain = undot(sentence);
  const before = ms.filter((m) => m.end <= trigger.start).sort((a, b) => b.end - a.end);
  const after = ms.filter((m) => m.start >= trigger.end).sort((a, b) => a.start - b.start);
  const inside = ms.filter((m) => m.start >= trigger.start && m.end <= trigger.end);
  const out: LocalMention[] = [...inside];
  const chainGap = (g: string) => g.length <= 60 && /(?:,|\band\b|&)/.test(g) && !/[;:.!?]/.test(g);
  if (before.length) {
    const first = before[0];
    const gap = sentence.slice(first.end, trigger.start);
    if ((gap.length <= maxSubjectGap && !/[;:!?]|\.\s/.test(gap)) || EN.appositionGap.pattern.test(plain.slice(first.end, trigger.start))) {
      out.push(first);
      let prev = first;
      for (const m of before.slice(1)) {
        if (!chainGap(plain.slice(m.end, prev.start))) break;
        out.push(m);
        prev = m;
      }
    }
  }
  if (after.length) {
    const first = after[0];
    const gap = plain.slice(trigger.end, first.start);
    // "a call between A and B", "talks by A with B": the objects are all the parties
    if (/^\s*(?:[\w’'-]+\s+){0,3}?(?:between|among)\b/i.test(gap) && after.length >= 2) out.splice(inside.length);
    const ok = (gap.length <= 60 && !/[,;:!?]|\.\s/.test(gap)) || (gap.length <= 100 && /^\s*(?:[\w’'-]+\s+){0,3}?(?:with|between|by|to|for|and)\b/i.test(gap) && !/[;:!?]|\.\s/.test(gap));
    if (ok) {
      out.push(first);
      let prev = first;
      for (const m of after.slice(1)) {
        if (!chainGap(plain.slice(prev.end, m.start))) break;
        out.push(m);
        prev = m;
      }
    }
  }
  return out;
}

/**
 * Splits a clause's mentions among its event hits: a mention belongs to the
 * last hit that starts before it, or to the first hit when it precedes them all.
 */
export function assignMentions(mentions: LocalMention[], hits: Span[], sentence = ''): LocalMention[][] {
  const out: LocalMention[][] = hits.map(() => []);
  if (!hits.length) return out;
  for (const m of mentions) {
    let idx = 0;
    for (let i = 0; i < hits.length; i++) if (hits[i].start <= m.start) idx = i;
    // between two triggers: far from the earlier one, or after a comma, it is the later one's subject
    if (idx + 1 < hits.length && hits[idx].start <= m.start) {
      const gap = sentence.slice(hits[idx].end, m.start);
      // "… welcomed Alder's call with Birch": a possessor right before the next happening is that one's
      const possessor = /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(sentence.slice(m.end, hits[idx + 1].start));
      // coordinated-with-previous: "the meeting between President A and Prime Minister B": B is joined by "and" to A, who is this hit's
      const prev = out[idx][out[idx].length - 1];
      const coordinated = !!prev && prev.start >= hits[idx].end && !possessor && EN.coordinatedName.pattern.test(sentence.slice(prev.end, m.start));
      if ((gap.length > 50 || /[,;]/.test(gap) || possessor) && !coordinated) idx = idx + 1;
    }
    out[idx].push(m);
  }
  return out;
}

const SPEAKER_KINDS: ActorKind[] = ['person', 'organization', 'group'];

/**
 * The speaker of a statement trigger: "according to X", "said X", or the
 * nearest person/organisation before the verb in its clause.
 */
export function speakerOf(sentence: string, mentions: LocalMention[], clause: Span, trigger: Span, triggerText: string): LocalMention | null {
  const lower = triggerText.toLowerCase();
  const candidates = mentions.filter((m) => SPEAKER_KINDS.includes(m.kind));
  const after = candidates.filter((m) => m.start >= trigger.end && m.start - trigger.end <= 40 && m.start < clause.end + 1).sort((a, b) => a.start - b.start);
  if (/according\s+to/.test(lower)) return after[0] ?? null;
  if (/^(?:said|says|stated|added|insisted|declared|noted)$/.test(lower) && after[0]) {
    // "a Freedonian official said Birch expected …": an unnamed source speaks; the name after the verb is what it speaks of
    if (/\b(?:an?|one|two|three|several|other)\s+(?:[\w.'’-]+\s+){0,3}?(?:officials?|sources?|diplomats?|aides?|insiders?|people)\s*$/i.test(sentence.slice(Math.max(clause.start, trigger.start - 60), trigger.start)))
      return null;
    const gap = sentence.slice(trigger.end, after[0].start);
    if (/^[\s,]*(?:(?:the|a|an|[A-Z][\w.]*|[a-z]+)\s+){0,4}$/.test(gap) && !/\b(?:that|to|of|about)\b/.test(gap)) {
      const before = candidates.filter((m) => m.end <= trigger.start && m.start >= clause.start);
      if (!before.length || /[”"]\s*,?\s*$/.test(sentence.slice(0, trigger.start))) return after[0];
    }
  }
  // "you said it", "we are told": a pronoun right before the verb is the subject
  const lead = sentence.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  const pron = /\b(i|you|we|they|it|he|she|this|that|which|who|one)\s+(?:(?:has|have|had|also|then|later|just|already|reportedly|\w+ly)\s+)*$/i.exec(lead);
  if (pron) {
    const covered = candidates.find((m) => m.start <= trigger.start - (lead.length - pron.index) && m.end >= trigger.start - (lead.length - pron.index) + pron[1].length);
    if (covered) return covered;
    if (!/^(?:who|which|that)$/i.test(pron[1])) return null;
  }
  // "Birch, the palace aide, described …": the name the apposition describes
  const appositive = candidates.find((m) => m.kind === 'person' && m.end <= trigger.start && m.start >= clause.start && /^,\s*(?:the|a|an|[\w’']+['’]s)\s+[^,;:"“”()]{1,60},\s*$/i.test(sentence.slice(m.end, trigger.start)));
  if (appositive) return appositive;
  const nearestAny = mentions.filter((m) => m.end <= trigger.start && m.start >= clause.start && !isPossessor(sentence, m, trigger.start)).sort((a, b) => b.end - a.end)[0];
  if (nearestAny && !SPEAKER_KINDS.includes(nearestAny.kind) && trigger.start - nearestAny.end <= 25) return null;
  const before = candidates
    .filter((m) => m.end <= trigger.start && m.start >= clause.start - 0)
    .filter((m) => !isPossessor(sentence, m, trigger.start))
    .filter((m) => !SOURCE_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)))
    .sort((a, b) => b.end - a.end);
  const subj = before[0];
  if (subj) {
    const gap = sentence.slice(subj.end, trigger.start);
    // "X will meet Y next week, Brazil's ministry said": another subject after a comma is the speaker
    const tail = gap.includes(',') ? gap.slice(gap.lastIndexOf(',') + 1) : '';
    if (tail && /\b[A-Z][a-z]/.test(tail) && !/^\s*(?:he|she|they|it)\b/i.test(tail)) return null;
    if (gap.length <= 80) return subj;
  }
  return null;
}

/** True when the text before the trigger starts with a subject pronoun ("They spoke …", "he said"). */
export function subjectPronoun(before: string): 'plural' | 'singular' | null {
  const b = before.trim().toLowerCase();
  if (/(?:^|[,;:“"]\s*|\b(?:and|that|says|said|say)\s+)(?:they|the\s+(?:two|three|four|five)(?:\s+\w+)?|both(?:\s+(?:men|leaders|sides|governments|countries|nations))?|the\s+(?:delegations|sides|parties|negotiators|leaders|presidents|heads\s+of\s+state))(?:\s+(?:had|have|also|then|already|later|last|first|previously|once|again|reportedly|could|would|will|might|may|should|can|\w+ly))*\s*$/.test(b)) return 'plural';
  if (/(?:^|[,;:“"”]\s*|\b)(?:he|she)(?:\s+(?:had|has|have|also|then|already|later|reportedly|\w+ly))*\s*$/.test(b)) return 'singular';
  return null;
}
