/**
 * Joint statements pass: "Avalon and Nordvik said in a joint statement …", "In a joint statement, Alder and Birch
 * agreed …", "a joint Avalon-Nordvik statement said …", "according to a joint communique released by the two
 * countries" — a text put out together by several sides is ONE statement of its issuers (speaker: the first named,
 * participants: all of them). The statements pass leaves such remarks out (a speaker coordinated with another party
 * is no remark of one of them: coordinated-subject), and the happenings stage keeps a joint text as an agreement only
 * when it is signed or adopted (joint-text-of-deal): without this pass the remark falls between the two.
 * Left out: a joint text signed, adopted or initialled (an agreement, the happenings stage's), one still to come
 * ("will issue a joint statement"), one of another year ("the 1972 joint communique"), and any whose issuers the
 * sentence does not name (fewer than two).
 */
import type { ActorInfo } from '../types';
import type { LocalMention } from '../what/participants';
import { PERSONISH } from '../what/participants';
import { choiceFromExpr, NO_DATE, pickDate } from '../what/anchors';
import { statementGist } from '../what/titles';
import { OCCASION_STAGE, occasionRules } from '../who/occasion';
import type { Cand, Why } from './cand';
import type { Ctx, SentenceView } from './context';
import { countryOfAdjective } from './clues';
import { uniq } from './util';
import type { LangRule } from '../lang/en';

/** a rule row of this pass: the shape of every language row */
export type JointRow = LangRule;

const row = (id: string, pattern: RegExp, effect: string, example: string): JointRow => ({ id, pattern, effect, example });

export const JOINT_ROWS = {
  jointText: row(
    'joint-statement',
    /\bjoint\s+(?:(?:[\p{L}.'’-]+[-–]\s?[\p{L}.'’-]+|[\p{L}-]+)\s+){0,2}?(?:statement|declaration|communiqu[eé]|readout|press\s+release)s?\b/iu,
    'a joint statement, declaration or communiqué put out by two or more named sides is one statement of them all: the first named speaks, all are its participants',
    'Avalon and Nordvik said in a joint statement on Monday that the border would reopen',
  ),
  deal: row(
    'joint-text-signed',
    /\b(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|adopt(?:ed|s|ing)?|initial(?:l)?(?:ed|s|ing)?|approv(?:ed|es|ing))\s+(?:off\s+on\s+)?(?:(?:a|an|the|their|its|this|that)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu,
    'a joint text that is signed, adopted or initialled is the text of an agreement (the happenings stage\'s), not a statement',
    'Alder and Birch signed a joint declaration of friendship in Avalon',
  ),
  toCome: row(
    'joint-text-to-come',
    /\b(?:will|would|shall|to|could|may|might|expected\s+to|plan(?:s|ned)?\s+to|set\s+to|due\s+to)\s+(?:\w+\s+){0,2}?(?:issue|release|publish|sign|adopt|make|put\s+out|agree\s+on)\s+(?:(?:a|an|the|their)\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu,
    'a joint text still to come ("will issue a joint statement") is no statement yet',
    'Alder and Birch will issue a joint statement after the talks',
  ),
  otherYear: row(
    'joint-text-of-another-year',
    /(?:\b(?:1[89]|20)\d\d\s+(?:[\p{L}-]+\s+){0,2}$)|^[^,;]{0,60}?\b(?:of|from|in)\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:1[89]|20)\d\d\b/u,
    'a joint text dated by a year of its own ("the 1972 joint communique", "the joint statement of 2015") is background, not a remark of the day',
    'under the 1972 joint communique between Avalon and Nordvik',
  ),
  apposition: row(
    'joint-text-in-apposition',
    /,\s+(?:a|an)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u,
    'a joint text told in apposition to a named document ("released the Cedar Principles, a joint statement that …") names that document, the text of an agreement (the happenings stage\'s), not a remark',
    'the two governments released the Birch Charter, a joint statement that sets out their aims',
  ),
  pluralIssuers: row(
    'joint-text-plural-issuers',
    /\b(?:the\s+(?:two|three|four|five|both)\s+(?:leaders|countries|nations|governments|sides|presidents|prime\s+ministers|ministers|men)|both\s+(?:leaders|countries|sides|governments))\b/i,
    '"the two leaders/countries" as the issuers: the sentence\'s people (leaders) or countries (countries, nations, governments), else the sentence before\'s, when two or more',
    'Both leaders put out a short joint statement about the harbour',
  ),
} as const;

/** text between two coordinated parties: ", ", " and ", ", and the " (titles allowed before the second name) */
const COORD = /^\s*(?:,\s*(?:and\s+)?|\s*and\s+)(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of)\s+){0,3}$/u;

/** the coordinated runs of two or more parties named in the sentence ("Avalon, Nordvik and Alder") */
export function coordinatedRuns(text: string, local: LocalMention[]): LocalMention[][] {
  const ms = [...local].filter((m) => m.via !== 'pronoun').sort((a, b) => a.start - b.start);
  const runs: LocalMention[][] = [];
  let cur: LocalMention[] = [];
  for (const m of ms) {
    const last = cur[cur.length - 1];
    if (last && m.start >= last.end && COORD.test(text.slice(last.end, m.start))) cur.push(m);
    else {
      if (cur.length >= 2) runs.push(cur);
      cur = [m];
    }
  }
  if (cur.length >= 2) runs.push(cur);
  // "… local time in Cedaria, Avalonia and Nordvik said": a name right after a preposition ends a phrase of its own, not the run of subjects
  const afterPreposition = (m: LocalMention) => /\b(?:in|of|to|from|with|at|for|on|into|near|across)\s+(?:the\s+)?$/i.test(text.slice(0, m.start));
  return runs
    .map((r) => (r.length >= 3 && afterPreposition(r[0]) ? r.slice(1) : r))
    .map((r) => r.filter((m, i) => r.findIndex((x) => x.actorId === m.actorId) === i))
    .filter((r) => r.length >= 2);
}

/** the issuers of the joint text at [start, end) of the sentence, or null when the sentence does not name two */
export function jointIssuers(
  text: string,
  local: LocalMention[],
  span: { start: number; end: number },
  actors: Map<string, ActorInfo>,
  before: () => LocalMention[],
  deal: { pattern: RegExp },
): { ids: string[]; rule: string } | null {
  // "a joint Avalon-Nordvik statement": the sides named inside the noun phrase
  const inside = text.slice(span.start, span.end);
  const named = uniq([
    ...local.filter((m) => m.start >= span.start && m.end <= span.end && m.via !== 'pronoun').map((m) => m.actorId),
    ...[...inside.matchAll(/\p{Lu}[\p{L}.]+/gu)].map((w) => countryOfAdjective(w[0].replace(/\.$/, ''), actors)).filter((x): x is string => !!x),
  ]);
  if (named.length >= 2) return { ids: named, rule: 'joint-issuers-in-noun' };
  const runs = coordinatedRuns(text, local);
  // "In a joint statement, Alder and Birch agreed", "a joint statement by Avalon and Nordvik"
  const after = runs.find((r) => r[0].start >= span.end && /^\s*(?:,\s*[“"‘']?\s*|\s+(?:(?:released|issued|put\s+out|published)\s+)?(?:by|from|of)\s+)(?:the\s+)?$/i.test(text.slice(span.end, r[0].start)));
  if (after) return { ids: after.map((m) => m.actorId), rule: 'joint-issuers-after' };
  // "Avalon and Nordvik said in a joint statement", "Avalon and Nordvik call for … in a joint statement": the closest run before, no other party between
  const prior = runs.filter((r) => r[r.length - 1].end <= span.start).pop();
  if (prior) {
    const gap = text.slice(prior[prior.length - 1].end, span.start);
    const between = local.some((m) => m.start >= prior[prior.length - 1].end && m.end <= span.start);
    // the subject and its verb, no clause or apposition between ("…, a joint statement that …" is an appositive);
    // "struck a deal and then put out a joint statement": the text of their deal (the happenings stage's agreement)
    if (!between && gap.length <= 90 && !/[,;:“”"]/.test(gap) && !deal.pattern.test(gap)) return { ids: prior.map((m) => m.actorId), rule: 'joint-issuers-subject' };
  }
  // "both leaders put out a joint statement", "a joint communique from the two countries"
  // …unless the sentence tells of a deal: "the two sides said in their joint text that the truce may run longer" is theirs as an agreement
  const plural = JOINT_ROWS.pluralIssuers.pattern.exec(text);
  if (plural && !deal.pattern.test(text.slice(0, span.start) + ' ' + text.slice(span.end))) {
    const people = /leaders|presidents|ministers|men/i.test(plural[0]);
    const pick = (ms: LocalMention[]) => uniq(ms.filter((m) => m.via !== 'pronoun' && (people ? PERSONISH.includes(m.kind) : m.kind === 'country')).map((m) => m.actorId));
    const here = pick(local);
    if (here.length >= 2) return { ids: here, rule: JOINT_ROWS.pluralIssuers.id };
    const prev = pick(before());
    if (here.length === 0 && prev.length >= 2) return { ids: prev, rule: JOINT_ROWS.pluralIssuers.id };
  }
  return null;
}

/**
 * dealWords: the happenings stage's words of a deal (EN.jointTextOfDeal: signed, agreed, ceasefire, treaty …), read here
 * only to leave a joint text that is the text of its issuers' own deal to that stage.
 */
export function findJointStatements(ctx: Ctx, view: SentenceView, quoted: { start: number; end: number }[], dealWords: { pattern: RegExp }): void {
  const { doc, actors, cands, paraOf, liveBlog, mentionsBySentence, kindOf } = ctx;
  const { s, text, local, relDates } = view;
  const m = JOINT_ROWS.jointText.pattern.exec(text);
  if (!m) return;
  const span = { start: m.index, end: m.index + m[0].length };
  const lead = text.slice(0, span.start);
  if (JOINT_ROWS.deal.pattern.test(lead) || JOINT_ROWS.apposition.pattern.test(lead) || JOINT_ROWS.toCome.pattern.test(lead) || JOINT_ROWS.otherYear.pattern.test(lead) || JOINT_ROWS.otherYear.pattern.test(text.slice(span.end))) return;
  // a joint text inside quoted words is the quoted speaker's subject, not the remark
  if (quoted.some((q) => span.start >= q.start && span.start < q.end)) return;
  const before = () => {
    const prev = mentionsBySentence.get(s.index - 1) ?? [];
    const ps = doc.sentences[s.index - 1];
    return ps ? prev.map((x) => ({ actorId: x.actorId, kind: kindOf(x.actorId) ?? 'person', start: x.start - ps.start, end: x.end - ps.start, score: 1, via: 'name', surface: '' }) as LocalMention) : [];
  };
  const issuers = jointIssuers(text, local, span, actors, before, dealWords);
  if (!issuers) return;
  const ids = issuers.ids.filter((id) => ['person', 'organization', 'group', 'country'].includes(kindOf(id) ?? ''));
  if (ids.length < 2) return;
  const why: Why[] = [
    { stage: 'trigger', rule: JOINT_ROWS.jointText.id },
    { stage: 'participants', rule: issuers.rule },
  ];
  // a remark of one issuer already told by this sentence ("…, the statement said"): that remark, widened to all of them
  const same = cands.find((c) => c.role === 'statement' && c.sentence === s.index && c.speaker && ids.includes(c.speaker));
  if (same) {
    same.participants = uniq([...same.participants, ...ids]);
    for (const w of why) if (!same.why.some((e) => e.stage === w.stage && e.rule === w.rule)) same.why.push(w);
    return;
  }
  const own = relDates.filter((d) => d.precision !== 'year' && !d.future && !(d.range && d.range.from.slice(0, 7) !== d.range.to.slice(0, 7)) && !quoted.some((q) => d.start >= q.start && d.end <= q.end));
  const dexpr = pickDate(own, { start: 0, end: text.length }, span);
  if (dexpr) why.push({ stage: 'date', rule: 'clause-day' });
  for (const r of occasionRules(text, quoted)) why.push({ stage: OCCASION_STAGE, rule: r.id });
  const c: Cand = {
    why,
    order: cands.length,
    sentence: s.index,
    span: { start: s.start, end: s.end },
    type: 'statement',
    role: 'statement',
    trigger: m[0],
    strength: 1,
    participants: ids,
    certainty: 0.7,
    status: 'happened',
    ongoing: false,
    date: dexpr ? choiceFromExpr(dexpr) : NO_DATE,
    place: null,
    placeRank: 0,
    speaker: ids[0],
    respondsTo: [],
    gist: statementGist(s.text),
    hit: span,
    anchorSpan: dexpr?.anchor ? { start: dexpr.start, end: dexpr.end } : null,
    para: paraOf.get(s.index),
    live: liveBlog || undefined,
  };
  cands.push(c);
}
