/**
 * events: per document, turns sentences + mentions + places + dates into
 * DocEvents. General method (no names in code):
 *   1. triggers per sentence (what/triggers.ts), split by clause;
 *   2. per trigger: participants, modality, date, place, speaker, respondsTo;
 *   3. in-document coreference: mentions of one happening become one event
 *      (same type, compatible date/place, shared participants); definite
 *      references ("the talks", "Tuesday's meeting") and delegation lists
 *      ("… represented the U.S. in the meeting") attach to the salient event;
 *   4. anchored dates ("three days before the talks") resolved against it.
 */
import type { ActorKind, EventStatus, EventType, PlaceEntry } from '../schema';
import type { ActorInfo, DateExpr, DocEvent, Mention, PlaceMention, Sentence, SentencedDoc, Span } from './types';
import { findTriggers, typeOfReference, type TriggerHit } from './what/triggers';
import { clauseAt, splitClauses } from './what/clauses';
import { combineStatus, modalityOf, statusClass } from './what/modality';
import { assignMentions, participantsOf, speakerOf, subjectPronoun, PERSONISH, type LocalMention } from './what/participants';
import { addDays, choiceFromExpr, datesCompatible, daysBetween, findAnchors, NO_DATE, pickDate, type DateChoice } from './what/anchors';
import { placeBook, placeLabel, placesCompatible, specificity, labelSpecificity, type PlaceBook } from './what/places';
import { eventTitle, statementGist } from './what/titles';
import { groupBy } from './group';
import type { DateSource, WhatDocEvent } from './what/types';
import { nationCode } from './who/text';

export interface ExtractInput {
  doc: SentencedDoc;
  mentions: Mention[];
  places: PlaceMention[];
  dates: DateExpr[];
  actors: Map<string, ActorInfo>;
  /** data/places.yaml, to label venues ("Glass Palace, Avalon") */
  placeEntries?: PlaceEntry[];
}

type CandRole = 'event' | 'ref' | 'join' | 'statement';

interface Cand {
  order: number;
  sentence: number;
  span: Span;
  type: EventType | null;
  role: CandRole;
  trigger: string;
  strength: number;
  participants: string[];
  certainty: number;
  status: EventStatus;
  ongoing: boolean;
  date: DateChoice;
  place: string | null;
  placeRank: number;
  speaker: string | null;
  respondsTo: string[];
  gist: string | null;
  /** where the trigger is (sentence-relative) */
  hit: { start: number; end: number };
  /** where an anchored date expression is ("three days before the talks"), sentence-relative */
  anchorSpan: { start: number; end: number } | null;
  /** the trigger lies inside an anchored date expression ("two days after the summit") */
  inAnchor?: boolean;
  /** one of several happenings told by one trigger ("spoke with both Birch and Cedar"): never clustered together */
  split?: string;
  /** a day in the clause of a definite reference but not tied to it ("talks with X in Avalon on Tuesday"): used only when nothing better dates the happening */
  weakDate?: DateChoice;
  /** a reference inside a temporal adjunct ("X spoke after the talks"): its subject is a participant only of a happening not yet peopled, or one X already takes part in */
  adjunct?: boolean;
  /** a reference that tells something of its happening: how it went, what was said at or after it ("the talks ended without agreement", "X said after the call that …") */
  outcome?: boolean;
  /** "talks on <topic>" told with fewer than two of their people: never merged into another happening */
  topical?: boolean;
  /** a visit told by a host's reception of the guest: that reception */
  reception?: Cand;
  /** a happening named in passing, as a yardstick ("the first since the palace meeting of May 2"): never a happening of its own */
  passing?: boolean;
  /** a plural reference ("their talks"): the people its sentence names */
  named?: string[];
  /** told in a live blog: its entries are apart */
  live?: boolean;
  /** paragraph index (statements) */
  para?: number;
  /** told as what came next ("straight afterwards", "and then"): a new happening unless all its people are already in the one it would join */
  sequel?: boolean;
  /** the sentence says the adjunct's subject took part ("the head of the delegation, X, said after the talks") */
  tookPart?: boolean;
}

interface Cluster {
  type: EventType;
  cands: Cand[];
  participants: string[];
  main: string[];
  /** first and last sentence of its mentions */
  first: number;
  last: number;
  /** best date, place and all statuses of its mentions (kept up to date by addCand) */
  date: DateChoice;
  place: string | null;
  placeRank: number;
  statuses: Set<EventStatus>;
  /** stems of its trigger words */
  words: Set<string>;
  /** sentence → order of its first non-reference mention there */
  eventSentences: Map<number, number>;
  /** every sentence it is mentioned in */
  sentences: Set<number>;
}

/** a line cut off by its source: a word run straight into an ellipsis, no closing punctuation */
const SEQUEL_BEFORE = /(?:^|[,;.]\s*|\s)(?:(?:straight|immediately|shortly|soon|right)\s+)?(?:afterwards?|and\s+then|then)\b[^,;]{0,60}$/i;
/** a live-blog entry stamp on a line of its own: "14:10 CEST", "09:40" */
const LIVE_STAMP = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]+[A-Z]{2,5})?[ \t]*$/gm;
const TRUNCATED = /[\p{L}\d,]\s?(?:…|\.\.\.)$/u;
const DATE_RANK: Record<DateSource, number> = { explicit: 4, anchored: 3, range: 2, published: 1, none: 0 };
const LOCATIVE_BEFORE = /\b(?:in|at|within|inside|into|to|near|outside|on|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$/;

export function extractEvents(input: ExtractInput): WhatDocEvent[] {
  const { doc, actors } = input;
  const book = placeBook(input.placeEntries ?? []);
  const kindOf = (id: string): ActorKind | null => actors.get(id)?.kind ?? null;
  const published = doc.meta.published;

  const mentionsBySentence = groupBy(input.mentions, (m) => m.sentence);
  const placesBySentence = groupBy(input.places, (p) => p.sentence);
  const datesBySentence = groupBy(input.dates, (d) => d.sentence);

  const cands: Cand[] = [];
  let lastSpeaker: { id: string; sentence: number } | null = null;
  let lastSubject: { id: string; sentence: number } | null = null;
  /** the last sentence whose subject was "he"/"she" standing for lastSubject */
  let pronounChain = -1;
  const personsBySentence = new Map<number, string[]>();

  const liveBlog = (doc.body.match(LIVE_STAMP) ?? []).length >= 2;
  // paragraph of each sentence (a blank line between two sentences starts a new one)
  const paraOf = new Map<number, number>();
  {
    let para = 0;
    let prevEnd = -1;
    for (const s of doc.sentences) {
      if (prevEnd >= 0 && /\n\s*\n/.test(doc.body.slice(prevEnd, s.start))) para++;
      paraOf.set(s.index, para);
      prevEnd = s.end;
    }
  }
  for (const s of doc.sentences) {
    const text = s.norm && s.norm.length === s.text.length ? s.norm : s.text;
    const lower = text.toLowerCase();
    const clauses = splitClauses(text);
    const hits = findTriggers(text);
    const local = toLocal(mentionsBySentence.get(s.index) ?? [], s, kindOf);
    const persons = uniq(local.filter((m) => PERSONISH.includes(m.kind)).map((m) => m.actorId));
    personsBySentence.set(s.index, persons);
    // a headline cut off mid-phrase ("… after talks, Interf…"): not a sentence to report from
    if (TRUNCATED.test(text.trim())) continue;

    const sentDates = [...(datesBySentence.get(s.index) ?? [])];
    for (const a of findAnchors(text, doc.id, s.index, s.start)) if (!sentDates.some((d) => d.start < a.end && a.start < d.end)) sentDates.push(a);
    const relDates = sentDates.map((d) => ({ ...d, start: d.start - s.start, end: d.end - s.start }));
    const sentPlaces = (placesBySentence.get(s.index) ?? []).map((p) => ({ ...p, start: p.start - s.start, end: p.end - s.start }));

    // a happening named inside a quotation ("one meeting is not going to solve it") is what someone said, unless the quote names its people
    const quotes: Span[] = [];
    for (const q of text.matchAll(/“[^”]*”|"[^"]*"/g)) quotes.push({ start: q.index ?? 0, end: (q.index ?? 0) + q[0].length });
    const inQuoteWithoutPeople = (h: TriggerHit) => {
      const q = quotes.find((x) => h.start > x.start && h.end < x.end);
      return !!q && !local.some((m) => m.start > q.start && m.end < q.end && PERSONISH.includes(m.kind));
    };
    const eventHits = hits.filter((h) => h.role !== 'statement' && !inQuoteWithoutPeople(h));
    const singleEvent = eventHits.filter((h) => h.role === 'event').length === 1;

    const resolveChoice = (d: DateExpr | null): DateChoice => {
      if (!d) return NO_DATE;
      return choiceFromExpr(d);
    };

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
        // "the phone conversation by A with B": the parties named on the noun are all of them
        const attached = h.role === 'event' && !!(part as { attached?: boolean }).attached;
        // "Birch, who had been invited by Alder, did not travel to Avalon": the subject is the name the relative clause hangs on
        // "The U.S. delegation, led by A, met a team headed by B, along with C and D": everyone named takes part
        if (h.type === 'meeting' && h.role === 'event' && /\b(?:delegation|team)s?\b[^.;]{0,40}?\b(?:led|headed)\s+by\b/i.test(text)) {
          const all = uniq(local.filter((m) => PERSONISH.includes(m.kind) && !quotes.some((q) => m.start > q.start && m.end < q.end)).map((m) => m.actorId));
          if (all.length >= 2 && part.ids.some((id) => all.includes(id))) part = { ids: uniq([...part.ids.filter((id) => all.includes(id)), ...all]), certainty: part.certainty };
        }
        // "The Freedonian and Eastlandish delegations agreed …", "Freedonian and Eastlandish teams will meet": the countries
        const nations = nationGroup(text.slice(clause.start, h.start), actors);
        const nationParties = nations.length >= 2 && (h.type === 'meeting' || h.type === 'agreement') && h.role === 'event';
        if (nationParties) part = { ids: nations, certainty: 0.8 };
        // "the two countries' commanders agreed …", "both sides had agreed to …": the two countries named before in the sentence
        if (h.type === 'agreement' && h.role === 'event' && !part.ids.length && /\b(?:the\s+two\s+(?:countries|nations|sides|governments)|both\s+(?:sides|countries|nations|governments))\b/i.test(text.slice(Math.max(0, h.start - 80), h.start))) {
          const here = uniq(local.filter((m) => m.kind === 'country' && m.end <= h.start).map((m) => m.actorId));
          if (here.length === 2) part = { ids: here, certainty: 0.6 };
        }
        // "X said on Monday …, after hosting Birch at the palace": the -ing clause's subject and day are the main clause's
        const ingClause = !attached && h.role === 'event' && /^[,\s]*(?:after|before|while|when|since|following)\s+$/i.test(text.slice(clause.start, h.start)) && /^\w+ing$/i.test(h.text.split(/\s+/)[0]);
        if (ingClause) {
          const mainSubj = local.filter((m) => m.end <= clause.start && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
          if (mainSubj && !part.ids.includes(mainSubj.actorId)) part = { ids: uniq([mainSubj.actorId, ...part.ids]), certainty: Math.min(part.certainty || 1, mainSubj.score) };
        }
        // "Alder says …, after a phone call with Birch": the sentence's subject had the call
        const adjNoun = !attached && h.role === 'event' && (h.type === 'call' || h.type === 'meeting') ? (/^(?:a|an|his|her|their)\s/i.test(h.text) ? /,\s*(?:after|before|following)\s+$/i : /,\s*(?:after|before|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i).exec(text.slice(0, h.start)) : null;
        if (adjNoun && part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) {
          const mainSubj = local.filter((m) => m.end <= adjNoun.index && PERSONISH.includes(m.kind)).sort((a, b) => a.start - b.start)[0];
          if (mainSubj && !part.ids.includes(mainSubj.actorId)) part = { ids: uniq([mainSubj.actorId, ...part.ids]), certainty: Math.min(part.certainty || 1, mainSubj.score, 0.8) };
        }
        // "Birch, with whom he held talks earlier, …": the name before and the subject of the sentence
        const withWhom = h.role === 'event' && !attached ? /,\s*with\s+whom\s+(?:he|she|they)\s+(?:had\s+|also\s+)?$/i.exec(text.slice(0, h.start)) : null;
        if (withWhom) {
          const comma = withWhom.index;
          const host = local.filter((m) => m.end <= comma && /^\s*$/.test(text.slice(m.end, comma)) && PERSONISH.includes(m.kind))[0];
          const subj =
            local.filter((m) => m.start >= h.end && PERSONISH.includes(m.kind) && m.actorId !== host?.actorId).sort((a, b) => a.start - b.start)[0]?.actorId ??
            (lastSubject && s.index - lastSubject.sentence <= 1 ? lastSubject.id : undefined);
          if (host && subj) part = { ids: uniq([subj, host.actorId]), certainty: 0.7 };
        }
        // "Birch, who held talks with Cedar on Tuesday, …": a verb right after the relative pronoun has it (Birch) as subject
        const verbHit = /^(?:held|holds|met|meets|spoke|speaks|talked|visited|visits|phoned|called|signed|agreed|hosted|welcomed|travell?ed|flew|arrived)\b/i.test(h.text);
        const ante = h.role === 'event' && !attached ? relativeAntecedent(text, local, clause, h.start, verbHit) : null;
        if (ante && PERSONISH.includes(ante.kind)) {
          const objects = participantsOf(text, owned[i].filter((m) => m.start >= h.end), hitSpan, 70);
          part = { ids: uniq([ante.actorId, ...objects.ids]), certainty: ante.score };
        }
        // "Alder received envoy Birch in Avalon": the guest named right after the host verb
        const hostVerb = h.type === 'meeting' && h.role === 'event' && /^(?:received|receives|receiving|hosted|welcomed)\b/i.test(h.text);
        const guest = hostVerb ? owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person').sort((a, b) => a.start - b.start)[0] : undefined;
        if (guest && part.ids.length && !part.ids.includes(guest.actorId)) part = { ids: uniq([...part.ids, guest.actorId]), certainty: Math.min(part.certainty || 1, guest.score) };
        // "“My envoy Birch had a productive meeting with Cedar,” Alder wrote": a quotation naming two people of its own tells their happening, not the speaker's
        const quoted = quotes.find((q) => h.start > q.start && h.end < q.end);
        if (quoted && h.role === 'event') {
          const inside = uniq(local.filter((m) => m.kind === 'person' && m.start > quoted.start && m.end < quoted.end).map((m) => m.actorId));
          if (inside.length >= 2 && part.ids.some((id) => !inside.includes(id) && kindOf(id) === 'person')) part = { ids: part.ids.filter((id) => inside.includes(id) || kindOf(id) !== 'person'), certainty: part.certainty };
        }
        const ownedPersons = owned[i].filter((m) => PERSONISH.includes(m.kind));
        if (h.rule.needsObject && !ownedPersons.some((m) => m.start >= h.end) && !(h.type === 'visit' && part.ids.some((id) => PERSONISH.includes(kindOf(id) ?? 'country')))) return;
        const hasSubject = owned[i].some((m) => m.end <= h.start && PERSONISH.includes(m.kind));
        // "Alder was sent to Eastport for talks with Dogwood", "Birch arrived … and will be joined by …": the earlier trigger's subject
        if (i > 0 && !hasSubject && !attached && subjects[i - 1].ids.length) {
          const subjPeople = subjects[i - 1].ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
          if (subjPeople.length && (part.ids.length || h.role === 'join')) part = { ids: uniq([...subjPeople, ...part.ids]), certainty: Math.min(part.certainty || 1, subjects[i - 1].certainty) };
        }
        // "Cedar had greeted Birch at the airport on arrival": Birch arrived where the story is
        let arrivalPlace: string | null = null;
        let arrivalDate: DateChoice | null = null;
        if (h.type === 'visit' && /arrival$/i.test(h.text)) {
          const guests = local.filter((m) => m.start > h.start && m.end < h.end && m.kind === 'person');
          if (!guests.length) return;
          part = { ids: [guests[0].actorId], certainty: guests[0].score };
          const there = [...cands].reverse().find((c) => c.role === 'event' && c.place && s.index - c.sentence <= 3 && (c.participants.includes(guests[0].actorId) || (personsBySentence.get(c.sentence) ?? []).includes(guests[0].actorId)) && statusClass(c.status) === 'real');
          if (!there) return;
          arrivalPlace = there.place;
          if (there.date.value) arrivalDate = there.date;
        }
        // "Alder received envoy Birch in Avalon": the guest visits, the host is at home
        if (h.type === 'visit' && /^(?:received|hosted|welcomed)\b/i.test(h.text)) {
          const guests = owned[i].filter((m) => m.start >= h.end && m.start - h.end <= 40 && m.kind === 'person');
          part = guests.length ? participantsOf(text, guests.slice(0, 1), hitSpan) : { ids: [], certainty: 0 };
          if (!part.ids.length) return;
        }
        // "Alder invited Birch to Avalon for the next summit": Birch's planned visit there
        if (h.type === 'visit' && /^invit/i.test(h.text)) {
          if (!sentPlaces.some((p) => p.start >= h.end && p.start - h.end <= 5)) return;
          const inside = owned[i].filter((m) => m.start >= h.start && m.end <= h.end && m.kind === 'person');
          if (!inside.length) return;
          part = { ids: [inside[0].actorId], certainty: inside[0].score };
        }
        if (h.type === 'visit' && /^(?:sent|send|sends|sending|dispatched|dispatch)\b/i.test(h.text)) {
          const inside = owned[i].filter((m) => m.start >= h.start && m.end <= h.end && PERSONISH.includes(m.kind));
          const passive = /\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?$/i.test(text.slice(clause.start, h.start));
          const subj = owned[i].filter((m) => m.end <= h.start);
          part = inside.length ? participantsOf(text, inside, hitSpan) : passive || /\b(?:the\s+man|the\s+woman|the\s+one|who)\b/i.test(text.slice(clause.start, h.start)) ? participantsOf(text, subj, hitSpan) : { ids: [], certainty: 0 };
          if (!part.ids.length && passive && lastSubject && s.index - lastSubject.sentence <= 2 && /\b(?:he|she)\b/i.test(text.slice(clause.start, h.start))) part = { ids: [lastSubject.id], certainty: 0.6 };
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
            part = { ids: [...sameTypeBefore.participants], certainty: 0.7 };
          } else if (pron === 'plural' && h.type === 'agreement' && [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2)) {
            // "the delegations agreed to …" after their talks: the parties of those talks
            const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2)!;
            part = { ids: [...talks.participants], certainty: Math.min(talks.certainty, 0.6) };
          } else if (pron === 'plural') {
            const prev = previousPair(personsBySentence, s.index);
            if (prev.length >= 2) part = { ids: uniq([...prev, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 };
          } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2 && h.role !== 'event') {
            part = { ids: uniq([lastSubject.id, ...part.ids]), certainty: 0.6 };
          } else if (pron === 'singular' && lastSubject && s.index - lastSubject.sentence <= 2) {
            part = { ids: uniq([lastSubject.id, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: 0.6 };
          }
        }
        // "Their planned meeting at the summit was cancelled", "replaced a meeting the two leaders had planned": the two people of the happening just told
        if (h.role === 'event' && (h.type === 'meeting' || h.type === 'call') && (/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before) || /^\s+(?:that\s+)?(?:the\s+two\s+(?:leaders|men|women|ministers|presidents)|both\s+(?:leaders|men))\s+(?:had|have|has)\b/i.test(text.slice(h.end))) && !part.ids.some((id) => kindOf(id) === 'person')) {
          const twoAfter = !/^\s*their\s+(?:[\w-]+\s+)?$/i.test(before);
          const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === h.type || (twoAfter && (c.type === 'call' || c.type === 'meeting'))) && s.index - c.sentence <= 2 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
          if (prev) part = { ids: prev.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(prev.certainty, 0.7) };
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
          if (who && !part.ids.includes(who)) part = { ids: uniq([who, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(part.certainty || 1, 0.6) };
        }
        // "Straight afterwards he spoke to Birch": he is who did the happening just told
        if (h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && SEQUEL_BEFORE.test(text.slice(Math.max(0, clause.start - 12), h.start)) && /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(before) && part.ids.length === 1) {
          const prev = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.participants.length >= 2);
          const who = prev?.participants[0];
          if (who && !part.ids.includes(who)) part = { ids: [who, ...part.ids], certainty: Math.min(part.certainty || 1, prev.certainty, 0.6) };
        }
        // "he spoke to Birch, and then the two of them held a call with …": the two people of the happening just told
        if (h.role === 'event' && /\b(?:the\s+two\s+of\s+them|both\s+of\s+them|the\s+pair)\s+(?:\w+\s+){0,2}$/i.test(before)) {
          const prev = [...cands].reverse().find((c) => c.role === 'event' && s.index - c.sentence <= 1 && c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length === 2);
          if (prev) part = { ids: uniq([...prev.participants, ...part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'))]), certainty: Math.min(part.certainty || 1, prev.certainty, 0.7) };
        }
        if (/\bagain$/i.test(h.text)) {
          // "The two officers are due to speak again": the pair of the last call told
          const pair = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
          if (pair(part.ids).length < 2 && /^\s*(?:they|the\s+two(?:\s+\w+)?|both(?:\s+\w+)?)\s+(?:\w+\s+){0,4}$/i.test(before)) {
            const prev = [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 3 && pair(c.participants).length >= 2);
            if (prev) part = { ids: pair(prev.participants), certainty: Math.min(prev.certainty, 0.6) };
          }
          if (pair(part.ids).length < 2) return;
        }
        const modality = modalityOf(lower.slice(clause.start, h.start), lower.slice(h.start, h.end), lower.slice(h.end, clause.end));
        if (modality === 'hypothetical') return;
        let dexpr = pickDate(relDates, clause, hitSpan);
        if (!dexpr && singleEvent && h.role === 'event') dexpr = pickDate(relDates, { start: 0, end: text.length }, hitSpan);
        if (!dexpr && ingClause) dexpr = pickDate(relDates.filter((d) => !d.future && d.end <= clause.start), { start: 0, end: clause.start }, hitSpan);
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
          if (country && !part.ids.includes(country)) part = { ids: [...part.ids, country], certainty: part.certainty };
        }
        const insideAnchor = relDates.some((d) => d.anchor && d.start <= h.start && d.end >= h.end);
        if (insideAnchor) dexpr = null;
        let date = pastWeekday(resolveChoice(dexpr), h.text, modality, published);
        if (!dexpr && arrivalDate) date = arrivalDate;
        // "the delegations agreed to …": on the day of their talks
        if (h.type === 'agreement' && !date.value && /\bthe\s+(?:delegations|sides|parties|negotiators)\s+$/i.test(before)) {
          const talks = [...cands].reverse().find((c) => (c.type === 'meeting' || c.type === 'call') && c.role === 'event' && s.index - c.sentence <= 6 && c.participants.length >= 2 && c.date.value);
          if (talks) date = talks.date;
        }
        let prevInSentence: Cand | undefined;
        for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
          if (cands[k].role === 'event') {
            prevInSentence = cands[k];
            break;
          }
        if (!dexpr && prevInSentence && /^,?\s*(?:where|when|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) date = prevInSentence.date;
        // "Straight afterwards he spoke to Birch", "and then they held a call with …": the next happening of that day, not the same one
        const sequel = h.role === 'event' && (h.type === 'call' || h.type === 'meeting') && SEQUEL_BEFORE.test(text.slice(Math.max(0, clause.start - 12), h.start));
        if (sequel && !dexpr) {
          const prevDated = [...cands].reverse().find((c) => c.role === 'event' && (c.type === 'call' || c.type === 'meeting') && s.index - c.sentence <= 4 && c.date.value && !c.date.future);
          if (prevDated) date = prevDated.date;
        }
        let status: EventStatus = modality === 'ongoing' ? 'happened' : modality;
        if (h.rule.cancels) status = 'cancelled';
        if (h.type === 'visit' && /^invit/i.test(h.text) && status === 'happened') status = 'planned';
        // "a second meeting that both sides had pencilled in for after the ceremony never took place"
        if (status === 'happened' && /^[^;.]{0,80}?\b(?:pencil+ed\s+in|planned|scheduled|arranged|slated)\b[^;.]{0,60}?\b(?:never|did\s+not|didn't)\s+(?:took|take|happen|happened|materiali[sz]ed?)\b/i.test(text.slice(h.end))) status = 'cancelled';
        if (date.future && status === 'happened') status = 'planned';
        let place = insideAnchor ? null : pickPlace(text, sentPlaces, clause, hitSpan, book, h.type === 'visit', h.type === 'call' ? 30 : 100);
        if (!place && prevInSentence && /^,?\s*(?:where|during\s+which)\b/i.test(text.slice(clause.start, clause.end))) place = prevInSentence.place;
        if (arrivalPlace && !place) place = arrivalPlace;
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
          const placed = !!place || (input.places.some((p) => paraOf.get(p.sentence) === para && p.sentence <= s.index) && !/\b(?:phone|telephone|video|call)\b/i.test(text));
          role = 'event';
          etype = placed ? 'meeting' : 'call';
        }
        let adjunct = false;
        let tookPart = false;
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
        // "speaking in Avalon at a summit of leaders hosted by Alder, Birch said …": the host and the speaker took part
        const hostedBy = role === 'ref' && h.type === 'meeting' && statusClass(status) === 'real' ? /^[^.;]{0,80}?\bhosted\s+by\s+/i.exec(text.slice(h.end)) : null;
        if (hostedBy) {
          const from = h.end + hostedBy[0].length;
          const host = local.filter((m) => m.kind === 'person' && m.start >= from && m.start - from <= 40).sort((a, b) => a.start - b.start)[0];
          const speaker = host && /^\s*speaking\b/i.test(text) && h.start < 80 ? local.filter((m) => m.kind === 'person' && m.start >= host.end && m.actorId !== host.actorId && /^\s*(?:said|says|told|warned|added)\b/i.test(text.slice(m.end))).sort((a, b) => a.start - b.start)[0] : undefined;
          if (host && speaker) {
            role = 'event';
            part = { ids: [speaker.actorId, host.actorId], certainty: Math.min(host.score, speaker.score, 0.7) };
          }
        }
        // "A second meeting that both sides had pencilled in … never took place": the people of the happening just told
        const another = role === 'ref' && (h.type === 'meeting' || h.type === 'call') && (status === 'cancelled' || status === 'planned') && /\b(?:a\s+second|another|a\s+further|a\s+follow-up)\s+$/i.test(before);
        const anotherOf = another ? [...cands].reverse().find((c) => c.role === 'event' && c.type === h.type && s.index - c.sentence <= 6 && statusClass(c.status) === 'real' && c.participants.filter((id) => kindOf(id) === 'person').length === 2) : undefined;
        if (anotherOf) {
          role = 'event';
          part = { ids: anotherOf.participants.filter((id) => kindOf(id) === 'person'), certainty: Math.min(anotherOf.certainty, 0.6) };
          if (!date.value && anotherOf.date.value) date = anotherOf.date;
        } else if (role === 'ref' && h.rule.cancels && people.length) {
          // "Birch and Alder decided to skip the event": they were expected there
          part = { ids: people, certainty: part.certainty };
        } else if (role === 'ref' && h.type && /\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) {
          // "signed by A and B after a two-hour meeting": the same people met
          const other: Cand[] = [];
          for (let k = cands.length - 1; k >= 0 && cands[k].sentence === s.index; k--)
            if (cands[k].role === 'event' && cands[k].participants.some((id) => PERSONISH.includes(kindOf(id) ?? 'country'))) other.push(cands[k]);
          if (other.length === 1 && !h.rule.refOnly) {
            role = 'event';
            part = { ids: other[0].participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: other[0].certainty };
          } else part = { ids: [], certainty: 0 };
        } else if (role === 'ref') {
          // "X said after Tuesday's meeting", "X spoke after the talks": X was there
          const sp = saidAtReference(text, lower, local, h, lastSubject, s.index);
          part = sp ? { ids: [sp.id], certainty: sp.score } : { ids: [], certainty: 0 };
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
          if (home && !part.ids.includes(home)) part = { ids: [...part.ids, home], certainty: Math.min(part.certainty || 1, 0.6) };
        }
        // "Birch agreed to a pause" after "the call between Alder and Birch": the other side of that happening agreed with Birch
        if (role === 'event' && h.type === 'agreement') {
          const ps = part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
          if (ps.length === 1) {
            for (let k = cands.length - 1; k >= 0 && s.index - cands[k].sentence <= 4; k--) {
              const c = cands[k];
              const cps = c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
              if ((c.type === 'call' || c.type === 'meeting') && c.role === 'event' && statusClass(c.status) === 'real' && cps.includes(ps[0]) && cps.length >= 2) {
                part = { ids: uniq([...ps, ...cps]), certainty: Math.min(part.certainty || 1, c.certainty, 0.7) };
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
            part = { ids: same.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(same.certainty, 0.7) };
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
          TOPIC_AFTER.test(text.slice(h.end)) &&
          !relDates.some((d) => d.start >= h.end && d.start - h.end <= 12) &&
          !/\b(?:the|these|those|this|that|their|its|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,2}$/i.test(before) &&
          part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length < 2;
        if (topical && !date.value && !place) return;
        const pushedFrom = cands.length;
        for (const ids of groups)
        cands.push({
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
          });
      });
    }

    // ---- statements ----
    const bySpeaker = new Map<string, Cand>();
    for (const h of hits.filter((x) => x.role === 'statement')) {
      if (/^(?:said|says|stated|told)$/i.test(h.text) && /\b(?:is|was|were|are|been|be|being|it['’]s)\s+(?:not\s+|never\s+)?(?:\w+ly\s+|also\s+|widely\s+)?$/i.test(lower.slice(0, h.start))) continue;
      if (/\b(?:would|could|might|will|should|may|never|not|to)\s+(?:\w+\s+)?$/i.test(lower.slice(Math.max(0, h.start - 25), h.start)) && /^(?:say|tell|state|declare|announce)$/i.test(h.text)) continue;
      // "his office says a statement is expected later": nothing said yet, only a remark to come
      if (/^\s+(?:that\s+)?(?:a|an)\s+(?:[\w-]+\s+)?statement\s+(?:is|was|would\s+be|will\s+be)\s+(?:expected|due|planned|likely)\b/i.test(text.slice(h.end))) continue;
      const ownClause = clauseAt(clauses, h.start);
      // ", saying …" / ", adding …": the subject is in the clause before
      const clause = /^(?:saying|adding)$/i.test(h.text) ? { start: 0, end: ownClause.end } : ownClause;
      const hitSpan = { start: h.start, end: h.end };
      // "Alder broke off the talks to call Birch, and said afterwards …": a coordinated verb shares the sentence's subject
      // "Alder accused Birch of … and said …", "Alder is meeting Birch today, and he told reporters …": the earlier verb's subject
      const coordLead = /(?:,\s+|\s)and\s+(?:(?:he|she)\s+)?(?:then\s+|later\s+|also\s+)?$/i.exec(text.slice(0, h.start));
      const earlierSpeaker = coordLead ? [...bySpeaker.values()].find((c) => c.hit.end <= coordLead.index) : undefined;
      const coordinated = coordLead
        ? earlierSpeaker
          ? local.find((m) => m.actorId === earlierSpeaker.speaker)
          : local.filter((m) => PERSONISH.includes(m.kind) && m.start <= 40 && m.end <= coordLead.index).sort((a, b) => a.start - b.start)[0]
        : undefined;
      const lastRelative = [...text.slice(0, h.start).matchAll(/,\s*(?:who|which)\b/gi)].pop();
      const relClause = lastRelative ? { start: lastRelative.index ?? 0, end: text.length } : ownClause;
      let sp = coordinated ?? relativeAntecedent(text, local, relClause, h.start, true) ?? speakerOf(text, local, clause, hitSpan, h.text);
      // "On Saturday he thanked … and wrote …": the pronoun subject of the sentence
      if (!sp && coordLead && /^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?(?:he|she)\b/i.test(text)) {
        const prevSubject: { id: string; sentence: number } | null = lastSpeaker && s.index - lastSpeaker.sentence <= 2 ? lastSpeaker : lastSubject && s.index - lastSubject.sentence <= 1 ? lastSubject : null;
        if (prevSubject) sp = { actorId: prevSubject.id, kind: kindOf(prevSubject.id) ?? 'person', start: h.start, end: h.start, score: 0.6, via: 'pronoun', surface: '' };
      }
      // "Straight afterwards he spoke to B, and then … among them C. He also wrote …": he is still the one the story follows, not the name told last
      if (sp && sp.via === 'pronoun' && lastSubject && pronounChain === s.index - 1 && lastSubject.sentence === s.index - 1 && sp.actorId !== lastSubject.id && /^(?:he|she)\s/i.test(text.trim()))
        sp = { ...sp, actorId: lastSubject.id, kind: kindOf(lastSubject.id) ?? 'person', score: Math.min(sp.score, 0.6) };
      // "Cedar said late on Tuesday that Alder told Birch …": speech reported inside another's statement is part of that statement
      const reporter = sp ? [...bySpeaker.values()].find((c) => c.speaker !== sp!.actorId && c.hit.end <= sp!.start && /^\s+(?:[\w'’-]+\s+){0,5}?that\s+[^,;"“”]{0,60}$/i.test(text.slice(c.hit.end, h.start))) : undefined;
      if (reporter && /^(?:said|says|told|tells)$/i.test(h.text)) continue;
      let certainty = sp?.score ?? 0;
      if (!sp) {
        const pron = subjectPronoun(text.slice(clause.start, h.start)) ?? (/[”"]\s*,?\s*(?:he|she)\s+$/i.test(text.slice(0, h.start)) ? 'singular' : null);
        // "… Birch says … . [two lines naming no one] . Yes, he posted …": no one else has come up since
        const nobodySince = (from: number) => [...Array(Math.max(0, s.index - from - 1)).keys()].every((k) => !(personsBySentence.get(from + 1 + k) ?? []).length);
        const prev: { id: string; sentence: number } | null =
          lastSpeaker && s.index - lastSpeaker.sentence <= 2
            ? lastSpeaker
            : lastSubject && (s.index - lastSubject.sentence <= 1 || (s.index - lastSubject.sentence <= 3 && nobodySince(lastSubject.sentence)))
              ? lastSubject
              : null;
        if (pron === 'singular' && prev) {
          sp = { actorId: prev.id, kind: kindOf(prev.id) ?? 'person', start: h.start, end: h.start, score: 0.6, via: 'pronoun', surface: '' };
          certainty = 0.6;
        }
      }
      if (!sp || !['person', 'organization', 'group'].includes(sp.kind)) continue;
      const responds = responseTargets(text, lower, local, h, sp.actorId, clause, kindOf, actors, doc.sentences, s.index, mentionsBySentence);
      // background years ("voted against … in 2024") do not date a remark
      const stDates = relDates.filter((d) => d.precision !== 'year' && !d.future && !(d.range && d.range.from.slice(0, 7) !== d.range.to.slice(0, 7)));
      let dexpr = pickDate(stDates, clause, hitSpan);
      if (!dexpr) dexpr = pickDate(stDates.filter((d) => !d.future && !d.anchor), { start: 0, end: text.length }, hitSpan);
      if (!dexpr) {
        // "X said after Tuesday's meeting" / "spoke after the talks": the day of that happening
        const at = /\b(?:after|following|at|during)\s+((?:the|this|that|[\w’']+['’]s)\s+(?:[\w-]+\s+)?(?:talks|meeting|summit|call|conversation|visit|negotiations))\b/i.exec(text.slice(h.end));
        if (at) dexpr = { docId: doc.id, sentence: s.index, start: h.end + at.index, end: h.end + at.index + at[0].length, text: at[0], value: null, precision: null, reference: `the day of ${at[1]}`, anchor: { offsetDays: 0, ref: at[1] } };
      }
      const existing = bySpeaker.get(sp.actorId);
      if (existing) {
        existing.respondsTo = uniq([...existing.respondsTo, ...responds]);
        if (existing.date.source === 'none' && dexpr) {
          existing.date = resolveChoice(dexpr);
          existing.anchorSpan = dexpr.anchor ? { start: dexpr.start, end: dexpr.end } : null;
        }
        existing.strength = Math.max(existing.strength, h.strength);
        continue;
      }
      const c: Cand = {
        order: cands.length,
        sentence: s.index,
        span: { start: s.start, end: s.end },
        type: 'statement',
        role: 'statement',
        trigger: h.text,
        strength: h.strength,
        participants: [sp.actorId],
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
      lastSpeaker = { id: sp.actorId, sentence: s.index };
    }

    // ---- narrative memory ----
    const firstPerson = local.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start)[0];
    // "Straight afterwards he spoke to Birch": a pronoun subject keeps the person the narrative is about
    const pronSubject = /^(?:[\w’'-]+,?\s+){0,4}?(?:he|she)\s/i.exec(text);
    if (pronSubject && lastSubject && s.index - lastSubject.sentence <= 3 && (!firstPerson || firstPerson.start > pronSubject.index)) {
      lastSubject = { id: lastSubject.id, sentence: s.index };
      pronounChain = s.index;
    } else if (firstPerson) lastSubject = { id: firstPerson.actorId, sentence: s.index };
  }

  const clusters = clusterCands(cands, book, kindOf, actors, published);
  applyWeakDates(clusters);
  resolveAnchors(clusters, published);
  // a guest's visit told by its reception ("received Birch in Avalon") is on the reception's day
  for (const c of clusters) {
    const rec = c.type === 'visit' && !c.date.value ? c.cands.find((x) => x.reception)?.reception : undefined;
    const host = rec ? clusters.find((k) => k.cands.includes(rec)) : undefined;
    if (host?.date.value) c.date = host.date;
  }
  inheritContextDays(clusters, doc, datesBySentence);
  return clusters.map((c) => toDocEvent(c, doc, published, actors)).filter((e): e is WhatDocEvent => e !== null);
}

// ---------------------------------------------------------------- helpers

/** what a sentence tells of a happening beyond its mention: its outcome, length, fate or standing */
const TELLS_OF =
  /\b(?:agreed|agreement|readout|joint\s+statement|communiqu[eé]|ended|ends?\s+(?:with|without|after|in)|resulted|produced|yielded|lasted|ran\s+for|concluded|broke\s+(?:down|up|off)|collapsed|failed|achieved|resumed?|resumes|breakthrough|constructive|productive|cordial|fruitful|postponed|cancell?ed|called\s+off|scrapped|delayed|first\b[^.;?!]{0,60}\bsince)\b/i;
/** a remark told at or after the happening: "X said after the call that …", "told Y during the meeting" */
const REMARK_VERB = /\b(?:said|says|told|tells|stated|announced|wrote|posted|added|statement|confirmed|insisted)\b/i;
const AT_REFERENCE = /\b(?:after|during|at|following)\s+(?:(?:the|this|that|their|[\w’']+['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Whether a sentence mentioning a happening by a reference tells something of it (not a question, not a passing mention). */
function tellsOf(text: string, h: TriggerHit): boolean {
  if (/\?\s*$/.test(text.trim())) return false;
  if (TELLS_OF.test(text)) return true;
  return AT_REFERENCE.test(text.slice(Math.max(0, h.start - 60), h.start)) && REMARK_VERB.test(text);
}
/** "talks on forging a ceasefire", "negotiations about prisoners": a topic, not a day, a phone or an occasion */
const TOPIC_AFTER = /^\s+(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+|a\s+)?(?:(?:tele)?phone|sidelines|margins|fringes?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night|day|\d))/i;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const PAST_TRIGGER = /^(?:spoke|met|held|had|made|talked|phoned|called|visited|arrived|travell?ed|flew|signed|agreed|sat|hosted|welcomed|berated|chatted|rang|dialed|dialled|telephoned|landed|struck|reached|sealed|concluded)\b/i;

/**
 * "Alder spoke by phone with Birch on Friday evening and will host him on Sunday": a bare
 * weekday told of with a past-tense verb is the last such day, even when the sentence
 * also looks ahead (a date resolved to the coming week is moved back seven days).
 */
export function pastWeekday(date: DateChoice, trigger: string, modality: string, published: string): DateChoice {
  // "arrived …, six months after his visit in February": a past happening never lies after publication
  if (!date.future && modality === 'happened' && date.value && date.value.slice(0, 10) > published) return NO_DATE;
  if (!date.future || modality !== 'happened' || !date.value || date.value.length !== 10 || date.source !== 'explicit') return date;
  if (!PAST_TRIGGER.test(trigger.trim()) || !WEEKDAY.test(date.expression ?? '') || /\b(?:next|coming|this)\b/i.test(date.expression ?? '')) return date;
  const back = addDays(date.value, -7);
  const gap = daysBetween(back, published);
  if (gap < 0 || gap > 6) return date;
  return { ...date, value: back, future: false, reference: `${date.reference ?? ''} (past: told with "${trigger.trim()}")`.trim() };
}


function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function toLocal(ms: Mention[], s: Sentence, kindOf: (id: string) => ActorKind | null): LocalMention[] {
  const out: LocalMention[] = [];
  for (const m of ms) {
    const kind = kindOf(m.actorId);
    if (!kind) continue;
    out.push({ actorId: m.actorId, kind, start: m.start - s.start, end: m.end - s.start, score: m.score, via: m.via, surface: m.surface });
  }
  // one mention per span: the best-scored
  out.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: LocalMention[] = [];
  for (const m of out) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept;
}

/**
 * "Cedar, who hosted the talks, said …", "Birch, who had been invited by Alder, did not travel":
 * a verb right after a non-restrictive relative clause has the name the clause hangs on as subject.
 */
export function relativeAntecedent(text: string, local: LocalMention[], clause: Span, at: number, direct = false): LocalMention | null {
  const rel = /^,\s*(?:who|which)\b/i.exec(text.slice(clause.start, clause.end));
  if (!rel || at < clause.start + rel[0].length) return null;
  const inner = text.slice(clause.start + rel[0].length, at);
  const close = inner.lastIndexOf(',');
  const aux = /^[,\s]*(?:(?:also|then|later|however|had|has|have|did|does|do|not|never|didn't|doesn't|\w+ly)\s+)*$/i;
  // "Birch, who called the talks useful, …": the relative pronoun itself is the subject
  if (close < 0 && !(direct && aux.test(inner))) return null;
  if (close >= 0 && !aux.test(inner.slice(close))) return null;
  const ante = local.filter((m) => m.end <= clause.start && /^\s*$/.test(text.slice(m.end, clause.start))).sort((a, b) => b.end - a.end)[0];
  return ante ?? null;
}

/** "Eastlandish" → the country actor of that nation, or null. */
function countryOfAdjective(word: string, actors: Map<string, ActorInfo>): string | null {
  const code = nationCode(word.charAt(0).toUpperCase() + word.slice(1));
  if (!code) return null;
  return [...actors.values()].filter((a) => a.kind === 'country' && a.affiliation === code).sort((a, b) => (a.id < b.id ? -1 : 1))[0]?.id ?? null;
}

/** "the Freedonian and Eastlandish delegations/sides/teams/officials" right before a verb → those countries' actors. */
export function nationGroup(before: string, actors: Map<string, ActorInfo>): string[] {
  const m =
    /\b([A-Za-z.]+)\s+and\s+([A-Za-z.]+)\s+(?:[a-z]+\s+)?(?:delegations|sides|teams|officials|negotiators|governments|diplomats)\s+(?:\w+\s+){0,3}$/i.exec(before) ??
    // "X and Y officials held what one participant described as difficult talks"
    /\b([A-Za-z.]+)\s+and\s+([A-Za-z.]+)\s+(?:[a-z]+\s+)?(?:delegations|sides|teams|officials|negotiators|governments|diplomats)\s+(?:held|had|began|started|opened|resumed)\s+(?:what\s+)?(?:(?!said|says|told|tells)\w+\s+){0,6}$/i.exec(before);
  if (!m) return [];
  const ids: string[] = [];
  for (const w of [m[1], m[2]]) {
    const code = nationCode(w.charAt(0).toUpperCase() + w.slice(1));
    if (!code) return [];
    const country = [...actors.values()].filter((a) => a.kind === 'country' && a.affiliation === code).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (!country) return [];
    ids.push(country.id);
  }
  return uniq(ids).length === 2 ? uniq(ids) : [];
}

/** People of the nearest earlier sentence (≤ 2 back) that names at least two. */
function previousPair(bySentence: Map<number, string[]>, index: number): string[] {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const p = bySentence.get(i) ?? [];
    if (p.length >= 2) return p;
  }
  return [];
}

function pickPlace(
  text: string,
  places: (PlaceMention & { start: number; end: number })[],
  clause: Span,
  hit: Span,
  book: PlaceBook,
  afterOnly: boolean,
  maxDistance = 100,
): string | null {
  const ok = places.filter((p) => {
    if (p.start < clause.start || p.start >= clause.end) return false;
    if (afterOnly && p.start < hit.start) return false;
    if (Math.min(Math.abs(p.start - hit.end), Math.abs(hit.start - p.end)) > maxDistance) return false;
    const before = text.slice(Math.max(0, p.start - 30), p.start);
    const attributive = p.end <= hit.start && /^\s*(?:[’']s\s+)?$/.test(text.slice(p.end, hit.start));
    // "in the Freedonian capital, Avalon": an apposition to another place
    const apposition = /,\s*$/.test(before) && places.some((o) => o !== p && o.end <= p.start && /^\s*,\s*$/.test(text.slice(o.end, p.start)));
    return LOCATIVE_BEFORE.test(before) || attributive || apposition;
  });
  if (!ok.length) return null;
  ok.sort((a, b) => specificity(b.kind) - specificity(a.kind) || Math.abs(a.start - hit.end) - Math.abs(b.start - hit.end));
  return placeLabel(book, ok[0].place);
}

/** "X said after Tuesday's meeting" / "X spoke after the talks": X took part. */
function saidAtReference(
  text: string,
  lower: string,
  local: LocalMention[],
  h: TriggerHit,
  lastSubject: { id: string; sentence: number } | null,
  sentence: number,
): { id: string; score: number } | null {
  const before = lower.slice(Math.max(0, h.start - 60), h.start);
  if (!/\b(?:said|spoke|speaking|stated|told\s+reporters)\s+(?:shortly\s+|just\s+|right\s+)?(?:after|at|during|following)\s+(?:the\s+|this\s+|that\s+|[\w’'-]+['’]s\s+)?(?:[\w-]+\s+)?$/.test(before)) return null;
  const verbAt = h.start - (before.length - before.search(/\b(?:said|spoke|speaking|stated|told)\b(?![\s\S]*\b(?:said|spoke|speaking|stated|told)\b)/));
  const subj = local.filter((m) => m.kind === 'person' && m.end <= verbAt).sort((a, b) => b.end - a.end)[0];
  // "Elm, the head of the delegation, told reporters after the talks": the name before an apposition
  if (subj && (verbAt - subj.end <= 12 || /^\s*,[^,;.]{1,80},\s*$/.test(text.slice(subj.end, verbAt)))) return { id: subj.actorId, score: subj.score };
  if (/\b(?:he|she)\s+$/.test(lower.slice(0, verbAt)) && lastSubject && sentence - lastSubject.sentence <= 1) return { id: lastSubject.id, score: 0.6 };
  return null;
}

const PROPOSAL = /\b(?:plan|plans|proposal|proposals|proposed|offer|offered|demand|demands|demanded|idea|suggestion|initiative|ultimatum)\b/i;

/** Whom a statement answers: the actor after an answering verb, else the author of a recent proposal. */
function responseTargets(
  text: string,
  lower: string,
  local: LocalMention[],
  h: TriggerHit,
  speaker: string,
  clause: Span,
  kindOf: (id: string) => ActorKind | null,
  actors: Map<string, ActorInfo>,
  sentences: Sentence[],
  index: number,
  mentionsBySentence: Map<number, Mention[]>,
): string[] {
  const own = actors.get(speaker)?.affiliation ?? null;
  const valid = (id: string) => {
    if (id === speaker) return false;
    const k = kindOf(id);
    if (!k || k === 'group') return false;
    if (k === 'country' && own && actors.get(id)?.affiliation === own) return false;
    return true;
  };
  if (!h.rule.responds) {
    // "said Freedonia had given a firm response to Eastland's aggression": the remark answers the one named after "response to"
    const re = /\b(?:response|reply|retaliation|answer)["”’']?\s+to\s+(?:the\s+)?$/i;
    const target = local.find((m) => m.start >= h.end && m.start < clause.end + 80 && valid(m.actorId) && re.test(text.slice(Math.max(h.end, m.start - 40), m.start)));
    return target ? [target.actorId] : [];
  }
  const after = local.filter((m) => m.start >= h.end && m.start < clause.end + 80 && valid(m.actorId)).sort((a, b) => a.start - b.start);
  const firstAfter = after[0];
  if (firstAfter && firstAfter.start - h.end <= 60 && !/[.;]/.test(text.slice(h.end, firstAfter.start))) return [firstAfter.actorId];
  if (/^(?:rejected|rejects|dismissed|dismisses|responded|responds|replied|hit\s+back)$|response|reply/i.test(h.text)) {
    for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
      const s = sentences[i]?.index === i ? sentences[i] : sentences.find((x) => x.index === i);
      if (!s || !PROPOSAL.test(s.text)) continue;
      const ms = (mentionsBySentence.get(i) ?? []).filter((m) => valid(m.actorId)).sort((a, b) => a.start - b.start);
      if (ms.length) return [ms[0].actorId];
    }
  }
  return [];
}

// ---------------------------------------------------------------- clustering

function personsOf(ids: string[], kindOf: (id: string) => ActorKind | null): string[] {
  return ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
}

function overlap(a: string[], b: string[], kindOf: (id: string) => ActorKind | null, actors: Map<string, ActorInfo>): number {
  const pa = personsOf(a, kindOf);
  const pb = personsOf(b, kindOf);
  if (pa.length && pb.length) return pa.filter((x) => pb.includes(x)).length;
  // countries/organisations vs people: a country stands for its people
  const aff = (ids: string[]) => new Set(ids.map((id) => actors.get(id)?.affiliation ?? id));
  const fa = aff(a);
  const fb = aff(b);
  let n = 0;
  for (const x of fa) if (fb.has(x)) n++;
  return n >= 2 || (n >= 1 && (fa.size === 1 || fb.size === 1)) ? n : 0;
}

function betterDate(d: DateChoice, best: DateChoice): boolean {
  return DATE_RANK[d.source] > DATE_RANK[best.source] || (d.source === best.source && (d.value?.length ?? 0) > (best.value?.length ?? 0));
}

function newCluster(type: EventType): Cluster {
  return { type, cands: [], participants: [], main: [], first: Infinity, last: -Infinity, date: NO_DATE, place: null, placeRank: 0, statuses: new Set(), words: new Set(), eventSentences: new Map(), sentences: new Set() };
}

function recomputeDate(c: Cluster): void {
  let best: DateChoice = NO_DATE;
  for (const x of c.cands) if (x.role !== 'join' && betterDate(x.date, best)) best = x.date;
  c.date = best;
}

function clusterDate(c: Cluster): DateChoice {
  return c.date;
}

function clusterPlace(c: Cluster): string | null {
  return c.place;
}

function clusterStatusClass(c: Cluster): ReturnType<typeof statusClass> {
  return statusClass(combineStatus([...c.statuses]));
}

const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, '').replace(/(?:ings|ing|s)$/, '');

function addCand(c: Cluster, x: Cand, kindOf?: (id: string) => ActorKind | null): void {
  c.cands.push(x);
  c.first = Math.min(c.first, x.sentence);
  c.last = Math.max(c.last, x.sentence);
  c.statuses.add(x.status);
  if (x.role !== 'join') {
    c.words.add(stem(x.trigger));
    if (betterDate(x.date, c.date)) c.date = x.date;
  }
  if (x.role !== 'ref' && !c.eventSentences.has(x.sentence)) c.eventSentences.set(x.sentence, x.order);
  c.sentences.add(x.sentence);
  if (x.place && (!c.place || x.placeRank > c.placeRank)) {
    c.place = x.place;
    c.placeRank = x.placeRank;
  }
  for (const p of x.participants) if (!c.participants.includes(p)) c.participants.push(p);
  // people stand for their countries; a lone person with a country ("X met Eastlandish officials") keeps it as the other side
  if (kindOf && c.type !== 'statement' && c.participants.filter((p) => PERSONISH.includes(kindOf(p) ?? 'country')).length >= (x.role === 'event' && x.status === 'denied' ? 2 : 1))
    c.participants = c.participants.filter((p) => PERSONISH.includes(kindOf(p) ?? 'country'));
  if (c.main.length < 2 && x.role !== 'join') for (const p of x.participants) if (c.main.length < 2 && !c.main.includes(p)) c.main.push(p);
}

/** How far back (in clusters) a new mention looks for its happening: documents are short, but must not be quadratic when huge. */
const LOOKBACK = 300;

function clusterCands(cands: Cand[], book: PlaceBook, kindOf: (id: string) => ActorKind | null, actors: Map<string, ActorInfo>, published: string): Cluster[] {
  const clusters: Cluster[] = [];
  const statementClusters: Cluster[] = [];

  // pass 1: events and statements
  for (const x of cands) {
    if (x.role === 'statement') {
      // the same speaker again, with no other speaker in between and not far: one statement
      let prev: Cluster | null = null;
      for (let i = statementClusters.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
        const c = statementClusters[i];
        if (c.cands[0].speaker !== x.speaker) {
          // an undated remark of a speaker already quoted just before belongs to that statement
          if (x.date.source === 'none') continue;
          break;
        }
        // a written remark ("wrote on social media") in another paragraph than a spoken one is another statement
        // … and so is a verdict on a happening ("described the talks as …") told apart from what was said
        const manner = (k: Cand) => (/^(?:wrote|writes|posted|tweeted)$/i.test(k.trigger) ? 'written' : /^described\b/i.test(k.trigger) ? 'verdict' : 'speech');
        if (x.para !== undefined && c.cands.every((k) => k.para !== x.para)) {
          if (x.live) break;
          // an earlier statement of the speaker told in the same manner may still be the one
          // (a present-tense lead, "Alder says …", sums up what is told after it: still one)
          if (!x.date.value && c.cands.every((k) => manner(k) !== manner(x) && !/^(?:says|tells|insists|adds|writes|warns)$/i.test(k.trigger))) continue;
        }
        if (x.sentence - c.last <= (x.date.source === 'none' ? 12 : 8) && datesCompatible(clusterDate(c), x.date)) prev = c;
        break;
      }
      if (prev) addCand(prev, x, kindOf);
      else {
        const fresh = newCluster('statement');
        addCand(fresh, x, kindOf);
        clusters.push(fresh);
        statementClusters.push(fresh);
      }
      continue;
    }
    if (x.role !== 'event' || !x.type) continue;
    let target: Cluster | null = null;
    for (let i = clusters.length - 1; i >= Math.max(0, x.topical ? clusters.length : clusters.length - LOOKBACK); i--) {
      const c = clusters[i];
      if (c.type !== x.type) continue;
      if (x.split && c.cands.some((k) => k.split === x.split)) continue;
      if (x.sequel && x.participants.some((p) => !c.participants.includes(p))) continue;
      // "Alder met Birch … Birch, who held talks with Cedar on Tuesday": two pairs, two meetings
      if ((x.type === 'meeting' || x.type === 'call') && x.participants.length === 2 && c.main.length === 2 && c.participants.length === 2 && x.participants.filter((p) => c.main.includes(p)).length === 1 && x.date.value !== clusterDate(c).value) continue;
      let shared = overlap(c.participants, x.participants, kindOf, actors);
      // "Kazakhstan and Uzbekistan signed an agreement … The accord was signed by A and B": the same signing
      if (!shared && x.type === 'agreement' && x.sentence - c.last <= 2) {
        const people = (ids: string[]) => ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
        const [pc, px] = [people(c.participants), people(x.participants)];
        if ((pc.length === 0) !== (px.length === 0)) shared = 1;
      }
      if (!shared) continue;
      const cls = clusterStatusClass(c);
      const xcls = statusClass(x.status);
      const plainPlan = (s: Cluster | Cand) => ('cands' in s ? s.cands.every((k) => !k.date.future && k.date.source !== 'explicit') : !s.date.future && s.date.source !== 'explicit');
      if (cls !== xcls && !(shared >= 2 && ((xcls === 'plan' && plainPlan(x) && x.status !== 'cancelled') || (cls === 'plan' && plainPlan(c) && !c.statuses.has('cancelled'))) && cls !== 'denied' && xcls !== 'denied')) continue;
      if (!datesCompatible(clusterDate(c), x.date)) continue;
      if (!placesCompatible(book, clusterPlace(c), x.place)) continue;
      target = c;
      break;
    }
    if (target) addCand(target, x, kindOf);
    else {
      const fresh = newCluster(x.type);
      addCand(fresh, x, kindOf);
      clusters.push(fresh);
    }
  }
  for (const c of clusters) if (c.main.length < 2) c.main = uniq([...c.main, ...c.participants]).slice(0, 2);

  // the happening of the news day is what "the talks" of a report mean, other things equal
  const salience = (c: Cluster) => c.cands.length + c.participants.length + (c.date.value && c.date.value.length === 10 && Math.abs(daysBetween(c.date.value, published)) <= 1 ? 2 : 0);
  const sameWord = (c: Cluster, x: Cand) => (c.words.has(stem(x.trigger)) ? 1 : 0);
  const compatible = (c: Cluster, x: Cand, types: EventType[]) =>
    types.includes(c.type) &&
    datesCompatible(clusterDate(c), x.date) &&
    placesCompatible(book, clusterPlace(c), x.place) &&
    (statusClass(x.status) === clusterStatusClass(c) || x.status === 'planned' || (x.status === 'cancelled' && clusterStatusClass(c) !== 'real'));
  const happenings = () => clusters.filter((c) => c.type !== 'statement');
  /** clusters near a sentence, plus the most salient ones: bounded work per mention */
  const nearOrSalient = (pool: Cluster[], top: Cluster[], sentence: number) => {
    const near = pool.filter((c) => c.first - 60 <= sentence && sentence <= c.last + 60);
    for (const t of top) if (!near.includes(t)) near.push(t);
    return near;
  };
  const hasEventNear = (c: Cluster, sentence: number, back: number, fwd: number, any = false) => {
    for (let k = sentence - back; k <= sentence + fwd; k++) if ((any ? c.sentences : c.eventSentences).has(k)) return true;
    return false;
  };

  // pass 2: joins add people to the nearest earlier meeting (same sentence or ≤ 3 back)
  {
    const all = happenings();
    const top = [...all].sort((a, b) => salience(b) - salience(a)).slice(0, 10);
    for (const x of cands.filter((k) => k.role === 'join')) {
      const pool = nearOrSalient(all, top, x.sentence).filter((c) => compatible(c, { ...x, status: 'happened', date: NO_DATE }, ['meeting']));
      // "the delegation also included …": the delegations' talks told a few sentences before
      const reach = /\b(?:delegation|team|side)\b/i.test(x.trigger) ? 8 : 3;
      const near = pool.filter((c) => c.first <= x.sentence && x.sentence - c.last <= reach).sort((a, b) => b.last - a.last || salience(b) - salience(a));
      let target: Cluster | undefined = near[0];
      // a lone name joining "the talks" far from them: the talks that person already takes part in, else the main talks
      if (!target && x.participants.length < 2)
        target = [...pool].sort(
          (a, b) =>
            Number(x.participants.some((p) => b.participants.includes(p))) - Number(x.participants.some((p) => a.participants.includes(p))) ||
            salience(b) - salience(a) ||
            a.first - b.first,
        )[0];
      if (target) addCand(target, x, kindOf);
      else if (x.participants.length >= 2) {
        const fresh = newCluster('meeting');
        addCand(fresh, { ...x, role: 'event' }, kindOf);
        clusters.push(fresh);
        all.push(fresh);
      }
    }
  }

  // pass 3: references attach to a same-sentence event, else to the most salient compatible one
  {
    const all = happenings();
    const top = [...all].sort((a, b) => salience(b) - salience(a)).slice(0, 10);
    for (const x of cands.filter((k) => k.role === 'ref')) {
      const types: EventType[] = x.type ? [x.type] : ['meeting', 'call'];
      let pool = nearOrSalient(all, top, x.sentence).filter(
        (c) =>
          compatible(c, x, types) &&
          (!x.place || !!clusterPlace(c) || hasEventNear(c, x.sentence, 2, 2, true)) &&
          (!x.inAnchor || c.first < x.sentence) &&
          // a reference told before its happening belongs to it only when placed or dated alike, or told just before it ("… talks in Avalon on Tuesday. The delegation, led by …, met …")
          !((x.date.value || x.place) && x.sentence < c.first - (x.weakDate || x.place ? 1 : 0) && !clusterPlace(c) && !clusterDate(c).value),
      );
      // a bare definite reference ("the talks") points back: to a happening told of before it, when there is one, never to one the text introduces later
      if (!x.date.value && !x.place && !x.weakDate && pool.some((c) => c.first <= x.sentence)) pool = pool.filter((c) => c.first <= x.sentence);
      const same = pool.filter((c) => {
        const o = c.eventSentences.get(x.sentence);
        return o !== undefined && o < x.order;
      });
      const recent = x.status !== 'happened' ? pool.filter((c) => hasEventNear(c, x.sentence, 2, 0)).sort((a, b) => b.last - a.last) : [];
      // "X said Y … during their talks": the happening of the two people the sentence names
      const named = x.named && x.named.length >= 2 ? pool.filter((c) => c.participants.filter((p) => x.named!.includes(p)).length >= 2) : [];
      const target =
        same.sort((a, b) => (b.eventSentences.get(x.sentence) ?? 0) - (a.eventSentences.get(x.sentence) ?? 0))[0] ??
        recent[0] ??
        (named.length === 1 ? named[0] : undefined) ??
        [...pool].sort((a, b) => salience(b) - salience(a) || sameWord(b, x) - sameWord(a, x) || Math.abs(a.first - x.sentence) - Math.abs(b.first - x.sentence))[0];
      // "Cedar spoke after the talks" of talks told of before: the speaker took part only if already known to, or said to
      // ("the head of the delegation, X, told reporters after the meeting"); an adjunct that first tells of the happening keeps its speaker
      if (target && x.adjunct && target.first <= x.sentence && personsOf(target.participants, kindOf).length && !x.participants.some((p) => target.participants.includes(p)) && !x.tookPart)
        addCand(target, { ...x, participants: [] }, kindOf);
      else if (target) addCand(target, x, kindOf);
      else if (x.type && !x.passing && (x.date.source === 'explicit' || x.date.source === 'anchored') && (x.participants.length || (x.place && /summit|conference|meeting|gathering/i.test(x.trigger)))) {
        const fresh = newCluster(x.type);
        addCand(fresh, x, kindOf);
        fresh.main = x.participants.slice(0, 2);
        clusters.push(fresh);
        all.push(fresh);
      }
    }
  }
  return clusters;
}

/**
 * Anchored dates, after clustering: "three days before the talks" → the day of
 * the happening named inside the expression (its words are a reference hit),
 * else the nearest earlier happening of that kind; "a day earlier" → the
 * nearest earlier dated happening. A few rounds settle chains of anchors.
 */
function resolveAnchors(clusters: Cluster[], published?: string): void {
  const clusterOfCand = new Map<Cand, Cluster>();
  for (const c of clusters) for (const x of c.cands) clusterOfCand.set(x, c);
  const all = [...clusterOfCand.keys()].sort((a, b) => a.order - b.order);
  const indexOf = new Map(all.map((x, i) => [x, i]));
  const bySentence = new Map<number, Cand[]>();
  for (const x of all) bySentence.set(x.sentence, [...(bySentence.get(x.sentence) ?? []), x]);
  // an anchor needs a stated day: a day estimated from "last week" is no base for "three days before"
  const dayOf = (c: Cluster) => {
    const d = clusterDate(c);
    return d.value && d.value.length === 10 && d.source !== 'range' ? d.value : null;
  };
  const nearestEarlier = (x: Cand, c: Cluster, ok: (y: Cand, yc: Cluster) => boolean): Cluster | null => {
    for (let i = (indexOf.get(x) ?? 0) - 1, n = 0; i >= 0 && n < 2000; i--, n++) {
      const y = all[i];
      const yc = clusterOfCand.get(y)!;
      if (yc !== c && ok(y, yc) && dayOf(yc)) return yc;
    }
    return null;
  };
  const anchored = all.filter((x) => x.date.anchor && !x.date.value);
  for (let round = 0; round < 3; round++) {
    for (const x of anchored) {
      const d = x.date;
      if (!d.anchor || d.value) continue;
      const c = clusterOfCand.get(x)!;
      let target: Cluster | null = null;
      if (d.anchor.ref) {
        const type = typeOfReference(d.anchor.ref);
        const span = x.anchorSpan;
        const inside = span ? (bySentence.get(x.sentence) ?? []).find((y) => y !== x && y.hit.start >= span.start && y.hit.start < span.end && clusterOfCand.get(y) !== c) : undefined;
        target = inside ? clusterOfCand.get(inside)! : null;
        if (!target || !dayOf(target)) target = nearestEarlier(x, c, (_y, yc) => !type || yc.type === type);
        if (!target) {
          const pool = clusters.filter((o) => o !== c && (!type || o.type === type) && dayOf(o));
          pool.sort((a, b) => b.cands.length + b.participants.length - (a.cands.length + a.participants.length));
          target = pool[0] ?? null;
        }
      } else {
        target = nearestEarlier(x, c, (y) => y.sentence <= x.sentence);
      }
      const base = target ? dayOf(target) : null;
      if (!base) continue;
      // an anchor that would put a past happening after publication is misread ("six months after his visit in February")
      if (published && statusClass(x.status) === 'real' && addDays(base, d.anchor.offsetDays) > published) continue;
      x.date = { ...d, value: addDays(base, d.anchor.offsetDays), precision: 'day', reference: `${d.anchor.offsetDays >= 0 ? '+' : ''}${d.anchor.offsetDays} day(s) from the ${target!.type} of ${base}` };
      recomputeDate(c);
    }
  }
}

/** A happening left without a day takes the day its references were told with ("talks with X in Avalon on Tuesday"). */
function applyWeakDates(clusters: Cluster[]): void {
  for (const c of clusters) {
    if (c.date.value || c.type === 'statement' || clusterStatusClass(c) !== 'real') continue;
    const weak = [...c.cands].sort((a, b) => a.order - b.order).find((x) => x.weakDate)?.weakDate;
    if (weak) c.date = { ...weak, source: 'anchored' };
  }
}

/**
 * A remark or a trip reported without a day ("Alder accused him of …", "Birch had
 * travelled to Avalon to sign …") belongs to the day the narrative is telling of: the day of the nearest earlier happening or
 * remark of the same paragraph (up to three sentences back, or in its own sentence).
 */
function inheritContextDays(clusters: Cluster[], doc: SentencedDoc, datesBySentence?: Map<number, DateExpr[]>): void {
  const clusterOf = new Map<Cand, Cluster>();
  for (const c of clusters) for (const x of c.cands) clusterOf.set(x, c);
  const all = [...clusterOf.keys()].sort((a, b) => a.order - b.order);
  const paragraphOf: number[] = [];
  let para = 0;
  doc.sentences.forEach((s, i) => {
    if (i > 0 && /\n\s*\n/.test(doc.body.slice(doc.sentences[i - 1].end, s.start))) para++;
    paragraphOf[s.index] = para;
  });
  const dayOf = (c: Cluster) => {
    const d = c.date;
    return d.value && d.value.length === 10 && (d.source === 'explicit' || d.source === 'anchored') && !d.future && clusterStatusClass(c) !== 'plan' ? d : null;
  };
  for (const c of [...clusters].sort((a, b) => a.first - b.first || a.cands[0].order - b.cands[0].order)) {
    if (c.type === 'agreement' || c.date.value || clusterStatusClass(c) === 'plan') continue;
    const x = c.cands[0];
    // a remark or a trip goes on with the paragraph's day; a call or a meeting only with its own or the previous sentence's
    const reach = c.type === 'statement' || c.type === 'visit' ? 3 : 1;
    let best: DateChoice | null = null;
    for (const y of all) {
      if (y === x || y.sentence > x.sentence || x.sentence - y.sentence > reach || paragraphOf[y.sentence] !== paragraphOf[x.sentence]) continue;
      const yc = clusterOf.get(y)!;
      if (yc === c) continue;
      const d = dayOf(yc);
      if (d) best = d;
    }
    const opensParagraph = x.sentence === 0 || paragraphOf[x.sentence - 1] !== paragraphOf[x.sentence];
    if (!best && (reach > 1 || opensParagraph)) {
      // a paragraph without a day of its own goes on with the happening just told before it
      for (const y of all) {
        if (y === x || y.sentence >= x.sentence || x.sentence - y.sentence > 3) continue;
        const yc = clusterOf.get(y)!;
        if (yc === c || (yc.type === 'statement' && reach > 1)) continue;
        const d = dayOf(yc);
        if (d) best = d;
      }
      if (best && all.some((y) => y.sentence < x.sentence && y.sentence > Math.max(...all.filter((z) => clusterOf.get(z)!.date === best).map((z) => z.sentence)) && clusterOf.get(y)!.date.value)) best = null;
    }
    if (c.type === 'statement' && x.sentence > 0 && paragraphOf[x.sentence - 1] === paragraphOf[x.sentence] && datesBySentence && !all.some((y) => y.sentence === x.sentence - 1 && clusterOf.get(y) !== c && dayOf(clusterOf.get(y)!))) {
      // "Also on Wednesday, Alder signed an order … Birch called the move unfair": the day that opens the sentence before
      const prevSentence = doc.sentences[x.sentence - 1];
      const opener = (datesBySentence.get(x.sentence - 1) ?? []).find((d) => d.value && d.value.length === 10 && d.precision === 'day' && !d.future && !d.anchor && d.start - prevSentence.start <= 25);
      if (opener) best = choiceFromExpr(opener);
    }
    if (best) {
      c.date = { ...best, source: 'anchored', expression: null, reference: `the day of the narrative (${best.value})`, anchor: null };
    }
  }
}

function toDocEvent(c: Cluster, doc: SentencedDoc, published: string, actors: Map<string, ActorInfo>): WhatDocEvent | null {
  const participants = uniq(c.participants).filter((id) => actors.has(id));
  if (c.type === 'statement' && !participants.length) return null;
  if (!participants.length && !clusterPlace(c)) return null;
  if ((c.type === 'agreement' || c.type === 'call') && !participants.length) return null;
  // an agreement takes two parties
  if (c.type === 'agreement' && participants.length < 2 && !(participants.length === 1 && actors.get(participants[0])?.kind === 'organization' && c.cands.some((x) => /^(?:adopt|endorse)/i.test(x.trigger)))) return null;
  if (c.type === 'visit' && !clusterPlace(c)) return null;
  let date = clusterDate(c);
  const status = combineStatus(c.cands.map((x) => x.status));
  // a live blog (entries stamped "14:10 CEST"): what it reports without a day happened on its day
  if (!date.value && statusClass(status) === 'real' && (doc.body.match(LIVE_STAMP) ?? []).length >= 2) {
    date = { ...NO_DATE, value: published, precision: 'day', expression: null, reference: `published ${published} (live entries)`, source: 'published' };
  }
  if (!date.value && c.cands.some((x) => x.ongoing)) {
    date = { ...NO_DATE, value: published, precision: 'day', expression: null, reference: `published ${published}`, source: 'published' };
  }
  if (!date.value && c.type === 'statement') {
    // reported without a day: around publication (the month it was published)
    date = { ...NO_DATE, value: published.slice(0, 7), precision: 'month', expression: null, reference: `published ${published}`, source: 'published' };
  }
  const location = clusterPlace(c);
  const main = c.main.filter((id) => participants.includes(id));
  const ordered = uniq([...main, ...participants]);
  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  const respondsTo = uniq(c.cands.flatMap((x) => x.respondsTo)).filter((id) => actors.has(id)).sort();
  // the sentences that report the happening: its triggers, and references that tell something of it (people, place, day, outcome),
  // not every passing mention of "the talks" in commentary
  const reporting = c.type === 'statement' ? c.cands : c.cands.filter((x) => x.role !== 'ref' || informs(x));
  const evidence = uniq((reporting.length ? reporting : c.cands.slice(0, 1)).map((x) => `${x.span.start}:${x.span.end}`))
    .map((k) => {
      const [start, end] = k.split(':').map(Number);
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  const strongest = [...c.cands].sort((a, b) => b.strength - a.strength || a.order - b.order)[0];
  const certainty = Math.min(1, c.cands.reduce((m, x) => (x.participants.length ? Math.max(m, x.certainty) : m), 0));
  const title = eventTitle({
    type: c.type,
    status,
    names: ordered.map(nameOf),
    location,
    respondsTo: respondsTo.map(nameOf),
    gist: c.cands.find((x) => x.gist)?.gist ?? null,
  });
  return {
    docId: doc.id,
    type: c.type,
    status,
    title,
    date: date.value,
    dateInfo: dateInfoOf(date),
    location,
    participants: ordered,
    respondsTo,
    evidence,
    trigger: strongest.trigger,
    triggerStrength: strongest.strength,
    dateSource: date.value ? date.source : 'none',
    dateRange: date.range,
    participantCertainty: certainty,
    mainParticipants: main.length ? main : ordered.slice(0, 2),
    docKind: doc.meta.kind,
    published,
    speaker: c.type === 'statement' ? (c.cands[0].speaker ?? null) : null,
    ...(c.cands.some((x) => x.sequel) ? { sequel: true } : {}),
  };
}

export type { DocEvent };


/** A reference that adds to what is known of its happening: who, where, which day, how it went. */
function informs(x: Cand): boolean {
  if (x.participants.length || x.place || x.outcome || x.weakDate) return true;
  return !!x.date.value && (x.date.source === 'explicit' || x.date.source === 'anchored');
}

/** The published date information: an estimated day of a stated week says so ("week", with its span). */
function dateInfoOf(date: DateChoice): DocEvent['dateInfo'] {
  const estimated = date.value !== null && date.source === 'range' && date.value.length === 10 && date.range !== null;
  return {
    expression: date.expression,
    reference: date.reference,
    precision: date.value ? (estimated ? 'week' : date.precision) : null,
    range: estimated ? date.range : null,
  };
}
