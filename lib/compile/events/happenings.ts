/**
 * Happenings pass (events, references, joins): per clause and trigger hit —
 * participants (subject/object around the trigger, then the fallbacks:
 * relative clauses, pronouns, the happening just told …) → status/modality →
 * date → place → role. Every branch that decides records its rule in `why`.
 */
import type { EventStatus, EventType } from '../../schema';
import type { DateExpr } from '../types';
import { modalityOf, statusClass } from '../what/modality';
import { assignMentions, participantsOf, subjectPronoun, PERSONISH } from '../what/participants';
import { choiceFromExpr, NO_DATE, pickDate, type DateChoice } from '../what/anchors';
import { labelSpecificity } from '../what/places';
import { EN } from '../lang/en';
import type { Cand, CandRole, Why } from './cand';
import type { Ctx, SentenceView } from './context';
import { countryOfAdjective, nationGroup, previousPair, relativeAntecedent, saidAtReference } from './clues';
import { atHome, pickPlace } from './place';
import { tellsOf } from './tells';
import { pastWeekday } from './weekday';
import { uniq } from './util';
import { objectSpan, subjectSpan, tagSentence } from '../text/pos';
import type { LocalMention } from '../what/participants';

export function findHappenings(ctx: Ctx, view: SentenceView): void {
  const { actors, book, kindOf, published, cands, personsBySentence, paraOf } = ctx;
  const { s, text, lower, clauses, local, persons, relDates, sentPlaces, quotes, eventHits, singleEvent } = view;
  const lastSubject = ctx.nar.lastSubject;
  const resolveChoice = (d: DateExpr | null): DateChoice => (d ? choiceFromExpr(d) : NO_DATE);
  // ---- events, references and joins ----
  for (const clause of clauses) {
    // "joined within the talks by", "represented the U.S. in the meeting": the happening named by a join is the join's
    const inClause = eventHits
      .filter((h) => h.start >= clause.start && h.start < clause.end)
      .filter((h, i, all) => !(i > 0 && all[i - 1].role === 'join' && h.type === 'meeting' && h.role === 'event' && h.start - all[i - 1].end <= 25));
    if (!inClause.length) {
      // gapping: "Alder was joined by Birch; Cedar by Dogwood and Elm": the second clause repeats the join
      const prevJoin = cands.length && cands[cands.length - 1].sentence === s.index && cands[cands.length - 1].role === 'join' ? cands[cands.length - 1] : null;
      if (prevJoin && /^[;,]\s*(?:and\s+)?[^,;]{1,60}?\s+by\s/i.test(text.slice(clause.start, clause.end))) {
        const ids = uniq(local.filter((m) => m.start >= clause.start && m.start < clause.end && PERSONISH.includes(m.kind)).map((m) => m.actorId));
        if (ids.length >= 2) cands.push({ ...prevJoin, order: cands.length, participants: ids, hit: { start: clause.start, end: clause.start }, anchorSpan: null, split: undefined, weakDate: undefined });
      }
      continue;
    }
    const clauseMentions = local.filter((m) => m.start >= clause.start && m.start < clause.end);
    const owned = assignMentions(clauseMentions, inClause, text);
    // each hit's subject: its people before it (kept by participantsOf rules)
    const subjects = inClause.map((h, i) => participantsOf(text, owned[i].filter((m) => m.end <= h.start), { start: h.start, end: h.end }));
    inClause.forEach((h, i) => {
      const hitSpan = { start: h.start, end: h.end };
      let part: { ids: string[]; certainty: number } = participantsOf(text, owned[i], hitSpan, h.role === 'join' ? 30 : 70);
      const why: Why[] = [{ stage: 'trigger', rule: h.rule.id }];
      if ((part as { attached?: boolean }).attached) why.push({ stage: 'participants', rule: 'attached-to-noun' });
      else if (part.ids.length) why.push({ stage: 'participants', rule: h.role === 'join' ? 'join-subject-object' : 'subject-object' });
      // "the phone conversation by A with B": the parties named on the noun are all of them
      const attached = h.role === 'event' && !!(part as { attached?: boolean }).attached;
      // "Birch, who had been invited by Alder, did not travel to Avalon": the subject is the name the relative clause hangs on
      // "The U.S. delegation, led by A, met a team headed by B, along with C and D": everyone named takes part
      if (h.type === 'meeting' && h.role === 'event' && /\b(?:delegation|team)s?\b[^.;]{0,40}?\b(?:led|headed)\s+by\b/i.test(text)) {
        const all = uniq(local.filter((m) => PERSONISH.includes(m.kind) && !quotes.some((q) => m.start > q.start && m.end < q.end)).map((m) => m.actorId));
        if (all.length >= 2 && part.ids.some((id) => all.includes(id))) part = fired(why, 'participants', 'delegation-led-by', { ids: uniq([...part.ids.filter((id) => all.includes(id)), ...all]), certainty: part.certainty });
      }
      // "The Freedonian and Eastlandish delegations agreed …", "Freedonian and Eastlandish teams will meet": the countries
      const nations = nationGroup(text.slice(clause.start, h.start), actors);
      const nationParties = nations.length >= 2 && (h.type === 'meeting' || h.type === 'agreement') && h.role === 'event';
      if (nationParties) part = fired(why, 'participants', 'nation-adjectives', { ids: nations, certainty: 0.8 });
      // "the two countries' commanders agreed …", "both sides had agreed to …": the two countries named before in the sentence
      if (h.type === 'agreement' && h.role === 'event' && !part.ids.length && /\b(?:the\s+two\s+(?:countries|nations|sides|governments)|both\s+(?:sides|countries|nations|governments))\b/i.test(text.slice(Math.max(0, h.start - 80), h.start))) {
        const here = uniq(local.filter((m) => m.kind === 'country' && m.end <= h.start).map((m) => m.actorId));
        if (here.length === 2) part = fired(why, 'participants', 'both-sides-countries', { ids: here, certainty: 0.6 });
      }
      // "X said on Monday …, after hosting Birch at the palace": the -ing clause's subject and day are the main clause's
      const ingClause = !attached && h.role === 'event' && /^[,\s]*(?:after|before|while|when|since|following)\s+$/i.test(text.slice(clause.start, h.start)) && /^\w+ing$/i.test(h.text.split(/\s+/)[0]);
      if (ingClause) {
        const mainSubj = local.filter((m) => m.end <= clause.start && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
        if (mainSubj && !part.ids.includes(mainSubj.actorId)) part = fired(why, 'participants', 'ing-clause-main-subject', { ids: uniq([mainSubj.actorId, ...part.ids]), certainty: Math.min(part.certainty || 1, mainSubj.score) });
      }
      // "Alder says …, after a phone call with Birch": the sentence's subject had the call
      const adjNoun = !attached && h.role === 'event' && (h.type === 'call' || h.type === 'meeting') ? (/^(?:a|an|his|her|their)\s/i.test(h.text) ? /,\s*(?:after|before|following)\s+$/i : /,\s*(?:after|before|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i).exec(text.slice(0, h.start)) : null;
      if (adjNoun && part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) {
        const mainSubj = local.filter((m) => m.end <= adjNoun.index && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
        if (mainSubj && !part.ids.includes(mainSubj.actorId)) part = fired(why, 'participants', 'adjunct-noun-main-subject', { ids: uniq([mainSubj.actorId, ...part.ids]), certainty: Math.min(part.certainty || 1, mainSubj.score, 0.8) });
      }
      // "Birch, with whom he held talks earlier, …": the name before and the subject of the sentence
      const withWhom = h.role === 'event' && !attached ? /,\s*with\s+whom\s+(?:he|she|they)\s+(?:had\s+|also\s+)?$/i.exec(text.slice(0, h.start)) : null;
      if (withWhom) {
        const comma = withWhom.index;
        const host = local.filter((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)) && PERSONISH.includes(m.kind))[0];
        const subj =
          local.filter((m) => m.start >= h.end && PERSONISH.includes(m.kind) && m.actorId !== host?.actorId).sort((a, b) => a.start - b.start)[0]?.actorId ??
          (lastSubject && s.index - lastSubject.sentence <= 1 ? lastSubject.id : undefined);
        if (host && subj) part = fired(why, 'participants', 'with-whom', { ids: uniq([subj, host.actorId]), certainty: 0.7 });
      }
      // "Birch, who held talks with Cedar on Tuesday, …": a verb right after the relative pronoun has it (Birch) as subject
      const verbHit = /^(?:held|holds|met|meets|spoke|speaks|talked|visited|visits|phoned|called|signed|agreed|hosted|welcomed|travell?ed|flew|arrived)\b/i.test(h.text);
      const ante = h.role === 'event' && !attached ? relativeAntecedent(text, local, clause, h.start, verbHit) : null;
      if (ante && PERSONISH.includes(ante.kind)) {
        const objects = participantsOf(text, owned[i].filter((m) => m.start >= h.end), hitSpan, 70);
        part = fired(why, 'participants', 'relative-antecedent', { ids: uniq([ante.actorId, ...objects.ids]), certainty: ante.score });
      }
      // "Alder received envoy Birch in Avalon": the guest named right after the host verb
      const hostVerb = h.type === 'meeting' && h.role === 'event' && /^(?:received|receives|receiving|hosted|welcomed)\b/i.test(h.text);
      const guest = hostVerb ? owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person').sort((a, b) => a.start - b.start)[0] : undefined;
      if (guest && part.ids.length && !part.ids.includes(guest.actorId)) part = fired(why, 'participants', 'host-guest', { ids: uniq([...part.ids, guest.actorId]), certainty: Math.min(part.certainty || 1, guest.score) });
      // "“My envoy Birch had a productive meeting with Cedar,” Alder wrote": a quotation naming two people of its own tells their happening, not the speaker's
      const quoted = quotes.find((q) => h.start > q.start && h.end < q.end);
      if (quoted && h.role === 'event') {
        const inside = uniq(local.filter((m) => m.kind === 'person' && m.start > quoted.start && m.end < quoted.end).map((m) => m.actorId));
        if (inside.length >= 2 && part.ids.some((id) => !inside.includes(id) && kindOf(id) === 'person')) part = fired(why, 'participants', 'quoted-pair', { ids: part.ids.filter((id) => inside.includes(id) || kindOf(id) !== 'person'), certainty: part.certainty });
      }
      const ownedPersons = owned[i].filter((m) => PERSONISH.includes(m.kind));
      if (h.rule.needsObject && !ownedPersons.some((m) => m.start >= h.end) && !(h.type === 'visit' && part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')))) return;
      const hasSubject = owned[i].some((m) => m.end <= h.start && PERSONISH.includes(m.kind));
      // "Alder was sent to Eastport for talks with Dogwood", "Birch arrived … and will be joined by …": the earlier trigger's subject
      if (i > 0 && !hasSubject && !attached && subjects[i - 1].ids.length) {
        const subjPeople = subjects[i - 1].ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        if (subjPeople.length && (part.ids.length || h.role === 'join')) part = fired(why, 'participants', 'earlier-trigger-subject', { ids: uniq([...subjPeople, ...part.ids]), certainty: Math.min(part.certainty || 1, subjects[i - 1].certainty) });
      }
      // "Cedar had greeted Birch at the airport on arrival": Birch arrived where the story is
      let arrivalPlace: string | null = null;
      let arrivalDate: DateChoice | null = null;
      if (h.type === 'visit' && /arrival$/i.test(h.text)) {
        const guests = local.filter((m) => m.start > h.start && m.end < h.end && m.kind === 'person');
        if (!guests.length) return;
        part = fired(why, 'participants', 'arrival-guest', { ids: [guests[0].actorId], certainty: guests[0].score });
        const there = [...cands].reverse().find((c) => c.role === 'event' && c.place && s.index - c.sentence <= 3 && (c.participants.includes(guests[0].actorId) || (personsBySentence.get(c.sentence) ?? []).includes(guests[0].actorId)) && statusClass(c.status) === 'real');
        if (!there) return;
        arrivalPlace = there.place;
        if (there.date.value) arrivalDate = there.date;
      }
      // "Alder received envoy Birch in Avalon": the guest visits, the host is at home
      if (h.type === 'visit' && /^(?:received|hosted|welcomed)\b/i.test(h.text)) {
        const guests = owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person');
        part = fired(why, 'participants', 'reception-guest', guests.length ? participantsOf(text, guests.slice(0, 1), hitSpan) : { ids: [], certainty: 0 });
        if (!part.ids.length) return;
      }
      // "Alder invited Birch to Avalon for the next summit": Birch's planned visit there
      if (h.type === 'visit' && /^invit/i.test(h.text)) {
        if (!sentPlaces.some((p) => p.start >= h.end && p.start - h.end <= 5)) return;
        const inside = owned[i].filter((m) => m.start >= h.start && m.end <= h.end && m.kind === 'person');
        if (!inside.length) return;
        part = fired(why, 'participants', 'invited-guest', { ids: [inside[0].actorId], certainty: inside[0].score });
      }
      if (h.type === 'visit' && /^(?:sent|send|sends|sending|dispatched|dispatch)\b/i.test(h.text)) {
        const inside = owned[i].filter((m) => m.start >= h.start && m.end <= h.end && PERSONISH.includes(m.kind));
        const passive = /\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?$/i.test(text.slice(clause.start, h.start));
        const subj = owned[i].filter((m) => m.end <= h.start);
        part = fired(why, 'participants', 'sent-envoy', inside.length ? participantsOf(text, inside, hitSpan) : passive || /\b(?:the\s+man|the\s+woman|the\s+one|who)\b/i.test(text.slice(clause.start, h.start)) ? participantsOf(text, subj, hitSpan) : { ids: [], certainty: 0 });
        if (!part.ids.length && passive && lastSubject && s.index - lastSubject.sentence <= 2 && /\b(?:he|she)\b/i.test(text.slice(clause.start, h.start))) part = fired(why, 'participants', 'sent-passive-pronoun', { ids: [lastSubject.id], certainty: 0.6 });
        if (!part.ids.length) return;
      }
      const before = text.slice(clause.start, h.start);
      const hasPeople = part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
      if (!hasPeople) {
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
          part = fired(why, 'participants', 'plural-pronoun-same-type', { ids: [...sameTypeBefore.participants], certainty: 0.7 });
        } else if (pron === 'plural' && h.type === 'agreement' && [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2)) {
          // "the delegations agreed to …" after their talks: the parties of those talks
          const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2)!;
          part = fired(why, 'participants', 'plural-pronoun-talks-parties', { ids: [...talks.participants], certainty: Math.min(talks.certainty, 0.6) });
        } else if (pron === 'plural') {
          const prev = previousPair(personsBySentence, s.index);
          if (prev.length >= 2) part = fired(why, 'participants', 'plural-pronoun-previous-pair', { ids: uniq([...prev, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 });
        } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2 && h.role !== 'event') {
          part = fired(why, 'participants', 'singular-pronoun-last-subject', { ids: uniq([lastSubject.id, ...part.ids]), certainty: 0.6 });
        } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2) {
          part = fired(why, 'participants', 'singular-pronoun-last-subject', { ids: uniq([lastSubject.id, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 });
        }
      }
      // "Their planned meeting at the summit was cancelled", "replaced a meeting the two leaders had planned": the two people of the happening just told
      if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && (/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before) || /^\s+(?:that\s+)?(?:the\s+two\s+(?:leaders|men|women|ministers|presidents)|both\s+(?:leaders|men))\s+(?:had|have|has)\b/i.test(text.slice(h.end))) && !part.ids.some((id) => kindOf(id) === 'person')) {
        const twoAfter = !/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before);
        const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === h.type || (twoAfter && (c.type === 'call' || c.type === 'meeting'))) && s.index - c.sentence <= 2 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
        if (prev) part = fired(why, 'participants', 'their-pair', { ids: prev.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(prev.certainty, 0.7) });
      }
      // "where she met Fir", "during his visit": he/she/his/her is the nearest earlier person (else the last subject)
      const hasSubjectNow = owned[i].some((m) => m.end <= h.start && PERSONISH.includes(m.kind)) || (i > 0 && subjects[i - 1].ids.length > 0);
      const possessive = /\b(?:his|her)\s+(?:[\w-]+\s+)?$/i.test(before);
      if ((!hasSubjectNow && subjectPronoun(before) === 'singular') || (possessive && !part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')))) {
        // "A hosted B on Wednesday, a day after he spoke to C": the subject of a time clause is the main clause's subject
        const timeClause = !possessive && /\b(?:after|before|when|while|since|until)\s+(?:he|she)\s+(?:\w+\s+)?$/i.test(before);
        const earlier = local
          .filter((m) => m.kind === 'person' && m.end <= h.start && !part.ids.includes(m.actorId))
          .sort((a, b) => (timeClause ? a.start - b.start : b.end - a.end))[0];
        const who = earlier?.actorId ?? (lastSubject && s.index - lastSubject.sentence <= 2 ? lastSubject.id : null);
        if (who && !part.ids.includes(who)) part = fired(why, 'participants', 'pronoun-nearest-person', { ids: uniq([who, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(part.certainty || 1, 0.6) });
      }
      // "Straight afterwards he spoke to Birch": he is who did the happening just told
      if (h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && EN.sequelBefore.pattern.test(text.slice(Math.max(0, clause.start - 12), h.start)) && /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(before) && part.ids.length === 1) {
        const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.participants.length >= 2);
        const who = prev?.participants[0];
        if (who && !part.ids.includes(who)) part = fired(why, 'participants', 'sequel-subject', { ids: [who, ...part.ids], certainty: Math.min(part.certainty || 1, prev.certainty, 0.6) });
      }
      // "he spoke to Birch, and then the two of them held a call with …": the two people of the happening just told
      if (h.role === 'event' && /\b(?:the\s+two\s+of\s+them|both\s+of\s+them|the\s+pair)\s+(?:\w+\s+){0,2}$/i.test(before)) {
        const prev = [...cands].reverse().find((c) => c.role === 'event' && s.index - c.sentence <= 1 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
        if (prev) part = fired(why, 'participants', 'two-of-them', { ids: uniq([...prev.participants, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(part.certainty || 1, prev.certainty, 0.7) });
      }
      if (/\bagain$/i.test(h.text)) {
        // "The two officers are due to speak again": the pair of the last call told
        const pair = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        if (pair(part.ids).length < 2 && /^\s*(?:they|the\s+two(?:\s+\w+)?|both(?:\s+\w+)?)\s+(?:\w+\s+){0,4}$/i.test(before)) {
          const prev = [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 3 && pair(c.participants).length >= 2);
          if (prev) part = fired(why, 'participants', 'again-pair', { ids: pair(prev.participants), certainty: Math.min(prev.certainty, 0.6) });
        }
        if (pair(part.ids).length < 2) return;
      }
      // a programme's own exchanges (with its guests, its correspondents) are broadcast talk, never a call between actors
      if (h.type === 'call' && (EN.programmeSubject.pattern.test(text.slice(clause.start, h.start)) || EN.programmeObject.pattern.test(text.slice(h.end, clause.end)))) return;
      const modality = modalityOf(lower.slice(clause.start, h.start), lower.slice(h.start, h.end), lower.slice(h.end, clause.end));
      if (modality !== 'happened') why.push({ stage: 'status', rule: `modality-${modality}` });
      if (modality === 'hypothetical') return;
      let dexpr = pickDate(relDates, clause, hitSpan);
      if (!dexpr && singleEvent && h.role === 'event') dexpr = fired(why, 'date', 'single-event-sentence-day', pickDate(relDates, { start: 0, end: text.length }, hitSpan));
      if (!dexpr && ingClause) dexpr = fired(why, 'date', 'main-clause-day', pickDate(relDates.filter((d) => !d.future && d.end <= clause.start), { start: 0, end: clause.start }, hitSpan));
      // "said after the call that he would travel … on Monday": a day inside a reported clause is that clause's
      if (dexpr && dexpr.start >= h.end && /\b(?:that|whether)\s+(?:\S+\s+){0,3}?(?:would|will|had|has|was|were|is|are|could|should|might|may)\b/i.test(text.slice(h.end, dexpr.start))) dexpr = null;
      // "his fourth meeting with the leader this year": a count over the year, not the day of a happening
      if (dexpr && dexpr.precision === 'year' && /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$/i.test(text.slice(clause.start, h.start))) dexpr = null;
      // "agreed to spend 5% by 2035", "committing allies to … by 2035": a deadline of what was agreed, not the day of agreeing
      if (dexpr && h.type === 'agreement' && dexpr.start >= h.end && (/\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?$/i.test(text.slice(h.end, dexpr.start)) || /^(?:by|until|before)\b/i.test(text.slice(dexpr.start, dexpr.end)))) dexpr = null;
      let weakDate: DateChoice | undefined;
      if (dexpr && !part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')) && h.type !== 'agreement') {
        // a definite reference keeps only a day attached to it ("Tuesday's meeting", "the meeting on Tuesday",
        // "the Feb. 18 assembly") or opening its clause ("A day earlier, leaders held a summit")
        const gap = dexpr.end <= h.start ? text.slice(dexpr.end, h.start) : text.slice(h.end, dexpr.start);
        const attached = gap.trim().split(/\s+/).filter(Boolean).length <= 3 && !/[,;]/.test(gap);
        const opening = dexpr.start - clause.start <= 2 && dexpr.end <= h.start;
        const dayLike = dexpr.precision === 'day' || !!dexpr.anchor;
        if (!dayLike || !(attached || opening)) {
          if (dayLike && !dexpr.anchor && dexpr.value && !dexpr.future) weakDate = choiceFromExpr(dexpr);
          dexpr = null;
        }
      }
      // "X met Eastlandish officials": the country of the officials takes part
      if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && part.ids.length === 1) {
        const officials = /^\s+(?:with\s+)?([a-z.]+)\s+(?:officials|delegates|delegation|negotiators|diplomats|representatives)\b/i.exec(text.slice(h.end));
        const country = officials ? countryOfAdjective(officials[1], actors) : null;
        if (country && !part.ids.includes(country)) part = fired(why, 'participants', 'officials-country', { ids: [...part.ids, country], certainty: part.certainty });
      }
      const insideAnchor = relDates.some((d) => d.anchor && d.start <= h.start && d.end >= h.end);
      if (insideAnchor) dexpr = null;
      let date = pastWeekday(resolveChoice(dexpr), h.text, modality, published);
      if (!dexpr && arrivalDate) date = fired(why, 'date', 'arrival-day', arrivalDate);
      // "the delegations agreed to …": on the day of their talks
      if (h.type === 'agreement' && !date.value && /\bthe\s+(?:delegations|sides|parties|negotiators)\s+$/i.test(before)) {
        const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2 && c.date.value);
        if (talks) date = fired(why, 'date', 'talks-day', talks.date);
      }
      let prevInSentence: Cand | undefined;
      for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
        if (cands[k].role === 'event') {
          prevInSentence = cands[k];
          break;
        }
      if (!dexpr && prevInSentence && /^,?\s*(?:where|when|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) date = fired(why, 'date', 'previous-in-sentence-day', prevInSentence.date);
      // "Straight afterwards he spoke to Birch", "and then they held a call with …": the next happening of that day, not the same one
      const sequel = h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && EN.sequelBefore.pattern.test(text.slice(Math.max(0, clause.start - 12), h.start));
      if (sequel && !dexpr) {
        const prevDated = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.date.value && !c.date.future);
        if (prevDated) date = fired(why, 'date', 'sequel-day', prevDated.date);
      }
      let status: EventStatus = modality === 'ongoing' ? 'happened' : modality;
      if (h.rule.cancels) status = fired(why, 'status', 'cancelling-trigger', 'cancelled');
      if (h.type === 'visit' && /^invit/i.test(h.text) && status === 'happened') status = fired(why, 'status', 'invitation-planned', 'planned');
      // "a second meeting that both sides had pencilled in for after the ceremony never took place"
      if (status === 'happened' && /^[^;.]{0,80}?\b(?:pencil+ed\s+in|planned|scheduled|arranged|slated)\b[^;.]{0,60}?\b(?:never|did\s+not|didn't)\s+(?:took|take|happen|happened|materiali[sz]ed?)\b/i.test(text.slice(h.end))) status = fired(why, 'status', 'never-took-place', 'cancelled');
      if (date.future && status === 'happened') status = fired(why, 'status', 'future-date-planned', 'planned');
      let place = insideAnchor ? null : pickPlace(text, sentPlaces, clause, hitSpan, book, h.type === 'visit', h.type === 'call' ? 30 : 100);
      if (place) why.push({ stage: 'place', rule: 'locative' });
      if (!place && prevInSentence && /^,?\s*(?:where|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) place = fired(why, 'place', 'previous-in-sentence-place', prevInSentence.place);
      if (arrivalPlace && !place) place = fired(why, 'place', 'arrival-place', arrivalPlace);
      // "Birch is in Avalon today" is a visit only away from home
      if (h.type === 'visit' && /^(?:is|are)\b/i.test(h.text)) {
        const code = place ? book.byName.get(place.toLowerCase())?.country : undefined;
        if (!place || !code || part.ids.some((id) => actors.get(id)?.affiliation === code)) return;
      }
      if (h.rule.needsPlace && !place) return;
      let role: CandRole = h.role === 'join' ? 'join' : h.rule.refOnly ? 'ref' : 'event';
      let etype: EventType | null = h.type;
      // "The conversation between Alder and Birch on Saturday …": a happening of its own; in person when its paragraph is placed
      if (role === 'ref' && h.type === null && !h.rule.cancels && /^\s+between\s/i.test(text.slice(h.end)) && part.ids.filter((id) => kindOf(id) === 'person').length >= 2 && statusClass(status) === 'real') {
        const para = paraOf.get(s.index);
        const placed = !!place || (ctx.places.some((p) => paraOf.get(p.sentence) === para && p.sentence <= s.index) && !/\b(?:phone|telephone|video|call)\b/i.test(text));
        role = 'event';
        etype = fired(why, 'role', 'conversation-between', placed ? 'meeting' : 'call');
      }
      let adjunct = false;
      let tookPart = false;
      // subject and object from part-of-speech tags, only where the surface rules left people of the sentence out:
      // "A, B and C met …" (a coordinated list), a meeting or call whose sentence names its people but the rules gave it fewer than two
      {
        const have = part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        const usable = role === 'event' && !h.rule.refOnly && (h.type === 'meeting' || h.type === 'call') && !quotes.some((q) => h.start > q.start && h.end < q.end);
        if (usable && ((have.length < 2 && persons.length >= 2) || (persons.length >= 3 && have.length < persons.length))) {
          const extra = posParticipants(text, local, h.start, h.end).filter((id) => !part.ids.includes(id));
          if (extra.length && have.length + extra.length >= 2) part = fired(why, 'participants', have.length ? 'pos-coordinated-list' : 'pos-subject-object', { ids: uniq([...part.ids, ...extra]), certainty: Math.min(part.certainty || 1, 0.7) });
        }
      }
      const people = part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
      if (role === 'event' && !part.ids.length) role = 'ref';
      if (role === 'event' && h.type !== 'agreement' && !people.length && !nationParties) {
        if (h.type === 'visit') return;
        role = 'ref';
        part = { ids: [], certainty: 0 };
      }
      if (role === 'join' && !people.length) {
        // "No officials were present at the meeting on Tuesday": still a mention of that meeting
        role = 'ref';
        part = { ids: [], certainty: 0 };
      }
      if (role === 'event' && h.type === 'visit' && !place) return;
      // a leader is never a visitor at home
      if (role === 'event' && h.type === 'visit' && atHome(book, place, people, (id) => actors.get(id)?.affiliation ?? null)) return;
      // "speaking in Avalon at a summit of leaders hosted by Alder, Birch said …": the host and the speaker took part
      const hostedBy = role === 'ref' && h.type === 'meeting' && statusClass(status) === 'real' ? /^[^.;]{0,80}?\bhosted\s+by\s+/i.exec(text.slice(h.end)) : null;
      if (hostedBy) {
        const from = h.end + hostedBy[0].length;
        const host = local.filter((m) => m.kind === 'person' && m.start >= from && m.start - from <= 40).sort((a, b) => a.start - b.start)[0];
        const speaker = host && /^\s*speaking\b/i.test(text) && h.start < 80 ? local.filter((m) => m.kind === 'person' && m.start >= host.end && m.actorId !== host.actorId && /^\s*(?:said|says|told|warned|added)\b/i.test(text.slice(m.end))).sort((a, b) => a.start - b.start)[0] : undefined;
        if (host && speaker) {
          role = 'event';
          part = fired(why, 'participants', 'hosted-by-speaker', { ids: [speaker.actorId, host.actorId], certainty: Math.min(host.score, speaker.score, 0.7) });
        }
      }
      // "A second meeting that both sides had pencilled in … never took place": the people of the happening just told
      const another = role === 'ref' && (h.type === 'meeting' || h.type === 'call') && (status === 'cancelled' || status === 'planned') && /\b(?:a\s+second|another|a\s+further|a\s+follow-up)\s+$/i.test(before);
      const anotherOf = another ? [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 6 && statusClass(c.status) === 'real' && c.participants.filter((id) => kindOf(id) === 'person').length === 2) : undefined;
      if (anotherOf) {
        role = 'event';
        part = fired(why, 'participants', 'another-meeting', { ids: anotherOf.participants.filter((id) => kindOf(id) === 'person'), certainty: Math.min(anotherOf.certainty, 0.6) });
        if (!date.value && anotherOf.date.value) date = fired(why, 'date', 'another-of-day', anotherOf.date);
      } else if (role === 'ref' && h.rule.cancels && people.length) {
        // "Birch and Alder decided to skip the event": they were expected there
        part = fired(why, 'participants', 'cancelled-by-people', { ids: people, certainty: part.certainty });
      } else if (role === 'ref' && h.type && /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
        // "signed by A and B after a two-hour meeting": the same people met
        const other: Cand[] = [];
        for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
          if (cands[k].role === 'event' && cands[k].participants.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) other.push(cands[k]);
        if (other.length === 1 && !h.rule.refOnly) {
          role = 'event';
          part = fired(why, 'participants', 'same-sentence-people', { ids: other[0].participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: other[0].certainty });
        } else part = { ids: [], certainty: 0 };
      } else if (role === 'ref') {
        // "X said after Tuesday's meeting", "X spoke after the talks": X was there
        const sp = saidAtReference(text, lower, local, h, lastSubject, s.index);
        part = fired(why, 'participants', 'said-at-reference', sp ? { ids: [sp.id], certainty: sp.score } : { ids: [], certainty: 0 });
        adjunct = !!sp;
        tookPart = /\b(?:head|leader|chief|members?|part)\s+of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w.-]+\s+){0,2}?(?:delegation|team|negotiators)\b|\b(?:delegation|team)\s+(?:head|leader|chief)\b|\b(?:took|taken|taking)\s+part\b|\b(?:participated|attended)\b/i.test(text.slice(0, h.start));
      }
      // "Officials in Avalon say the agreement with Eastland could be signed": the officials' country is the other party
      if (h.type === 'agreement' && !h.rule.refOnly && part.ids.length === 1 && kindOf(part.ids[0]) === 'country' && /\b(?:agreement|deal|accord|treaty)\s+with\s/i.test(text)) {
        const byCity = /^(?:[\w'’-]+\s+){0,2}?officials\s+in\s+/i.exec(text);
        const byAdj = /^(?:the\s+)?([a-z.]+)\s+officials\s+(?:say|said|says)\b/i.exec(text);
        let home: string | null = null;
        if (byCity) {
          const pm = sentPlaces.find((p) => p.start === byCity[0].length);
          const code = pm ? book.byName.get(pm.place.toLowerCase())?.country : undefined;
          home = code ? ([...actors.values()].filter((a) => a.kind === 'country' && a.affiliation === code).sort((a, b) => (a.id < b.id ? -1 : 1))[0]?.id ?? null) : null;
        } else if (byAdj) home = countryOfAdjective(byAdj[1], actors);
        if (home && !part.ids.includes(home)) part = fired(why, 'participants', 'officials-in-city', { ids: [...part.ids, home], certainty: Math.min(part.certainty || 1, 0.6) });
      }
      // "Birch agreed to a pause" after "the call between Alder and Birch": the other side of that happening agreed with Birch
      if (role === 'event' && h.type === 'agreement') {
        const ps = part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        if (ps.length === 1) {
          for (let k = cands.length - 1; k >= 0 && s.index - cands[k].sentence <= 4; k--) {
            const c = cands[k];
            const cps = c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
            if ((c.type === 'call' || c.type === 'meeting') && c.role === 'event' && statusClass(c.status) === 'real' && cps.includes(ps[0]) && cps.length >= 2) {
              part = fired(why, 'participants', 'agreement-other-side', { ids: uniq([...ps, ...cps]), certainty: Math.min(part.certainty || 1, c.certainty, 0.7) });
              break;
            }
          }
        }
      }
      // "Alder met Birch …, and the signing of a deal between the two countries was called off": the parties of that meeting
      if (h.type === 'agreement' && !h.rule.refOnly && !people.length && /^[^.;]{0,80}?\bbetween\s+the\s+two\s+(?:countries|sides|leaders|governments|nations|men)\b/i.test(text.slice(h.end, clause.end))) {
        const same = cands.filter((c) => c.sentence === s.index && c.role === 'event' && (c.type === 'meeting' || c.type === 'call') && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length >= 2).pop();
        if (same) {
          role = 'event';
          part = fired(why, 'participants', 'deal-between-two', { ids: same.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(same.certainty, 0.7) });
        }
      }
      // "Alder spoke by phone with both Birch and Cedar", "… separately with Birch and Cedar": one call each
      const groups: string[][] = [part.ids];
      if (role === 'event' && (h.type === 'call' || h.type === 'meeting') && (/^[^.;]{0,25}?\b(?:with\s+both|separately\s+with)\b|^[^.;]{0,90}?\band\s+(?:then|later)\s+with\b/i.test(text.slice(h.start, clause.end)) ||
          // "Alder spoke to Birch and Cedar on Saturday": a call with each (not a call among the three)
          (h.type === 'call' && /^(?:spoke|spoken|talked|speaks)\s+(?:to|with)$/i.test(h.text) && /^\s+[^,;]{1,60}?\s+and\s+/i.test(text.slice(h.end, clause.end)) && !/\b(?:together|jointly|three-way|trilateral|conference|all\s+three)\b/i.test(text.slice(clause.start, clause.end))))) {
        const subj = owned[i].filter((m) => m.end <= h.start && PERSONISH.includes(m.kind)).map((m) => m.actorId);
        const objs = uniq(owned[i].filter((m) => m.start >= h.end && PERSONISH.includes(m.kind)).map((m) => m.actorId)).filter((id) => !subj.includes(id));
        const subjIn = subj.filter((id) => part.ids.includes(id));
        if (subjIn.length && objs.length >= 2 && part.ids.includes(objs[0])) {
          groups.length = 0;
          for (const o of objs) groups.push(uniq([...subjIn, o]));
        }
      }
      // "He was part of talks on forging a ceasefire with …": talks on a topic, told without their parties, are a happening of
      // their own, not another mention of the document's talks; without a day or a place nothing to report
      const topical =
        role === 'event' &&
        h.type === 'meeting' &&
        /^(?:talks|negotiations|discussions|consultations|meetings?)$/i.test(h.text) &&
        EN.topicAfter.pattern.test(text.slice(h.end)) &&
        !relDates.some((d) => d.start >= h.end && d.start - h.end <= 12) &&
        !/\b(?:the|these|those|this|that|their|its|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(before) &&
        part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length < 2;
      if (topical && !date.value && !place) return;
      const pushedFrom = cands.length;
      if (groups.length > 1) why.push({ stage: 'participants', rule: 'one-each' });
      if (date.value && !why.some((w) => w.stage === 'date')) why.push({ stage: 'date', rule: dateRule(date) });
      for (const ids of groups)
      cands.push({
        why: [...why],
        order: cands.length,
        sentence: s.index,
        span: { start: s.start, end: s.end },
        type: etype,
        role,
        trigger: h.text,
        strength: h.strength,
        participants: ids,
        certainty: part.certainty,
        status,
        ongoing: modality === 'ongoing',
        date,
        place,
        placeRank: place ? labelSpecificity(book, place) : 0,
        speaker: null,
        respondsTo: [],
        gist: null,
        hit: { start: h.start, end: h.end },
        anchorSpan: dexpr?.anchor ? { start: dexpr.start, end: dexpr.end } : date.anchor && date === prevInSentence?.date ? prevInSentence.anchorSpan : null,
        inAnchor: insideAnchor,
        split: groups.length > 1 ? `${s.index}:${h.start}` : undefined,
        weakDate,
        adjunct: adjunct || undefined,
        topical: topical || undefined,
        outcome: (role === 'ref' && tellsOf(text, h)) || undefined,
        tookPart: tookPart || undefined,
        sequel: sequel || undefined,
        passing: (role === 'ref' && /\b(?:since|than|like|unlike)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}$/i.test(before)) || undefined,
        named: role === 'ref' && /\b(?:their|the\s+two\s+leaders['’]?|both)\s+(?:[\w-]+\s+)?$/i.test(before) ? persons : undefined,
      });
      // … and the guest's visit to that place
      const hostPlace = guest && role === 'event' && /^receiv/i.test(h.text) && statusClass(status) === 'real' ? pickPlace(text, sentPlaces, clause, hitSpan, book, true, 100) : null;
      if (guest && hostPlace && cands.length > pushedFrom && part.ids.includes(guest.actorId))
        cands.push({
          ...cands[pushedFrom],
          order: cands.length,
          type: 'visit',
          participants: [guest.actorId],
          place: hostPlace,
          placeRank: labelSpecificity(book, hostPlace),
          split: undefined,
          sequel: undefined,
          named: undefined,
          // an anchored day ("a day after X received Y") is the reception's: the visit takes it from the story, not the anchor
          ...(cands[pushedFrom].date.anchor || cands[pushedFrom].anchorSpan ? { date: NO_DATE, anchorSpan: null } : {}),
          reception: cands[pushedFrom],
          why: [...why, { stage: 'role', rule: 'visit-of-reception' }],
        });
    });
  }
}

/** records a rule that fired and passes its value through */
export function fired<T>(why: Why[], stage: string, rule: string, value: T): T {
  if (value !== null && value !== undefined) why.push({ stage, rule });
  return value;
}

/** the date rule of a day taken from the clause: how its expression was read */
export function dateRule(date: DateChoice): string {
  if (date.source === 'range') return 'estimated-from-range';
  if (date.source === 'anchored' || date.anchor) return 'anchored';
  if (date.reference && /\(past: /.test(date.reference)) return 'weekday-before-publication';
  return date.expression && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|this|earlier)\b/i.test(date.expression) ? 'relative-to-publication' : 'explicit';
}

/** The people named in the subject run before a trigger and the object run after it, by part-of-speech tags. */
export function posParticipants(text: string, local: LocalMention[], start: number, end: number): string[] {
  const tokens = tagSentence(text);
  const spans = [subjectSpan(tokens, start), objectSpan(tokens, end)].filter((x): x is { start: number; end: number } => !!x);
  return uniq(local.filter((m) => PERSONISH.includes(m.kind) && spans.some((sp) => m.start >= sp.start && m.end <= sp.end)).map((m) => m.actorId));
}
