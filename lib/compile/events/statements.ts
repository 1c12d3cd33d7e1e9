/**
 * Statements pass: per statement verb, the speaker (subject, coordinated verb,
 * relative clause, pronoun of the one the story follows), whom it answers
 * (respondsTo) and its day; one candidate per speaker and sentence.
 */
import { dayOfAnotherNoun } from './happen/other-noun-day';
import type { ActorInfo, DateExpr, Mention, PlaceMention, Sentence } from '../types';
import type { LocalMention } from '../what/participants';
import { clauseAt } from '../what/clauses';
import { speakerOf, subjectPronoun, PERSONISH } from '../what/participants';
import { choiceFromExpr, NO_DATE, pickDate, type DateChoice } from '../what/anchors';
import { statementGist } from '../what/titles';
import type { Cand, Why } from './cand';
import { fired } from './happenings';
import type { Ctx, SentenceView } from './context';
import { countryOfAdjective, relativeAntecedent } from './clues';
import { responseTargets } from './respond';
import { uniq } from './util';
import { DATE_ROWS } from '../lang/en-dates';
import { EN_ORG, EN_RESPOND, EN_SPEAKER } from '../lang/en-who';
import { OCCASION_STAGE, occasionRules } from '../who/occasion';
import { findJointStatements } from './joint-statements';
import { findTurnStatement } from './transcript-turns';
import { UNNAMED_VOICE, unnamedVoiceOf } from './unnamed-voice';
import { officeSubjectSpeaker } from './office-subject';
import { insideAttributedQuote, REMARK_INSIDE_ATTRIBUTED_QUOTE } from './quoted-remark';
import { EN } from '../lang/en';
import { perfectRemark } from './perfect-remark';
import { remarkInRelative } from './remark-in-relative';
import { notSaying } from './not-saying';
import { courtesyThanks } from './courtesy-thanks';
import { coordinatedLead, inContentClause, sayingInPassive } from './verb-clause';
import { NATION_OF_BODY, nationOfBody } from './nation-of-body';
import { agreeingSpeaker, carryUnnamedSpeaker, noteUnnamedSpeaker, noteUnresolvedName, pronounBefore, pronounOfUnnamedSpeaker } from './pronoun-speaker';
import { unresolvedNameBefore } from './unresolved-name';
import { PREVIOUS_SUBJECT, subjectOf } from './previous-subject';
import { expertsOf } from './expert-voice';
import { continuingPronoun, PRONOUN_CONTINUES_SPEAKER } from './pronoun-continues-speaker';
import { PARENTHETICAL_BEFORE_VERB, parentheticalSubject as subjectBeforePhrase } from './parenthetical-speaker';

export function findStatements(ctx: Ctx, view: SentenceView): void {
  const { doc, actors, kindOf, cands, personsBySentence, paraOf, liveBlog, mentionsBySentence } = ctx;
  const { s, text, lower, clauses, hits, local, relDates } = view;
  const lastSubject = ctx.nar.lastSubject;
  const resolveChoice = (d: DateExpr | null): DateChoice => (d ? choiceFromExpr(d) : NO_DATE);
  // ---- statements ----
  const bySpeaker = new Map<string, Cand>();
  // a remark dropped because "he" is an office named as the sentence's subject that the document did not resolve
  let officeUnresolved = false;
  // a remark dropped because its "he"/"she" goes on with an unnamed speaker of the sentence before (pronoun-continues-speaker.ts)
  let unnamedContinued = false;
  const statementHits = hits.filter((x) => x.role === 'statement');
  let quotedSkipped = false;
  // the sentence's quoted stretches, read by several rules below (one reading per sentence)
  const sentenceQuotes = quoteSpans(text);
  const statementStarts = statementHits.map((x) => x.start);
  for (const h of statementHits) {
    // "“Vell warned us twice …,” Birch told reporters": a verb inside an attributed quotation is part of the quoted words (quoted-remark.ts)
    if (insideAttributedQuote(h.start, sentenceQuotes, statementStarts)) {
      quotedSkipped = true;
      continue;
    }
    // ", adding …" after such a remark shares its unknown speaker (pronoun-of-office-reference)
    if ((officeUnresolved || unnamedContinued) && EN_SPEAKER.participleSubject.pattern.test(h.text)) continue;
    // "is already said to …": hearsay in the passive, no speaker (verb-clause.ts, saying-in-passive)
    if (sayingInPassive(h.text, text.slice(0, h.start))) continue;
    // "could be called the Nordvik Agreement", "was described as": a passive participle names no speaker
    if (EN_SPEAKER.passiveParticiple.pattern.test(h.text) && EN_SPEAKER.passiveLead.pattern.test(lower.slice(0, h.start))) continue;
    if (/\b(?:would|could|might|will|should|may|never|not|to)\s+(?:\w+\s+)?$/i.test(lower.slice(Math.max(0, h.start - 25), h.start)) && /^(?:say|tell|state|declare|announce)$/i.test(h.text)) continue;
    // "his office says a statement is expected later": nothing said yet, only a remark to come
    if (/^\s+(?:that\s+)?(?:a|an)\s+(?:[\w-]+\s+)?statement\s+(?:is|was|would\s+be|will\s+be)\s+(?:expected|due|planned|likely)\b/i.test(text.slice(h.end))) continue;
    // "X said …, according to the agency": the agency is where the remark was reported, no second remark (source-of-report)
    if (EN_SPEAKER.sourceOfReport.pattern.test(h.text) && hits.some((x) => x.role === 'statement' && x.start < h.start && !EN_SPEAKER.sourceOfReport.pattern.test(x.text))) continue;
    // "we will hear what he says": a remark to come (remark-to-come)
    if (EN_SPEAKER.remarkToCome.pattern.test(text.slice(0, h.start))) continue;
    // "said goodbye to …": a gesture, not a remark (said-goodbye)
    if (EN_SPEAKER.notSpeech.pattern.test(text.slice(h.end))) continue;
    // "Nordvik has rejected …", "Alder has blocked the bid, saying …": a position held over time, background (perfect-remark.ts)
    if (perfectRemark(text.slice(0, h.start), h.text)) continue;
    // "the rights of states", "a flood that has claimed hundreds of lives": no verb of saying here (not-saying.ts)
    if (notSaying(text, h.start, h.end)) continue;
    // "Alder expressed his thanks for the hospitality": a courtesy told in the account, no remark (courtesy-thanks.ts)
    if (courtesyThanks(text, h.text, h.end, statementHits.length)) continue;
    // "a deal the Nordvik leader said would hinge on aid": the remark sits in a relative clause, told in passing (remark-in-relative.ts)
    if (remarkInRelative(h.text, text.slice(h.end))) continue;
    // "… visited Nordvik last month, where he said …", "When Birch visited … last November, Alder told him …": background of an earlier happening
    if (EN_SPEAKER.earlierOccasionClause.pattern.test(text.slice(0, h.start)) || EN_SPEAKER.earlierOccasionLead.pattern.test(text.slice(0, h.start))) continue;
    const ownClause = clauseAt(clauses, h.start);
    // ", saying …" / ", adding …": the subject is in the clause before
    const clause = /^(?:saying|adding)$/i.test(h.text) ? { start: 0, end: ownClause.end } : ownClause;
    const hitSpan = { start: h.start, end: h.end };
    // "Alder broke off the talks to call Birch, and said afterwards …": a coordinated verb shares the sentence's subject
    // "Alder accused Birch of … and said …", "Alder is meeting Birch today, and he told reporters …": the earlier verb's subject
    // "…, and today announced …": across a time or sequence word (verb-clause.ts, coordinated-verb-after-time)
    const coordLead = coordinatedLead(text.slice(0, h.start));
    const earlierSpeaker = coordLead ? [...bySpeaker.values()].find((c) => c.hit.end <= coordLead.index) : undefined;
    const coordinated = coordLead
      ? earlierSpeaker
        ? local.find((m) => m.actorId === earlierSpeaker.speaker)
        : openingSubject(text, local.filter((m) => PERSONISH.includes(m.kind) && m.start <= 40 && m.end <= coordLead.index).sort((a, b) => a.start - b.start)[0])
      : undefined;
    // "Alder and President Birch signed the accord and stressed …": the shared subject is two parties (joint-subject-of-coordinated-verb)
    if (coordinated && !earlierSpeaker && jointSubject(text, local, coordinated, coordLead!.index)) continue;
    const lastRelative = [...text.slice(0, h.start).matchAll(/,\s*(?:who|which)\b/gi)].pop();
    const relClause = lastRelative ? { start: lastRelative.index ?? 0, end: text.length } : ownClause;
    const why: Why[] = [{ stage: 'trigger', rule: h.rule.id }];
    // a "he"/"she" the pass gives a person itself: only one of that gender as the document shows it (pronoun-speaker.ts)
    const agreeing = (id: string, lead: string, record = true): string | null => {
      const want = pronounBefore(lead);
      const out = want ? agreeingSpeaker(ctx, s.index, h.start, want, id) : id;
      if (out !== id && record) why.push({ stage: 'participants', rule: EN.pronounGenderAgrees.id });
      return out;
    };
    const ante = coordinated ? null : relativeAntecedent(text, local, relClause, h.start, true);
    // ", saying …": the main clause's subject (an earlier remark's speaker in this sentence, else its first person)
    const participle = coordinated || ante || !EN_SPEAKER.participleSubject.pattern.test(h.text) ? null : participleSubject(text, local, h.start, [...bySpeaker.values()]);
    let sp = coordinated ?? ante ?? participle ?? speakerOf(text, local, clause, hitSpan, h.text);
    // "Alder, while talking to reporters in Avalon, said": the subject before a phrase set off by commas
    if (!sp) {
      sp = parentheticalSubject(text, local, h.start);
      if (sp) why.push({ stage: 'participants', rule: EN_SPEAKER.parentheticalSubject.id });
    }
    // "Kovac said Alder and Birch face …", "“…,” Kovac told reporters": a name no mention resolves is the subject before the
    // verb, the speaker; one named after the verb is what the remark tells, and a "he" of the next sentence is Kovac (unresolved-name.ts)
    if ((!sp || sp.start >= h.end) && !coordinated && !ante && !participle) {
      const un = unresolvedNameBefore(text.slice(0, h.start), local, doc.body);
      if (un) {
        // "Comments criticized by the president, Kovac, …": a participle before "by" is passive, its subject no speaker to note
        if (!/^\s+by\b/i.test(text.slice(h.end))) noteUnresolvedName(ctx.nar, s.index, un.surname);
        continue;
      }
    }
    // "Quist, from the Stop Vell coalition, said": a name inside a phrase set off by commas before the verb is not the
    // speaker; the subject before the phrase is (none when no mention covers it) (parenthetical-speaker.ts)
    if (sp && sp.via !== 'pronoun' && !coordinated && !ante && !participle) {
      const subj = subjectBeforePhrase(text, local, sp, h.start);
      if (subj === 'none') continue;
      if (subj) sp = fired(why, 'participants', PARENTHETICAL_BEFORE_VERB.id, subj);
    }
    // the speaker named by the sentence's structure must be able to be the verb's subject
    if (sp && !coordinated && !ante && !participle && sp.via !== 'pronoun' && notTheSpeaker(text, sp, h)) continue;
    // an organisation in a person's title, or named inside the quoted words, is not the one speaking
    if (sp && sp.via !== 'pronoun' && bodyNotSpeaking(text, sp, h)) {
      // "a Nordvik Foreign Ministry spokesperson said": an unnamed voice of the body speaks for it (unnamed-voice.ts)
      if (!unnamedVoiceOf(text, local, sp, h)) continue;
      why.push({ stage: 'participants', rule: UNNAMED_VOICE.id });
    }
    // "the Freedonian government and the Nordvik Front announced": two parties speak together, not one of them
    if (sp && sp.via !== 'pronoun' && sp.end <= h.start && coordinatedWith(text, local, sp, h.start)) continue;
    // "“President Alder conveyed …,” the Palace said": an institution's readout of its own leader's words is the leader's
    // (only when that is the institution's one remark in the document: a readout told over several sentences stays one remark of the institution)
    if (sp && sp.kind === 'organization' && sp.via !== 'pronoun' && remarksOfBody(doc.sentences, mentionsBySentence, sp.actorId) <= 1) {
      const leader = readoutSubject(text, local, sp, h, actors);
      if (leader) sp = fired(why, 'participants', EN_SPEAKER.readoutOfLeader.id, leader);
    }
    // "the ministry said" in a document that named "the ministry's spokesman Alder": the body speaks through that person
    if (sp && (sp.kind === 'organization' || sp.kind === 'group') && sp.via !== 'pronoun') {
      const voice = spokespersonOf(doc.sentences, mentionsBySentence, s.index, sp.actorId, kindOf);
      if (voice) sp = fired(why, 'participants', EN_SPEAKER.bodySpokesperson.id, { ...sp, actorId: voice, kind: 'person' });
    }
    if (sp) why.push({ stage: 'participants', rule: coordinated ? 'speaker-of-coordinated-verb' : ante ? 'speaker-relative-antecedent' : participle ? EN_SPEAKER.participleSubject.id : sp.via === 'pronoun' ? 'speaker-pronoun' : 'speaker-subject' });
    // "Kovac said Birch guided the talks": a name after the verb followed by its own verb is what the remark tells, not its speaker
    if (sp && sp.via !== 'pronoun' && sp.start >= h.end && !coordinated && !ante && EN_SPEAKER.reportedSubject.pattern.test(text.slice(h.end, sp.start)) && EN_SPEAKER.reportedVerb.pattern.test(text.slice(sp.end))) {
      // "the Nordvik Front spokesman said the envoy thanked …": the unnamed voice of a body or country before the verb speaks (unnamed-voice.ts)
      const voice = local.find((m) => m.via !== 'pronoun' && m.end <= h.start && unnamedVoiceOf(text, local, m, h, true));
      if (!voice) continue;
      sp = fired(why, 'participants', UNNAMED_VOICE.id, voice);
    }

    // "…, the sources said", "a source close to the prime minister said": an unnamed source speaks, not the one named
    if (sp && sp.kind === 'person' && sp.via !== 'pronoun' && unnamedSourceSpeaks(text, sp, h.end)) continue;
    // "“… President Birch and the premier have decided …,” he said": "he" is the quote's speaker, never one named inside it
    if (sp && sp.via === 'pronoun' && EN_SPEAKER.pronounAfterQuote.pattern.test(text.slice(0, h.start)) && namedLastInQuote(doc.sentences, mentionsBySentence, s.index, s.start + h.start, sp.actorId)) continue;
    // "the head of Freedonian diplomacy said he was angry … he said": "he" is that office's holder, never one named before
    if (sp && sp.via === 'pronoun') {
      const office = officeSubjectBefore(text, local, sp, h.start);
      if (office === 'none') {
        officeUnresolved = true;
        continue;
      }
      if (office) sp = fired(why, 'participants', EN_SPEAKER.officeReferenceSubject.id, { ...office, start: sp.start, end: sp.end });
    }
    // "…, his press secretary Quist told reporters. “We will trade,” she said": the pronoun goes on with the remark of the
    // sentence right before, not coreference's pick of a name told there in passing (pronoun-continues-speaker.ts)
    if (sp && sp.via === 'pronoun' && sp.kind === 'person') {
      const pron = continuingPronoun(text.slice(0, h.start));
      if (pron) {
        if (pronounOfUnnamedSpeaker(ctx.nar, s.index, s.index - 1, namesOf(actors, sp.actorId))) {
          carryUnnamedSpeaker(ctx.nar, s.index);
          unnamedContinued = true;
          continue;
        }
        const last = ctx.nar.lastSpeaker;
        if (last && last.sentence === s.index - 1 && last.id !== sp.actorId && kindOf(last.id) === 'person' && agreeing(last.id, pron, false) === last.id)
          sp = fired(why, 'participants', PRONOUN_CONTINUES_SPEAKER.id, { ...sp, actorId: last.id });
      }
    }
    // "On Saturday he thanked … and wrote …": the pronoun subject of the sentence
    if (!sp && coordLead && /^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?(?:he|she)\b/i.test(text)) {
      const prevSubject: { id: string; sentence: number } | null = ctx.nar.lastSpeaker && s.index - ctx.nar.lastSpeaker.sentence <= 2 ? ctx.nar.lastSpeaker : lastSubject && s.index - lastSubject.sentence <= 1 ? lastSubject : null;
      const id = prevSubject ? agreeing(prevSubject.id, /^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?(?:he|she)\b/i.exec(text)![0]) : null;
      if (id) sp = fired(why, 'participants', 'speaker-pronoun-of-sentence', { actorId: id, kind: kindOf(id) ?? 'person', start: h.start, end: h.start, score: 0.6, via: 'pronoun', surface: '' });
    }
    // "Straight afterwards he spoke to B, and then … among them C. He also wrote …": he is still the one the story follows, not the name told last
    if (sp && sp.via === 'pronoun' && lastSubject && ctx.nar.pronounChain === s.index - 1 && lastSubject.sentence === s.index - 1 && sp.actorId !== lastSubject.id && /^(?:he|she)\s/i.test(text.trim()) && agreeing(lastSubject.id, text.trim().slice(0, 4), false) === lastSubject.id)
      sp = fired(why, 'participants', 'speaker-followed-by-story', { ...sp, actorId: lastSubject.id, kind: kindOf(lastSubject.id) ?? 'person', score: Math.min(sp.score, 0.6) });
    // "Cedar said late on Tuesday that Alder told Birch …": speech reported inside another's statement is part of that statement
    const reporter = sp ? [...bySpeaker.values()].find((c) => c.speaker !== sp!.actorId && c.hit.end <= sp!.start && /^\s+(?:[\w'’-]+\s+){0,5}?that\s+[^,;"“”]{0,60}$/i.test(text.slice(c.hit.end, h.start))) : undefined;
    if (reporter && /^(?:said|says|told|tells)$/i.test(h.text)) continue;
    // "Alder reconfirmed that Nordvik condemns …", "Cedar added that Birch had expressed …": a remark told inside another
    // person's words is part of that person's statement, not one of its own (reported-in-that-clause)
    if (sp && sp.via !== 'pronoun' && sp.end <= h.start && reportedInThatClause(text, local, sp)) continue;
    let certainty = sp?.score ?? 0;
    if (!sp) {
      const pron = subjectPronoun(text.slice(clause.start, h.start)) ?? (/[”"]\s*,?\s*(?:he|she)\s+$/i.test(text.slice(0, h.start)) ? 'singular' : null);
      // "… Birch says … . [two lines naming no one] . Yes, he posted …": no one else has come up since
      const nobodySince = (from: number) => [...Array(Math.max(0, s.index - from - 1)).keys()].every((k) => !(personsBySentence.get(from + 1 + k) ?? []).length);
      const prev: { id: string; sentence: number } | null =
        ctx.nar.lastSpeaker && s.index - ctx.nar.lastSpeaker.sentence <= 2
          ? ctx.nar.lastSpeaker
          : lastSubject && (s.index - lastSubject.sentence <= 1 || (s.index - lastSubject.sentence <= 3 && nobodySince(lastSubject.sentence)))
            ? lastSubject
            : null;
      // "the Taoiseach described …", "The King spoke … as he told …": an unresolved office or description is the person the document titled so (office-subject.ts)
      const described = pron === null || pron === 'singular' ? officeSubjectSpeaker(text, text.slice(0, h.start), local, s, doc.sentences, mentionsBySentence, doc.body, actors, kindOf, pron === 'singular') : null;
      // "But the president blamed …, what he described as …": an office named as the sentence's subject is whom "he" is
      const office = described ? null : pron === 'singular' ? officeSubjectBefore(text, local, { actorId: '', kind: 'person', start: h.start, end: h.start, score: 0, via: 'pronoun', surface: '' }, h.start) : null;
      if (described) {
        sp = fired(why, 'participants', described.rule, described.speaker);
        certainty = 0.6;
      } else if (office === 'none') {
        officeUnresolved = true;
        continue;
      } else if (office) {
        sp = fired(why, 'participants', EN_SPEAKER.officeReferenceSubject.id, { ...office, start: h.start, end: h.start, via: 'pronoun' });
        certainty = 0.6;
      } else if (pron === 'singular' && prev && pronounOfUnnamedSpeaker(ctx.nar, s.index, prev.sentence, namesOf(actors, prev.id))) {
        carryUnnamedSpeaker(ctx.nar, s.index);
        continue;
      } else if (pron === 'singular' && prev) {
        const id = agreeing(prev.id, text.slice(0, h.start));
        if (id) {
          sp = fired(why, 'participants', 'speaker-pronoun-last-speaker', { actorId: id, kind: kindOf(id) ?? 'person', start: h.start, end: h.start, score: 0.6, via: 'pronoun', surface: '' });
          certainty = 0.6;
        }
      }
    }
    // "He also described …" after "Lula had described … under President Birch": the subject of the sentence before (previous-subject.ts)
    if (sp && sp.via === 'pronoun' && sp.kind === 'person' && h.start > 2) {
      const opening = /^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?(he|she)\b/i.exec(text);
      if (opening && opening[0].length <= h.start) {
        const subj = subjectOf(doc.sentences, mentionsBySentence, s.index - 1, (id) => kindOf(id) === 'person');
        if (subj && subj !== sp.actorId && agreeing(subj, opening[1], false) === subj) sp = fired(why, 'participants', PREVIOUS_SUBJECT.id, { ...sp, actorId: subj, kind: 'person' });
      }
    }
    // "India rejected …", "Nordvik has said …": a country names the government speaking, as the subject right before the verb
    const displeasure = displeasureTarget(text, local, h.end, actors);
    if (!sp && (h.rule.responds || displeasure) && !sentenceQuotes.some((q) => h.start >= q.start && h.start < q.end)) {
      const country = countrySpeaker(text, local, clause, h.start);
      if (country) sp = fired(why, 'participants', EN_RESPOND.countrySpeaker.id, country);
    }
    // "the Palace said", "the Palace's press service said": a country named by its seat of government speaks
    if (!sp && !sentenceQuotes.some((q) => h.start >= q.start && h.start < q.end)) {
      const seat = seatOfCountry(text, local, view.sentPlaces, clause, h.start);
      if (seat) sp = fired(why, 'participants', EN_SPEAKER.seatOfCountry.id, seat);
    }
    // "…,” the bloc’s foreign policy chief said": a speaker the text does not name, whom a "he" of the next sentence is (pronoun-speaker.ts)
    if (!sp && !sentenceQuotes.some((q) => h.start >= q.start && h.start < q.end)) {
      noteUnnamedSpeaker(ctx.nar, s.index, text.slice(0, h.start));
    }
    if (!sp || !['person', 'organization', 'group', 'country'].includes(sp.kind)) continue;
    // "“…,” said Ana Kovac, a researcher at the Institute of Northern Affairs" (and her "she said" after it): an expert commenting, no statement (expert-voice.ts)
    if (sp.kind === 'person' && expertsOf(doc.sentences, mentionsBySentence, (id) => kindOf(id) === 'person').has(sp.actorId)) continue;
    // "The leaders discussed the visit …, the Palace said": the readout of the talks, not a remark of its own (readout-of-talks)
    if (sp.via !== 'pronoun' && sp.start > 0 && EN_SPEAKER.readoutOfTalks.pattern.test(text.slice(0, Math.min(sp.start, h.start)))) continue;
    // "On Birch's party saying that …": others close to the named one speak, not they
    if (sp.via !== 'pronoun' && sp.end <= h.start && EN_RESPOND.othersOfSpeaker.pattern.test(text.slice(sp.end, h.start))) continue;
    const answered = responseTargets(text, lower, local, h, sp.actorId, clause, kindOf, actors, doc.sentences, s.index, mentionsBySentence, (rule) => why.push({ stage: 'respondsTo', rule }));
    const responds = answered.length || !displeasure || displeasure.actorId === sp.actorId ? answered : fired(why, 'respondsTo', EN_RESPOND.displeasureOver.id, [displeasure.actorId]);
    // background years ("voted against … in 2024") do not date a remark
    // the speaker's own words ("… earlier today," she said) tell when things happened as seen on the day of speaking, not the remark's day
    const inQuote = (d: DateExpr) => sentenceQuotes.some((q) => d.start >= q.start && d.end <= q.end);
    const ownDates = relDates.filter((d) => d.precision !== 'year' && !d.future && !(d.range && d.range.from.slice(0, 7) !== d.range.to.slice(0, 7)));
    // the day the remark would take with none of the filters below: the rules that set it aside are recorded
    const picked = pickDate(ownDates, clause, hitSpan);
    // "Dmitriev, who visited Washington earlier this month, wrote on Saturday …": the relative clause's day is its own verb's
    const relClauses = [...text.matchAll(DATE_ROWS.relativeClause.pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })).filter((r) => !(h.start >= r.start && h.start < r.end));
    const inRelative = (d: DateExpr) => relClauses.some((r) => d.start >= r.start && d.end <= r.end);
    if (picked && inRelative(picked)) why.push({ stage: 'date', rule: DATE_ROWS.relativeClause.id });
    // "… agreed during their meeting on Feb. 27, Borrell told a news conference late on Saturday": the attribution follows
    // the content and has a day of its own; a day inside the content (not opening the sentence) is the content's, not the remark's
    const attribution = sp.via !== 'pronoun' && sp.start > 0 ? DATE_ROWS.attributionAfter.pattern.exec(text.slice(0, sp.start)) : null;
    const attributionDay = !!attribution && ownDates.some((d) => d.start >= h.end && d.start < clause.end && !inQuote(d));
    const inContent = (d: DateExpr) => attributionDay && d.end <= attribution!.index && d.start > 3;
    if (picked && inContent(picked)) why.push({ stage: 'date', rule: DATE_ROWS.attributionAfter.id });
    // "told reporters that a man deported in March …": the that-clause's day is what the remark tells (verb-clause.ts, day-of-the-content-clause)
    const inThat = (d: DateExpr) => d.start >= h.end && inContentClause(text.slice(h.end, d.start));
    const stDates = ownDates.filter((d) => !inQuote(d) && !inRelative(d) && !inContent(d) && !inThat(d) && !dayOfAnotherNoun(text, d));
    // "said Birch, wrapping a summit jolted by Thursday's attacks": the day of another noun (happen/other-noun-day.ts)
    if (picked && dayOfAnotherNoun(text, picked)) why.push({ stage: 'date', rule: DATE_ROWS.dayOfAnotherNoun.id });
    if (picked && stDates.length < ownDates.length && inQuote(picked)) why.push({ stage: 'date', rule: DATE_ROWS.quotedDay.id });
    let dexpr = pickDate(stDates, clause, hitSpan);
    if (!dexpr) dexpr = fired(why, 'date', 'sentence-day', pickDate(stDates.filter((d) => !d.future && !d.anchor), { start: 0, end: text.length }, hitSpan));
    if (!dexpr) {
      // "X said after Tuesday's meeting" / "spoke after the talks": the day of that happening
      const at = /\b(?:after|following|at|during)\s+((?:the|this|that|[\w’']+['’]s)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|call|conversation|visit|negotiations))\b/i.exec(text.slice(h.end));
      if (at) dexpr = fired(why, 'date', 'day-of-happening-told', { docId: doc.id, sentence: s.index, start: h.end + at.index, end: h.end + at.index + at[0].length, text: at[0], value: null, precision: null, reference: `the day of ${at[1]}`, anchor: { offsetDays: 0, ref: at[1] } });
    }
    if (!dexpr) {
      // "said … at the start of the talks", "as he opened the summit": a remark made at a moment of a happening is on its day
      const rowAt = [DATE_ROWS.remarkAtMoment, DATE_ROWS.remarkAsOpening].map((r) => ({ r, m: r.pattern.exec(text) })).find((x) => x.m && (x.m.index >= h.end || x.m.index + x.m[0].length <= h.start));
      if (rowAt?.m) {
        const m = rowAt.m;
        dexpr = fired(why, 'date', rowAt.r.id, { docId: doc.id, sentence: s.index, start: m.index, end: m.index + m[0].length, text: m[0], value: null, precision: null, reference: `the day of ${m[1]}`, anchor: { offsetDays: 0, ref: m[1] } });
      }
    }
    // the occasion of the remark (a press conference, a statement, a post …), from the sentence's words outside quotes
    for (const r of occasionRules(text, sentenceQuotes)) why.push({ stage: OCCASION_STAGE, rule: r.id });
    const existing = bySpeaker.get(sp.actorId);
    if (existing) {
      for (const w of why) if (w.stage === OCCASION_STAGE && !existing.why.some((e) => e.stage === w.stage && e.rule === w.rule)) existing.why.push(w);
      existing.respondsTo = uniq([...existing.respondsTo, ...responds]);
      existing.why.push(...why.filter((w) => w.stage === 'trigger' && !existing.why.some((e) => e.rule === w.rule)));
      if (existing.date.source === 'none' && dexpr) {
        existing.date = resolveChoice(dexpr);
        existing.anchorSpan = dexpr.anchor ? { start: dexpr.start, end: dexpr.end } : null;
      }
      existing.strength = Math.max(existing.strength, h.strength);
      continue;
    }
    if (dexpr && !why.some((w) => w.stage === 'date')) why.push({ stage: 'date', rule: 'clause-day' });
    // "the Palace said": a nation's body speaks for its government, the country beside it (nation-of-body.ts)
    const nation = nationOfBody(actors, sp.actorId);
    if (nation) why.push({ stage: 'participants', rule: NATION_OF_BODY.id });
    const c: Cand = {
      why,
      order: cands.length,
      sentence: s.index,
      span: { start: s.start, end: s.end },
      type: 'statement',
      role: 'statement',
      trigger: h.text,
      strength: h.strength,
      participants: nation ? [sp.actorId, nation] : [sp.actorId],
      certainty,
      status: 'happened',
      ongoing: false,
      date: resolveChoice(dexpr),
      place: null,
      placeRank: 0,
      speaker: sp.actorId,
      respondsTo: responds,
      gist: statementGist(s.text),
      hit: { start: h.start, end: h.end },
      anchorSpan: dexpr?.anchor ? { start: dexpr.start, end: dexpr.end } : null,
      para: paraOf.get(s.index),
      live: liveBlog || undefined,
    };
    bySpeaker.set(sp.actorId, c);
    cands.push(c);
    ctx.nar.lastSpeaker = { id: sp.actorId, sentence: s.index };
  }
  // the statement the attribution verb made carries the row that kept the quoted verb from making one of its own
  if (quotedSkipped) for (const c of bySpeaker.values()) c.why.push({ stage: 'trigger', rule: REMARK_INSIDE_ATTRIBUTED_QUOTE.id });
  // "MARA QUIST: We are ready …": a guest's turn in a transcript is that person's statement (transcript-turns.ts)
  findTurnStatement(ctx, view, new Set(bySpeaker.keys()));
  // "Avalon and Nordvik said in a joint statement …": one statement of the issuers (joint-statements.ts)
  findJointStatements(ctx, view, sentenceQuotes, EN.jointTextOfDeal);
}

/** an actor's name and aliases (for a surname check) */
const namesOf = (actors: Map<string, ActorInfo>, id: string): string[] => {
  const a = actors.get(id);
  return a ? [a.name, ...(a.aliases ?? [])] : [];
};

/**
 * True when a person the sentence's structure offers as the speaker cannot be the verb's subject: a possessor right
 * after the verb (EN_SPEAKER.possessorAfterVerb), a name inside the quoted words while the verb is outside them
 * (speakerInQuote), a subordinate clause with a subject of its own between the name and the verb (otherSubjectBetween).
 */
export function notTheSpeaker(text: string, sp: LocalMention, h: { start: number; end: number; text?: string }): boolean {
  if (sp.start >= h.end && EN_SPEAKER.possessorAfterVerb.pattern.test(text.slice(sp.end))) return true;
  const quotes = quoteSpans(text);
  const inQuote = (x: number) => quotes.some((q) => x >= q.start && x < q.end);
  if (sp.end <= h.start && inQuote(sp.start) && !inQuote(h.start) && EN_SPEAKER.speakerInQuote.pattern.test(text.slice(0, h.start))) return true;
  if (sp.end <= h.start && EN_SPEAKER.otherSubjectBetween.pattern.test(text.slice(sp.end, h.start))) return true;
  // "According to an aide close to Birch, the envoy … proposed": Birch is what the source is close to (anonymous-source-after-according-to)
  if (sp.end <= h.start && /,/.test(text.slice(sp.end, h.start))) {
    const acc = [...text.slice(0, sp.start).matchAll(/\baccording\s+to(?=\s)/gi)].pop();
    if (acc && EN_SPEAKER.anonymousSourceAfter.pattern.test(text.slice((acc.index ?? 0) + acc[0].length, sp.start + 1))) return true;
  }
  // "Birch will arrive on Monday, the palace said": an unnamed subject right before the verb speaks (unnamed-subject-before-verb)
  if (sp.end <= h.start) {
    const un = EN_SPEAKER.unnamedSubjectBeforeVerb.pattern.exec(text.slice(0, h.start));
    const pa = h.text && EN_SPEAKER.participleSubject.pattern.test(h.text) ? EN_SPEAKER.participleOfUnnamedSubject.pattern.exec(text.slice(0, h.start)) : null;
    if (pa && sp.end <= pa.index) return true;
    if (un && sp.end <= un.index && !/\b(?:statement|declaration|communiqu[eé]|readout|text|document|letter|report|post|tweet|message)\b/i.test(un[0])) return true;
  }
  // "a spokeswoman for Alder said", "a readout of the call with Alder (that) says": the object of a preposition is not the subject (object-of-preposition-before-verb)
  if (sp.kind === 'person' && sp.end <= h.start && /^\s+(?:(?:that|which)\s+)?(?:(?:is|was|has|had|have|also|then|later|now|\p{Ll}+ly)\s+)*$/u.test(text.slice(sp.end, h.start)) && EN_SPEAKER.objectOfPreposition.pattern.test(text.slice(0, sp.start))) return true;
  // "President Alder's administration said …": the possessor is not the subject (possessor-before-verb)
  if (sp.end <= h.start && EN_SPEAKER.possessorBeforeVerb.pattern.test(text.slice(sp.end, h.start))) return true;
  // "The editor of the weekly, where Birch trained, called it a disgrace": the name is inside a relative clause closed before the verb
  if (sp.end <= h.start && EN_SPEAKER.nameInRelativeClause.pattern.test(text.slice(0, sp.start)) && /,/.test(text.slice(sp.end, h.start))) return true;
  return false;
}

/**
 * True when an organisation or group the sentence offers as the speaker is only part of a person's title
 * (EN_SPEAKER.bodyInTitle: "the Front's spokesman said") or named inside the quoted words while the verb is outside
 * them (EN_SPEAKER.bodyInQuote).
 */
export function bodyNotSpeaking(text: string, sp: LocalMention, h: { start: number; end: number }): boolean {
  if (sp.kind !== 'organization' && sp.kind !== 'group') return false;
  if (EN_SPEAKER.bodyInTitle.pattern.test(text.slice(sp.end))) return true;
  if (!EN_SPEAKER.bodyInQuote.pattern.test(text)) return false;
  const quotes = quoteSpans(text);
  const inQuote = (x: number) => quotes.some((q) => x >= q.start && x < q.end);
  return inQuote(sp.start) && !inQuote(h.start);
}

/**
 * The sentence's first actor as the subject a coordinated verb shares, unless the words before it make it an object
 * ("According to an aide close to Birch, the envoy rang and proposed …": EN_SPEAKER.objectLead).
 */
export function openingSubject(text: string, m: LocalMention | undefined): LocalMention | undefined {
  if (!m) return undefined;
  const lead = text.slice(0, m.start);
  return /\b(?:with|to|by|from|for|about|against|than|like|told|urged|asked|called|met|thanked)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu.test(lead) ? undefined : m;
}

/**
 * True when the mention (the subject a coordinated verb shares) is coordinated with another actor named right after it
 * ("Alder and President Birch signed … and stressed"), both before `until` (EN_SPEAKER.jointSubjectOfCoordinatedVerb).
 */
export function jointSubject(text: string, local: LocalMention[], m: LocalMention, until: number): boolean {
  return local.some((o) => o.actorId !== m.actorId && o.via !== 'pronoun' && o.start >= m.end && o.end <= until && EN_SPEAKER.jointSubjectOfCoordinatedVerb.pattern.test(text.slice(m.end, o.start)));
}

/**
 * True when the speaker right before the verb is coordinated with another party (EN_SPEAKER.coordinatedSubject):
 * "X and <speaker> <verb>" with X an actor or a body word ("government", "army", "side"), or "<speaker> and Y <verb>".
 */
export function coordinatedWith(text: string, local: LocalMention[], sp: LocalMention, at: number): boolean {
  const adverbs = /^\s+(?:(?:have|has|had|also|jointly|together|then|later|\w+ly|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
  // "<speaker> and Y <verb>"
  const after = /^\s+and\s+(?:the\s+)?/u.exec(text.slice(sp.end, at));
  if (after) {
    const other = local.find((m) => m.start === sp.end + after[0].length && m.end <= at && m.actorId !== sp.actorId);
    if (other && adverbs.test(text.slice(other.end, at))) return true;
    // "Mr Alder and Ms Birch announced", "Alder and the Grand Mufti declared": a titled party (coordinated-titled-party)
    const titled = EN_SPEAKER.coordinatedTitledParty.pattern.exec(text.slice(sp.end, at));
    if (titled) {
      const end = sp.end + titled[0].length;
      const named = local.find((m) => m.start >= sp.end + after[0].length && m.start <= end && m.end <= at && m.actorId !== sp.actorId);
      if (named ? adverbs.test(text.slice(named.end, at)) : /^\s+and\s+the\s+\p{Lu}/u.test(titled[0]) && adverbs.test(text.slice(end - 1, at))) return true;
    }
  }
  // "X and <speaker> <verb>"
  if (!adverbs.test(text.slice(sp.end, at)) && text.slice(sp.end, at).trim() !== '') return false;
  const lead = text.slice(0, sp.start);
  const and = /\s+and\s+(?:the\s+)?$/u.exec(lead) ?? /\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u.exec(lead);
  if (!and || !(EN_SPEAKER.coordinatedSubject.pattern.test(and[0]) || EN_SPEAKER.coordinatedTitledParty.pattern.test(and[0]))) return false;
  const before = lead.slice(0, and.index);
  if (local.some((m) => m.end === and.index && m.actorId !== sp.actorId)) return true;
  return /\b(?:government|army|military|side|delegation|authorities|forces|rebels|officials)$/i.test(before);
}

/** In how many sentences of the document the body is the subject of a statement verb ("the Palace said", "…, the Palace added"). */
export function remarksOfBody(sentences: Sentence[], mentionsBySentence: Map<number, Mention[]>, bodyId: string): number {
  let n = 0;
  for (const sen of sentences)
    // (a readout of talks is no remark of the body: readout-of-talks)
    if (!EN_SPEAKER.readoutOfTalks.pattern.test(sen.text) && (mentionsBySentence.get(sen.index) ?? []).some((m) => m.actorId === bodyId && m.via !== 'pronoun' && EN_ORG.seatSpeaker.pattern.test(sen.text.slice(m.end - sen.start)))) n++;
  return n;
}

/**
 * The person of the institution's own nation who opens what it reports (EN_SPEAKER.readoutOfLeader): the subject of
 * the quoted words closing right before the verb, else of the clause right after the verb; null when none.
 */
export function readoutSubject(text: string, local: LocalMention[], sp: LocalMention, h: { start: number; end: number }, actors: Map<string, ActorInfo>): LocalMention | null {
  const nation = actors.get(sp.actorId)?.affiliation;
  if (!nation) return null;
  // the quotation closing right before the attribution ("“…,” the Palace said", "“…,” said the Palace")
  const lead = Math.min(sp.start, h.start);
  const quote = quoteSpans(text).filter((q) => q.end <= lead && /^\s*,?\s*(?:the\s+)?$/i.test(text.slice(q.end, lead))).pop();
  const from = quote ? quote.start : h.end;
  const to = quote ? quote.end : text.length;
  const first = local.filter((m) => m.start >= from && m.end <= to && m.via !== 'pronoun').sort((a, b) => a.start - b.start)[0];
  if (!first || first.kind !== 'person' || actors.get(first.actorId)?.affiliation !== nation) return null;
  if (!EN_SPEAKER.readoutOfLeader.pattern.test(text.slice(from, first.start))) return null;
  // the person is the clause's subject: a verb follows the name, not a possessive
  if (!/^\s+(?:(?:has|had|have|also|then|later|\w+ly)\s+)*\p{Ll}+(?:ed|s)\b/u.test(text.slice(first.end))) return null;
  return first;
}

/**
 * The person a document names in the body's title ("the Nordvik Front spokesman Ana Alder"), anywhere in it
 * (EN_SPEAKER.bodySpokesperson), when exactly one: the body's remarks in that document are that person's.
 */
export function spokespersonOf(sentences: Sentence[], mentionsBySentence: Map<number, Mention[]>, _index: number, bodyId: string, kindOf: (id: string) => string | null | undefined): string | null {
  const found = new Set<string>();
  for (const sen of sentences) {
    const ms = mentionsBySentence.get(sen.index) ?? [];
    for (const m of ms) {
      if (m.actorId !== bodyId || m.via === 'pronoun') continue;
      const after = sen.text.slice(m.end - sen.start);
      const role = EN_SPEAKER.bodySpokesperson.pattern.exec(after);
      if (!role) continue;
      const at = m.end + role[0].length;
      const person = ms.find((p) => p.via !== 'pronoun' && kindOf(p.actorId) === 'person' && p.start >= at && p.start - at <= 4);
      if (person) found.add(person.actorId);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * True when the actor's last naming before `at` (a body offset) lies inside the quotation that closes right before the
 * verb: the quote may have opened sentences earlier (a paragraph-long quotation). Looks back at most six sentences.
 */
export function namedLastInQuote(sentences: Sentence[], mentionsBySentence: Map<number, Mention[]>, index: number, at: number, actorId: string): boolean {
  const sentenceAt = (i: number) => (sentences[i]?.index === i ? sentences[i] : sentences.find((x) => x.index === i));
  const here = sentenceAt(index);
  if (!here) return false;
  const head = here.text.slice(0, at - here.start);
  const close = Math.max(head.lastIndexOf('”'), head.lastIndexOf('"'));
  if (close < 0) return false;
  const straight = head[close] === '"';
  // the opening mark of that quotation: in this sentence, else in one of the six before (a paragraph-long quotation)
  let open = -1;
  const within = straight ? head.lastIndexOf('"', close - 1) : head.lastIndexOf('“', close - 1);
  if (within >= 0) open = here.start + within;
  else
    for (let i = index - 1; i >= Math.max(0, index - 6) && open < 0; i--) {
      const t = sentenceAt(i)?.text;
      if (t === undefined) return false;
      if (straight) {
        const marks = [...t.matchAll(/"/g)].map((m) => m.index ?? 0);
        if (marks.length % 2 === 1) open = sentenceAt(i)!.start + marks[marks.length - 1];
        else if (marks.length) return false;
      } else {
        const o = t.lastIndexOf('“');
        const c = t.lastIndexOf('”');
        if (o > c) open = sentenceAt(i)!.start + o;
        else if (c >= 0) return false;
      }
    }
  if (open < 0) return false;
  let last = -1;
  for (let i = index; i >= Math.max(0, index - 8); i--)
    for (const m of mentionsBySentence.get(i) ?? []) if (m.actorId === actorId && m.via !== 'pronoun' && m.end <= at && m.start > last) last = m.start;
  return last >= open;
}

/**
 * True when the speaker is the subject of a that-clause of another person's verb ("Alder reconfirmed that Nordvik
 * condemns …"): a verb in -ed/-s right before "that [the]" and the speaker, a different person named before that verb.
 */
export function reportedInThatClause(text: string, local: LocalMention[], sp: LocalMention): boolean {
  const lead = EN_SPEAKER.reportedInThatClause.pattern.exec(text.slice(0, sp.start));
  if (!lead) return false;
  return local.some((m) => m.kind === 'person' && m.via !== 'pronoun' && m.end <= lead.index && m.actorId !== sp.actorId);
}

/** "Alder, while talking to reporters in Avalon, said": the person right before a comma-set phrase ending at the verb, or null. */
export function parentheticalSubject(text: string, local: LocalMention[], at: number): LocalMention | null {
  const before = local.filter((m) => m.kind === 'person' && m.via !== 'pronoun' && m.end <= at).sort((a, b) => b.end - a.end)[0];
  if (!before) return null;
  if (!EN_SPEAKER.parentheticalSubject.pattern.test(text.slice(before.end, at))) return null;
  // the name opens its clause: the sentence's start or a comma / connective before it, title words at most
  if (!/(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:(?:the|[\p{Lu}][\p{L}.'’-]*)\s+){0,6}$/u.test(text.slice(0, before.start))) return null;
  return before;
}

/** the quoted stretches of a sentence ("…", “…”), sentence-relative; a closing mark with no opening one closes a quote begun before */
export function quoteSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = DATE_ROWS.quotedDay.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  const firstClose = text.indexOf('”');
  const firstOpen = text.indexOf('“');
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) out.push({ start: 0, end: firstClose + 1 });
  // an odd straight mark right after a comma or a full stop closes a quote begun in a sentence before
  const straight = [...text.matchAll(/"/g)].map((x) => x.index ?? 0);
  if (straight.length % 2 === 1 && straight[0] > 0 && /[,.!?]/.test(text[straight[0] - 1])) out.push({ start: 0, end: straight[0] + 1 });
  return out;
}

/**
 * The country named by its seat of government right before the verb (EN_SPEAKER.seatOfCountry): a country mention that
 * a venue place mention covers (both sentence-relative), opening the sentence (a dateline before it allowed) or a clause after a connective ("when the Palace announced"); else null.
 */
export function seatOfCountry(text: string, local: LocalMention[], places: PlaceMention[], clause: { start: number; end: number }, at: number): LocalMention | null {
  const before = local.filter((m) => m.end <= at && m.start >= clause.start).sort((a, b) => b.end - a.end)[0];
  if (!before || before.kind !== 'country') return null;
  if (!places.some((p) => p.kind === 'venue' && p.start <= before.start && p.end >= before.end)) return null;
  if (!EN_SPEAKER.seatOfCountry.pattern.test(text.slice(before.end, at))) return null;
  // the seat opens the sentence (a dateline before it at most): "…, the Palace said" after the content only sources it
  const lead = text.slice(0, before.start);
  return /^(?:[^,;:]{0,40}\s[—–-]\s*)?(?:the\s+)?$/i.test(lead) || /\b(?:when|after|as|while|and|but)\s+(?:the\s+)?$/i.test(lead) ? before : null;
}

/** The country that is the subject right before a statement verb, at the clause's start ("India rejected …"), or null. */
export function countrySpeaker(text: string, local: LocalMention[], clause: { start: number; end: number }, at: number): LocalMention | null {
  const before = local.filter((m) => m.end <= at && m.start >= clause.start).sort((a, b) => b.end - a.end)[0];
  if (!before || before.kind !== 'country') return null;
  if (!EN_RESPOND.countrySpeaker.pattern.test(text.slice(before.end, at))) return null;
  // the subject opens its clause: right after its start, a comma or a connective ("when", "but"), a time at most between
  const lead = text.slice(clause.start, before.start);
  if (!/(?:^|[,;:]|\b(?:and|but|when|after|as|while|because|since|whereas|meanwhile|however|then))\s*(?:(?:the|also|later|then|on\s+\w+|in\s+\w+)\s+)*$/i.test(lead)) return null;
  return before;
}

/**
 * "expressed “deep disappointment” over Nordvik’s decision": the first actor right after the displeasure, or null;
 * a nationality word there ("over Nordvikian officials’ visits") names its country actor, when there is one.
 */
export function displeasureTarget(text: string, local: LocalMention[], from: number, actors?: Map<string, ActorInfo>): LocalMention | null {
  const m = [...local].filter((x) => x.start >= from && x.start - from <= 60).sort((a, b) => a.start - b.start)[0];
  if (m && m.kind !== 'group' && EN_RESPOND.displeasureOver.pattern.test(text.slice(from, m.start))) return m;
  if (!actors) return null;
  const word = /^(\s+["“]?(?:[\p{Ll}]+\s+)?[\p{Ll}]+["”]?\s+(?:over|at|about|with)\s+(?:the\s+)?)(\p{Lu}[\p{L}]+)\b/u.exec(text.slice(from));
  if (!word || !EN_RESPOND.displeasureOver.pattern.test(word[1]) || (m && m.start < from + word[0].length)) return null;
  const id = countryOfAdjective(word[2], actors);
  if (!id) return null;
  const start = from + word[1].length;
  return { actorId: id, kind: 'country', start, end: start + word[2].length, score: 0.7, via: 'name', surface: word[2] };
}

/**
 * The subject of the main clause that a participle after a comma (", saying …") shares: the speaker of an earlier
 * remark in the sentence, else the first person named in the sentence when nothing makes that name an object (a
 * preposition, a verb, a possessive, a pronoun subject before it: EN_SPEAKER.objectLead). Null: no opinion.
 */
export function participleSubject(text: string, local: LocalMention[], at: number, earlier: Cand[]): LocalMention | null {
  if (!/,\s*$/.test(text.slice(0, at))) return null;
  const prior = earlier.find((c) => c.hit.end <= at);
  if (prior) {
    const m = local.find((x) => x.actorId === prior.speaker);
    if (m) return m;
  }
  // "…, the palace said, adding …": the participle shares the unnamed subject of the verb right before it (participle-of-unnamed-subject)
  const lastVerb = EN_SPEAKER.participleOfUnnamedSubject.pattern.exec(text.slice(0, at));
  if (lastVerb && !local.some((m) => m.start >= lastVerb.index && m.end <= at)) return null;
  const before = local.filter((m) => m.end <= at && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start);
  const first = before.find((m) => m.kind === 'person');
  if (!first || first.start > 80) return null;
  // a country or body before the person only as part of the person's title ("Nordvik's Prime Minister Alder", "Nordvikian President Alder")
  if (before.some((m) => m.start < first.start && m.kind !== 'person' && !/^(?:['’]s?)?(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+$/u.test(text.slice(m.end, first.start)))) return null;
  if (/^['’]s?\b/.test(text.slice(first.end))) return null;
  const lead = text.slice(0, first.start);
  if (EN_SPEAKER.objectLead.pattern.test(lead)) return null;
  // a colon before the participle: what follows it is another's
  if (/:\s/.test(text.slice(first.end, at))) return null;
  return first;
}

/** True when the subject right before the verb (ending at `at`, the verb's end) is an unnamed source and the named speaker is outside it or only what it is close to. */
export function unnamedSourceSpeaks(text: string, sp: LocalMention, at: number): boolean {
  // "According to an aide close to Birch, …" (anonymous-source-after-according-to)
  if (/according\s+to$/i.test(text.slice(0, at)) && sp.start >= at && EN_SPEAKER.anonymousSourceAfter.pattern.test(text.slice(at, sp.start + 1))) return true;
  const m = EN_SPEAKER.anonymousSource.pattern.exec(text.slice(0, at));
  if (!m) return false;
  const start = m.index + (/^[,;:]?\s*(?:(?:and|but|while|whereas)\s+)?/i.exec(m[0])?.[0].length ?? 0);
  return sp.end <= start || sp.start >= start;
}

/**
 * A pronoun speaker after an office named as a clause's subject earlier in the sentence: the mention covering that
 * office (the document resolved it), 'none' when it stays unresolved, null when no office reference is there or the
 * pronoun's person is named between it and the verb.
 */
export function officeSubjectBefore(text: string, local: LocalMention[], sp: LocalMention, at: number): LocalMention | 'none' | null {
  const re = EN_SPEAKER.officeReferenceSubject.pattern;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = m;
  if (!last) return null;
  const nounStart = last.index + last[0].search(/[Tt]he\s/);
  const verbStart = last.index + last[0].length;
  if (verbStart > at) return null;
  // the office phrase is resolved: its mention names the holder
  const covering = local.find((m) => m.kind === 'person' && m.start >= nounStart && m.end <= verbStart);
  if (covering) return covering;
  // someone named between the office phrase and the pronoun may be whom "he" refers to
  // (a person named as an object, after a preposition: "pressed the case of Birch", is no one "he" refers to)
  const asObject = (m: LocalMention) => /\b(?:of|with|to|for|about|against|from|by|on|at|in|over|into|than)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i.test(text.slice(verbStart, m.start));
  if (local.some((m) => m.kind === 'person' && m.via !== 'pronoun' && m.start >= verbStart && m.end <= at && !asObject(m))) return null;
  if (local.some((m) => m.actorId === sp.actorId && m.via !== 'pronoun' && m.start >= nounStart && m.end <= at)) return null;
  return 'none';
}
