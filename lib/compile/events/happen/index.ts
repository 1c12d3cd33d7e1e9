/**
 * The happening pipeline: per clause, per trigger hit, a Draft goes through the
 * passes below in order; a pass returning false drops the hit. Each pass lives
 * in its own file with its own tests and records the rules that decide in `why`.
 *
 *   participants  subject/object, then the constructions it misreads   participants.ts, visit.ts, pronouns.ts
 *   (shared-parties: "met B and agreed to …", "held talks before signing …"     shared.ts)
 *   (institution-parties: countries and bodies as the subject or on the noun   institutions.ts)
 *   (object-pronoun-guest: "B landed. A greeted him": the pronoun object is the person told before   object-pronoun.ts)
 *   (possessive-noun-owner: "by A after her meeting with B": the possessive's person is the other party   possessive-owner.ts)
 *   (leaders-of-countries: "the leaders of X and Y" are the people named for X and Y   leaders-of.ts)
 *   (announced-by-parties: an agreement announced by one side alone is dropped   agreement.ts)
 *   broadcast     a programme's own exchanges are no call                broadcast.ts
 *   (pair-subject: "the two leaders signed", "signed by the two leaders": the pair just told   pair-subject.ts)
 *   (first-person-deal: "we've reached a deal" said: the people of the talks told   agreement.ts)
 *   (title-parties: … with no talks told: the speaker and the other side a transcript's title names   title-parties.ts)
 *   (reception-visitor: "A received B … in the first visit by …": B visits         reception-visitor.ts)
 *   (visitor-of-frame: "during his trip to P", "…, who is on a visit to P"   visitor.ts)
 *   status        modality of the clause                                 status.ts
 *   (purpose-of-done: "joined B in Avalon to sign …": the purpose of a done gathering took place   purpose.ts)
 *   (noun-in-future-clause: "will be signed during A's visit": the noun's clause is future   noun-tense.ts)
 *   (noun-in-infinitive-clause: "agreed to resume talks": the noun is an infinitive's object   noun-tense.ts)
 *   (superlative-infinitive: "the first envoy to visit P" took place            visitor.ts)
 *   date          the clause's day expression, the happening's day       date.ts
 *   status        from modality, trigger and day                         status.ts
 *   (background-happening: a day more than a year before publication        background.ts)
 *   place         locative, the happening hung on, arrival               place.ts
 *   role          event / reference / join; people of references         role.ts, pos.ts, agreement.ts
 *   (spoke-in-person: talk placed together is a meeting; "it speaks to" no call   spoke-in-person.ts)
 *   (joined-person: "A joined B at a rally" is a meeting of the two          together.ts)
 *   groups        one happening per party; talks on a topic              groups.ts
 *   emit          candidates into ctx.cands                              emit.ts
 */
import { NO_DATE } from '../../what/anchors';
import { assignMentions, participantsOf } from '../../what/participants';
import type { TriggerHit } from '../../what/triggers';
import type { Ctx, SentenceView } from '../context';
import { agreementOtherSide, announcedByParties, dealBetweenTwo, firstPersonDeal, officialsInCity } from './agreement';
import { programmeTalk } from './broadcast';
import { dayExpression, dayOfHappening } from './date';
import { emit } from './emit';
import { oneEach, topical } from './groups';
import { ceremonyWitness, clauseHits, gappedJoin, joinedRemotely, runByAgents } from './joins';
import {
  adjunctNounSubject,
  bodyOfLeaders,
  bothSidesCountries,
  delegationLedBy,
  earlierTriggerSubject,
  eventOfOthers,
  hostGuest,
  ingClauseSubject,
  nationAdjectives,
  needsObject,
  officialsCountry,
  officialsFromPlaces,
  quotedPair,
  relativeSubject,
  subjectObject,
  summoner,
  withWhom,
} from './participants';
import { institutionParties, peopleSubject } from './institutions';
import { place } from './place';
import { posList } from './pos';
import { againPair, pairSpoke, pronounNearestPerson, pronounSubject, sequelSubject, speakersPronoun, theirPair, twoOfThem } from './pronouns';
import { hostedBySpeaker, initialRole, peopledOrReference, referencePeople } from './role';
import { cancelNounDay, modality, modalityWords, status } from './status';
import { backgroundHappening } from './background';
import { sharedParties } from './shared';
import { purposeOfDone } from './purpose';
import { leadersOfCountries } from './leaders-of';
import { possessiveOwner } from './possessive-owner';
import { objectPronoun } from './object-pronoun';
import { invitationCarrier } from './invitation';
import { jointTextOfDeal } from './joint-text';
import { askedNotTold } from './asked';
import { objectsOnly } from './objects-only';
import { coupleOnly } from './couple';
import { spouseNotParty } from './spouse';
import { superlativeInfinitive, superlativeNoDay, visitorOfFrame } from './visitor';
import { spokeInPerson } from './spoke-in-person';
import { pairSubject } from './pair-subject';
import { titleParties } from './title-parties';
import { joinedPerson } from './together';
import { receptionVisitor, receptionVisitorModality } from './reception-visitor';
import { nounFutureClause, nounInfinitiveClause } from './noun-tense';
import { arrivalGuest, invitedGuest, nationDelegation, receptionGuest, sentEnvoy } from './visit';
import type { ClauseEnv, Draft, Pass } from './types';

/** every pass, in order (the order matters: later passes read what earlier ones decided) */
export const PASSES: { id: string; run: Pass }[] = [
  { id: 'subject-object', run: subjectObject },
  { id: 'signing-witness', run: ceremonyWitness },
  { id: 'asked-not-told', run: askedNotTold },
  { id: 'joint-text-of-deal', run: jointTextOfDeal },
  { id: 'run-by-agents', run: runByAgents },
  { id: 'summoner', run: summoner },
  { id: 'delegation-led-by', run: delegationLedBy },
  { id: 'nation-adjectives', run: nationAdjectives },
  { id: 'both-sides-countries', run: bothSidesCountries },
  { id: 'body-of-leaders', run: bodyOfLeaders },
  { id: 'leaders-of-countries', run: leadersOfCountries },
  { id: 'officials-from-places', run: officialsFromPlaces },
  { id: 'ing-clause-main-subject', run: ingClauseSubject },
  { id: 'adjunct-noun-main-subject', run: adjunctNounSubject },
  { id: 'possessive-noun-owner', run: possessiveOwner },
  { id: 'with-whom', run: withWhom },
  { id: 'relative-antecedent', run: relativeSubject },
  { id: 'host-guest', run: hostGuest },
  { id: 'quoted-pair', run: quotedPair },
  { id: 'object-pronoun-guest', run: objectPronoun },
  { id: 'needs-object', run: needsObject },
  { id: 'earlier-trigger-subject', run: earlierTriggerSubject },
  { id: 'event-of-others', run: eventOfOthers },
  { id: 'arrival-guest', run: arrivalGuest },
  { id: 'reception-guest', run: receptionGuest },
  { id: 'reception-visitor', run: receptionVisitor },
  { id: 'invited-guest', run: invitedGuest },
  { id: 'sent-envoy', run: sentEnvoy },
  { id: 'nation-delegation', run: nationDelegation },
  { id: 'people-subject-no-countries', run: peopleSubject },
  { id: 'pronoun-subject', run: pronounSubject },
  { id: 'speakers-pronoun', run: speakersPronoun },
  { id: 'their-pair', run: theirPair },
  { id: 'pronoun-nearest-person', run: pronounNearestPerson },
  { id: 'visitor-of-frame', run: visitorOfFrame },
  { id: 'sequel-subject', run: sequelSubject },
  { id: 'two-of-them', run: twoOfThem },
  { id: 'pair-subject', run: pairSubject },
  { id: 'first-person-deal', run: firstPersonDeal },
  { id: 'title-parties', run: titleParties },
  { id: 'again-pair', run: againPair },
  { id: 'pair-spoke', run: pairSpoke },
  { id: 'invitation-carrier', run: invitationCarrier },
  { id: 'objects-only', run: objectsOnly },
  { id: 'couple-only', run: coupleOnly },
  { id: 'spouse-not-party', run: spouseNotParty },
  { id: 'shared-parties', run: sharedParties },
  { id: 'institution-parties', run: institutionParties },
  { id: 'announced-by-parties', run: announcedByParties },
  { id: 'programme-talk', run: programmeTalk },
  { id: 'modality', run: modality },
  { id: 'purpose-of-done', run: purposeOfDone },
  { id: 'modality-words', run: modalityWords },
  { id: 'reception-visitor-modality', run: receptionVisitorModality },
  { id: 'noun-in-future-clause', run: nounFutureClause },
  { id: 'noun-in-infinitive-clause', run: nounInfinitiveClause },
  { id: 'superlative-infinitive', run: superlativeInfinitive },
  { id: 'day-expression', run: dayExpression },
  { id: 'cancel-noun-day', run: cancelNounDay },
  { id: 'officials-country', run: officialsCountry },
  { id: 'day-of-happening', run: dayOfHappening },
  { id: 'superlative-no-day', run: superlativeNoDay },
  { id: 'status', run: status },
  { id: 'background-happening', run: backgroundHappening },
  { id: 'place', run: place },
  { id: 'role', run: initialRole },
  { id: 'spoke-in-person', run: spokeInPerson },
  { id: 'joined-person', run: joinedPerson },
  { id: 'pos-list', run: posList },
  { id: 'peopled-or-reference', run: peopledOrReference },
  { id: 'hosted-by-speaker', run: hostedBySpeaker },
  { id: 'reference-people', run: referencePeople },
  { id: 'officials-in-city', run: officialsInCity },
  { id: 'agreement-other-side', run: agreementOtherSide },
  { id: 'deal-between-two', run: dealBetweenTwo },
  { id: 'joined-remotely', run: joinedRemotely },
  { id: 'one-each', run: oneEach },
  { id: 'topical', run: topical },
  { id: 'emit', run: emit },
];

/** A fresh draft for a hit: nothing decided yet. */
export function newDraft(h: TriggerHit, i: number, e: ClauseEnv): Draft {
  return {
    h,
    i,
    hitSpan: { start: h.start, end: h.end },
    before: e.view.text.slice(e.clause.start, h.start),
    why: [{ stage: 'trigger', rule: h.rule.id }],
    part: { ids: [], certainty: 0 },
    attached: false,
    nationParties: false,
    ingClause: false,
    arrivalPlace: null,
    arrivalDate: null,
    modality: 'happened',
    dexpr: null,
    insideAnchor: false,
    date: NO_DATE,
    sequel: false,
    status: 'happened',
    place: null,
    role: h.role === 'join' ? 'join' : 'event',
    etype: h.type,
    people: [],
    adjunct: false,
    tookPart: false,
    topical: false,
    groups: [],
  };
}

/** Runs one draft through the passes; false when a pass dropped it. */
export function runPasses(d: Draft, e: ClauseEnv, passes: { id: string; run: Pass }[] = PASSES): boolean {
  for (const p of passes) if (p.run(d, e) === false) return false;
  return true;
}

/** The environment of one clause: its hits, the mentions each hit owns, each hit's subject. */
export function clauseEnv(ctx: Ctx, view: SentenceView, clause: { start: number; end: number }, inClause: TriggerHit[]): ClauseEnv {
  const clauseMentions = view.local.filter((m) => m.start >= clause.start && m.start < clause.end);
  const owned = assignMentions(clauseMentions, inClause, view.text);
  const subjects = inClause.map((h, i) => participantsOf(view.text, owned[i].filter((m) => m.end <= h.start), { start: h.start, end: h.end }));
  return { ctx, view, clause, inClause, owned, subjects, lastSubject: ctx.nar.lastSubject };
}

/** Every trigger hit of one sentence as a fresh draft in its clause's environment (a clause without hits may join). */
export function eachDraft(ctx: Ctx, view: SentenceView, fn: (d: Draft, e: ClauseEnv) => void): void {
  for (const clause of view.clauses) {
    const inClause = clauseHits(view, clause);
    if (!inClause.length) {
      gappedJoin(ctx, view, clause);
      continue;
    }
    const e = clauseEnv(ctx, view, clause, inClause);
    inClause.forEach((h, i) => fn(newDraft(h, i, e), e));
  }
}

/** Happenings pass (events, references, joins) of one sentence: every clause's hits through the pipeline. */
export function findHappenings(ctx: Ctx, view: SentenceView): void {
  eachDraft(ctx, view, (d, e) => runPasses(d, e));
}
