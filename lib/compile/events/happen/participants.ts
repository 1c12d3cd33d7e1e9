/**
 * Participants passes: who takes part in a hit, from subject and object around
 * the trigger, then the rules for the constructions the plain subject/object
 * reading gets wrong (delegations led by, nation adjectives, -ing clauses,
 * relative clauses, host verbs, quotations).
 */
import { participantsOf, PERSONISH } from '../../what/participants';
import { countryActor, countryOfAdjective, nationGroup, relativeAntecedent } from '../clues';
import { uniq } from '../util';
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** subject-object / join-subject-object / attached-to-noun: the people around the trigger */
export function subjectObject(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  d.part = participantsOf(e.view.text, e.owned[i], d.hitSpan, h.role === 'join' ? 30 : 70);
  if (d.part.attached) d.why.push({ stage: 'participants', rule: 'attached-to-noun' });
  else if (d.part.ids.length) d.why.push({ stage: 'participants', rule: h.role === 'join' ? 'join-subject-object' : 'subject-object' });
  // "the phone conversation by A with B": the parties named on the noun are all of them
  d.attached = h.role === 'event' && !!d.part.attached;
}

/** delegation-led-by: "The U.S. delegation, led by A, met a team headed by B, along with C and D": everyone named takes part */
export function delegationLedBy(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local, quotes } = e.view;
  const led = h.type === 'meeting' && h.role === 'event' ? /\b(?:delegation|team)s?\b[^.;]{0,40}?\b(?:led|headed)\s+by\b/i.exec(text) : null;
  if (led) {
    // the people from the first delegation on ("In response to the initiative of A, the delegation … led by B …": not A)
    const all = uniq(local.filter((m) => PERSONISH.includes(m.kind) && m.start >= led.index && !quotes.some((q) => m.start > q.start && m.end < q.end)).map((m) => m.actorId));
    if (all.length >= 2 && d.part.ids.some((id) => all.includes(id))) d.part = fired(d.why, 'participants', 'delegation-led-by', { ids: uniq([...d.part.ids.filter((id) => all.includes(id)), ...all]), certainty: d.part.certainty });
  }
}

/** nation-adjectives: "The Freedonian and Eastlandish delegations agreed …", "Freedonian and Eastlandish teams will meet": the countries */
export function nationAdjectives(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const nations = nationGroup(e.view.text.slice(e.clause.start, h.start), e.ctx.actors);
  d.nationParties = nations.length >= 2 && (h.type === 'meeting' || h.type === 'agreement') && h.role === 'event';
  if (d.nationParties) d.part = fired(d.why, 'participants', 'nation-adjectives', { ids: nations, certainty: 0.8 });
  // "Thai and Cambodian leaders have agreed to …": the two countries, when the clause names no two people
  const { kindOf } = e.ctx;
  if (!d.nationParties && h.type === 'agreement' && h.role === 'event' && d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length < 2) {
    const leaders = nationGroup(e.view.text.slice(e.clause.start, h.start), e.ctx.actors, EN.nationLeaders.pattern);
    if (leaders.length === 2) {
      d.nationParties = true;
      d.part = fired(d.why, 'participants', EN.nationLeaders.id, { ids: leaders, certainty: 0.7 });
    }
  }
}

/**
 * body-of-leaders: "The leaders of the Avalon Pact member countries are meeting in Nordvik", "Pact leaders met", "the Pact
 * summit": a body's leaders meeting as that body — the body (an organisation actor) is the party, when the clause
 * names no person taking part. Runs before the role pass (which keeps a meeting with parties named as nations).
 */
export function bodyOfLeaders(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  const { kindOf } = e.ctx;
  if (h.type !== 'meeting' || h.role !== 'event' || d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) return;
  const near = local.filter((m) => m.kind === 'organization' && m.start >= e.clause.start && m.end <= e.clause.end && (m.end <= h.start ? h.start - m.end <= 60 : m.start - h.end <= 30));
  const body = near.find((m) =>
    m.end <= h.start
      ? EN.bodyOfLeaders.pattern.test(text.slice(Math.max(e.clause.start, m.start - 50), m.start)) || EN.bodyLeadersAfter.pattern.test(text.slice(m.end, h.end))
      : /^\s*(?:of|for)\s+(?:the\s+)?$/i.test(text.slice(h.end, m.start)) && /summit|meeting/i.test(h.text),
  );
  if (!body) return;
  d.nationParties = true;
  d.part = fired(d.why, 'participants', EN.bodyOfLeaders.id, { ids: [body.actorId], certainty: Math.min(0.7, body.score) });
}

/** both-sides-countries: "the two countries' commanders agreed …", "both sides had agreed to …": the two countries named before in the sentence */
export function bothSidesCountries(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  if (h.type === 'agreement' && h.role === 'event' && !d.part.ids.length && /\b(?:the\s+two\s+(?:countries|nations|sides|governments)|both\s+(?:sides|countries|nations|governments))\b/i.test(text.slice(Math.max(0, h.start - 80), h.start))) {
    const here = uniq(local.filter((m) => m.kind === 'country' && m.end <= h.start).map((m) => m.actorId));
    if (here.length === 2) d.part = fired(d.why, 'participants', 'both-sides-countries', { ids: here, certainty: 0.6 });
  }
}

/** ing-clause-main-subject: "X said on Monday …, after hosting Birch at the palace": the -ing clause's subject (and day) are the main clause's */
export function ingClauseSubject(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  d.ingClause = !d.attached && h.role === 'event' && /^[,\s]*(?:after|before|while|when|since|following)\s+$/i.test(text.slice(e.clause.start, h.start)) && /^\w+ing$/i.test(h.text.split(/\s+/)[0]);
  if (d.ingClause) {
    const mainSubj = local.filter((m) => m.end <= e.clause.start && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
    if (mainSubj && !d.part.ids.includes(mainSubj.actorId)) d.part = fired(d.why, 'participants', 'ing-clause-main-subject', { ids: uniq([mainSubj.actorId, ...d.part.ids]), certainty: Math.min(d.part.certainty || 1, mainSubj.score) });
  }
}

/** adjunct-noun-main-subject: "Alder says …, after a phone call with Birch": the sentence's subject had the call */
export function adjunctNounSubject(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local } = e.view;
  const { kindOf } = e.ctx;
  const adjNoun = !d.attached && h.role === 'event' && (h.type === 'call' || h.type === 'meeting') ? (/^(?:a|an|his|her|their)\s/i.test(h.text) ? /,\s*(?:after|before|following)\s+$/i : /,\s*(?:after|before|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i).exec(text.slice(0, h.start)) : null;
  if (adjNoun && d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) {
    const mainSubj = local.filter((m) => m.end <= adjNoun.index && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
    if (mainSubj && !d.part.ids.includes(mainSubj.actorId)) d.part = fired(d.why, 'participants', 'adjunct-noun-main-subject', { ids: uniq([mainSubj.actorId, ...d.part.ids]), certainty: Math.min(d.part.certainty || 1, mainSubj.score, 0.8) });
  }
}

/** with-whom: "Birch, with whom he held talks earlier, …": the name before and the subject of the sentence */
export function withWhom(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local, s } = e.view;
  const ww = h.role === 'event' && !d.attached ? /,\s*with\s+whom\s+(?:he|she|they)\s+(?:had\s+|also\s+)?$/i.exec(text.slice(0, h.start)) : null;
  if (!ww) return;
  const comma = ww.index;
  const host = local.filter((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)) && PERSONISH.includes(m.kind))[0];
  const subj =
    local.filter((m) => m.start >= h.end && PERSONISH.includes(m.kind) && m.actorId !== host?.actorId).sort((a, b) => a.start - b.start)[0]?.actorId ??
    (e.lastSubject && s.index - e.lastSubject.sentence <= 1 ? e.lastSubject.id : undefined);
  if (host && subj) d.part = fired(d.why, 'participants', 'with-whom', { ids: uniq([subj, host.actorId]), certainty: 0.7 });
}

/** relative-antecedent: "Birch, who held talks with Cedar on Tuesday, …": a verb right after the relative pronoun has it (Birch) as subject */
export function relativeSubject(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  const { text, local } = e.view;
  const verbHit = /^(?:held|holds|met|meets|spoke|speaks|talked|visited|visits|phoned|called|signed|agreed|hosted|welcomed|travell?ed|flew|arrived)\b/i.test(h.text);
  const ante = h.role === 'event' && !d.attached ? relativeAntecedent(text, local, e.clause, h.start, verbHit) : null;
  if (ante && PERSONISH.includes(ante.kind)) {
    const objects = participantsOf(text, e.owned[i].filter((m) => m.start >= h.end), d.hitSpan, 70);
    d.part = fired(d.why, 'participants', 'relative-antecedent', { ids: uniq([ante.actorId, ...objects.ids]), certainty: ante.score });
  }
}

/** host-guest: "Alder received envoy Birch in Avalon": the guest named right after the host verb */
export function hostGuest(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  const hostVerb = h.type === 'meeting' && h.role === 'event' && /^(?:received|receives|receiving|hosted|welcomed)\b/i.test(h.text);
  d.guest = hostVerb ? e.owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person').sort((a, b) => a.start - b.start)[0] : undefined;
  // passive-reception: "Birch was warmly received by Alder at P": the one after "by" is the host; the guest is the subject
  if (hostVerb && /^\s+by\b/i.test(e.view.text.slice(h.end)) && EN.passiveReception.pattern.test(e.view.text.slice(e.clause.start, h.start))) {
    const subject = e.owned[i].filter((m) => m.end <= h.start && m.kind === 'person').sort((a, b) => a.start - b.start)[0];
    d.why.push({ stage: 'participants', rule: EN.passiveReception.id });
    d.guest = subject;
  }
  if (d.guest && d.part.ids.length && !d.part.ids.includes(d.guest.actorId)) d.part = fired(d.why, 'participants', 'host-guest', { ids: uniq([...d.part.ids, d.guest.actorId]), certainty: Math.min(d.part.certainty || 1, d.guest.score) });
}

/** quoted-pair: "“My envoy Birch had a productive meeting with Cedar,” Alder wrote": a quotation naming two people of its own tells their happening, not the speaker's */
export function quotedPair(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { local, quotes } = e.view;
  const { kindOf } = e.ctx;
  const quoted = quotes.find((q) => h.start > q.start && h.end < q.end);
  if (quoted && h.role === 'event') {
    const inside = uniq(local.filter((m) => m.kind === 'person' && m.start > quoted.start && m.end < quoted.end).map((m) => m.actorId));
    if (inside.length >= 2 && d.part.ids.some((id) => !inside.includes(id) && kindOf(id) === 'person')) d.part = fired(d.why, 'participants', 'quoted-pair', { ids: d.part.ids.filter((id) => inside.includes(id) || kindOf(id) !== 'person'), certainty: d.part.certainty });
  }
}

/** needs-object: a verb that tells a happening only with a named object ("called Dogwood") is dropped without one */
export function needsObject(d: Draft, e: ClauseEnv): boolean {
  const { h, i } = d;
  const { kindOf } = e.ctx;
  // approval-not-reception: "welcomed the decision by Birch", "welcomed the initiative of Birch": no guest
  if (h.type === 'meeting' && h.rule.needsObject && /^(?:welcom|hosted|hosting|receiv)/i.test(h.text) && EN.approvalObject.pattern.test(e.view.text.slice(h.end))) {
    d.why.push({ stage: 'participants', rule: EN.approvalObject.id });
    return false;
  }
  const ownedPersons = e.owned[i].filter((m) => PERSONISH.includes(m.kind));
  // "hosted the leaders of X and Y": the leaders the countries stand for are the object (leaders-of-countries)
  if (d.why.some((w) => w.rule === EN.leadersOfCountries.id)) return true;
  // "greeted him with a hug": the guest the pronoun stands for (object-pronoun-guest)
  if (d.why.some((w) => w.rule === EN.objectPronoun.id)) return true;
  return !(h.rule.needsObject && !ownedPersons.some((m) => m.start >= h.end) && !(h.type === 'visit' && d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))));
}

/** earlier-trigger-subject: "Alder was sent to Eastport for talks with Dogwood", "Birch arrived … and will be joined by …": the earlier trigger's subject */
export function earlierTriggerSubject(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  const { kindOf } = e.ctx;
  const hasSubject = e.owned[i].some((m) => m.end <= h.start && PERSONISH.includes(m.kind));
  if (i > 0 && !hasSubject && !d.attached && e.subjects[i - 1].ids.length) {
    const subjPeople = e.subjects[i - 1].ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
    if (subjPeople.length && (d.part.ids.length || h.role === 'join')) d.part = fired(d.why, 'participants', 'earlier-trigger-subject', { ids: uniq([...subjPeople, ...d.part.ids]), certainty: Math.min(d.part.certainty || 1, e.subjects[i - 1].certainty) });
  }
}

/** officials-country: "X met Eastlandish officials": the country of the officials takes part */
export function officialsCountry(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && d.part.ids.length === 1) {
    const officials = /^\s+(?:with\s+)?([a-z.]+)\s+(?:officials|delegates|delegation|negotiators|diplomats|representatives)\b/i.exec(e.view.text.slice(h.end));
    const country = officials ? countryOfAdjective(officials[1], e.ctx.actors) : null;
    if (country && !d.part.ids.includes(country)) d.part = fired(d.why, 'participants', 'officials-country', { ids: [...d.part.ids, country], certainty: d.part.certainty });
  }
}

/** officials-from-places: "Top security officials from Avalon and Nordvik held talks": the countries of those places (when no person is named) */
export function officialsFromPlaces(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { kindOf, actors, book } = e.ctx;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'agreement') || d.part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) return;
  const { text, sentPlaces } = e.view;
  const before = text.slice(e.clause.start, h.start);
  const list = sentPlaces.filter((p) => p.start >= e.clause.start && p.end <= h.start).sort((a, b) => a.start - b.start);
  if (list.length < 2) return;
  const [a, b] = list;
  // "from X and Y" right before the verb phrase: the two places, joined by "and"
  if (!EN.officialsFromPlaces.pattern.test(text.slice(e.clause.start, a.start)) || !/^\s*(?:,|and)\s*$/i.test(text.slice(a.end, b.start))) return;
  if (/[,;]/.test(text.slice(b.end, h.start)) && !/\band\b/i.test(text.slice(a.end, b.start))) return;
  if (before.length - (b.end - e.clause.start) > 60) return;
  const code = (p: (typeof list)[number]) => p.country ?? book.byName.get(p.place.toLowerCase())?.country ?? null;
  const ids = uniq([a, b].map((p) => code(p)).filter((c): c is string => !!c).map((c) => countryActor(actors, c)?.id).filter((x): x is string => !!x));
  if (ids.length !== 2) return;
  d.nationParties = true;
  d.part = fired(d.why, 'participants', EN.officialsFromPlaces.id, { ids, certainty: 0.7 });
}

/** event-of-others: "Alder and Birch held a call ahead of the summit between Freedonia and Eastland": that summit's parties are the ones named after it, never the clause's subject */
export function eventOfOthers(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  if (h.role !== 'event' || i === 0) return;
  const { text } = e.view;
  if (!EN.eventOfOthers.pattern.test(text.slice(Math.max(0, h.start - 60), h.start)) || !/^\s+(?:between|of)\s/i.test(text.slice(h.end))) return;
  const own = uniq(e.owned[i].filter((m) => m.start >= h.end).map((m) => m.actorId));
  if (own.length === d.part.ids.length) return;
  d.part = fired(d.why, 'participants', EN.eventOfOthers.id, { ids: own, certainty: own.length ? d.part.certainty : 0 });
}

/** summoner: "Freedonia has summoned Eastland's ambassador Birch": the country or ministry that summons is the other side */
export function summoner(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  if (h.rule.id !== 'meeting-summoned') return;
  const before = e.owned[i].filter((m) => m.end <= h.start && h.start - m.end <= 40 && !d.part.ids.includes(m.actorId)).sort((a, b) => b.end - a.end)[0];
  if (!before || !/^\s*(?:has\s+|had\s+|have\s+|on\s+\w+\s+|also\s+|then\s+)*$/i.test(e.view.text.slice(before.end, h.start))) return;
  d.part = fired(d.why, 'participants', 'summoner', { ids: uniq([before.actorId, ...d.part.ids]), certainty: d.part.certainty });
}
