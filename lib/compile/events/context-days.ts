/** Date pass (after clustering): undated remarks and trips take the day the narrative is telling of. */
import type { ActorInfo, DateExpr, SentencedDoc } from '../types';
import { addDays, choiceFromExpr, daysBetween, type DateChoice } from '../what/anchors';
import type { Cand, Cluster } from './cand';
import { clusterStatusClass } from './cluster';
import { DATE_ROWS } from '../lang/en-dates';
import { agreementsOnLeadDay, agreementsOnReferenceDay, dateAgreements } from './agreement-days';
import { dropUndatedPlannedAgreements } from './planned-agreements';
import { dayBefore, referenceDay, referenceLabel, type ReferenceDay } from '../reference-day';
import { isLiveBlog } from './context';
import { tagSentence } from '../text/pos';
import { dayInPlaceZone, weekdayTodayThere } from './zone-days';
import type { Zone } from '../zones';

/**
 * A remark or a trip reported without a day ("Alder accused him of …", "Birch had
 * travelled to Avalon to sign …") belongs to the day the narrative is telling of: the day of the nearest earlier happening or
 * remark of the same paragraph (up to three sentences back, or in its own sentence).
 */
export function inheritContextDays(clusters: Cluster[], doc: SentencedDoc, datesBySentence?: Map<number, DateExpr[]>, actors?: Map<string, ActorInfo>, countryOf?: (place: string) => string | null, zones?: Map<string, Zone>): void {
  const clusterOf = new Map<Cand, Cluster>();
  for (const c of clusters) for (const x of c.cands) clusterOf.set(x, c);
  const all = [...clusterOf.keys()].sort((a, b) => a.order - b.order);
  const paragraphOf: number[] = [];
  let para = 0;
  doc.sentences.forEach((s, i) => {
    // a blank line, or a line set aside between two sentences (a subheading, a caption): a new paragraph
    if (i > 0 && DATE_ROWS.sectionBreak.pattern.test(doc.body.slice(doc.sentences[i - 1].end, s.start))) para++;
    paragraphOf[s.index] = para;
  });
  const dayOf = (c: Cluster) => {
    const d = c.date;
    return d.value && d.value.length === 10 && (d.source === 'explicit' || d.source === 'anchored') && !d.future && clusterStatusClass(c) !== 'plan' ? d : null;
  };
  const ref = referenceDay(doc);
  // a day told with a time of day in the writer's zone is the place's day (zone-days.ts), before anything inherits it
  dayInPlaceZone(clusters, doc, datesBySentence, ref, countryOf, zones);
  dayToldInNextSentence(clusters, doc, paragraphOf, datesBySentence, actors);
  anchoredToDayToldBefore(clusters, doc, datesBySentence);
  leadDayForHappenings(clusters, doc, datesBySentence, actors);
  // the lead's bare weekday that is already the next day where it happened (zone-days.ts), as for a day of the clause
  if (countryOf && zones) weekdayTodayThere(clusters, doc, ref, countryOf, zones, 'anchored', DATE_ROWS.leadDayTodayThere.id);
  dateAgreements(clusters, doc.meta.published, datesBySentence, dayOf, actors);
  const inherited = new Set<Cluster>();
  for (const c of [...clusters].sort((a, b) => a.first - b.first || a.cands[0].order - b.cands[0].order)) {
    if (c.date.value || clusterStatusClass(c) === 'plan') continue;
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
    let otherParty = false;
    if (!best && (reach > 1 || opensParagraph)) {
      // a paragraph without a day of its own goes on with the happening just told before it; a remark only with a day
      // the text states for it, not one that happening itself inherited from further back
      for (const y of all) {
        if (y === x || y.sentence >= x.sentence || x.sentence - y.sentence > 3) continue;
        const yc = clusterOf.get(y)!;
        if (yc === c || (yc.type === 'statement' && reach > 1)) continue;
        // a remark whose own paragraph gives it no day does not go on with a happening of an earlier paragraph that its
        // speaker took no part in ("Alder met Birch in Avalon on Monday. ¶ “That never happened,” Cedar told
        // parliament"): that is another happening's day (narrative-day-not-the-speakers)
        if (c.type === 'statement' && !yc.participants.some((p) => c.participants.includes(p))) {
          if (dayOf(yc)) otherParty = true;
          continue;
        }
        const d = dayOf(yc);
        if (d && (reach === 1 || !inherited.has(yc))) best = d;
      }
      if (best && all.some((y) => y.sentence < x.sentence && y.sentence > Math.max(...all.filter((z) => clusterOf.get(z)!.date === best).map((z) => z.sentence)) && clusterOf.get(y)!.date.value)) best = null;
      if (!best && otherParty) (c.why ??= []).push({ stage: 'date', rule: 'narrative-day-not-the-speakers' });
    }
    if (c.type === 'statement' && x.sentence > 0 && paragraphOf[x.sentence - 1] === paragraphOf[x.sentence] && datesBySentence && !all.some((y) => y.sentence === x.sentence - 1 && clusterOf.get(y) !== c && dayOf(clusterOf.get(y)!))) {
      // "Also on Wednesday, Alder signed an order … Birch called the move unfair": the day that opens the sentence before
      const prevSentence = doc.sentences[x.sentence - 1];
      const opener = (datesBySentence.get(x.sentence - 1) ?? []).find((d) => d.value && d.value.length === 10 && d.precision === 'day' && !d.future && !d.anchor && d.start - prevSentence.start <= 25);
      if (opener) {
        best = choiceFromExpr(opener);
        (c.why ??= []).push({ stage: 'date', rule: 'day-opening-previous-sentence' });
      }
    }
    if (best) {
      inherited.add(c);
      c.date = { ...best, source: 'anchored', expression: null, reference: `the day of the narrative (${best.value})`, anchor: null };
      if (!c.why?.some((w) => w.rule === 'day-opening-previous-sentence')) (c.why ??= []).push({ stage: 'date', rule: 'day-of-the-narrative' });
    }
  }
  dayOfSpeakerInPreviousSentence(clusters, doc, paragraphOf, datesBySentence, actors);
  // the lead's day, read once (before the remarks take it) for the remarks and the agreements left undated
  let leadDay: LeadDay | null | undefined;
  const lead = () => (leadDay === undefined ? (leadDay = articleLeadDay(clusters, doc, dayOf, inherited, ref, datesBySentence)) : leadDay);
  leadDayForRemarks(clusters, doc, dayOf, inherited, ref, datesBySentence, lead);
  agreementsOnLeadDay(clusters, doc, lead, actors);
  referenceDayForRemarks(clusters, doc, ref);
  justHappenedOnReferenceDay(clusters, doc, ref);
  referenceDayForHappenings(clusters, doc, ref);
  agreementsOnReferenceDay(clusters, doc, ref);
  visitStartFromItsEnd(clusters, doc, datesBySentence);
  // and a remark's day read from the sentence before or the lead, told by the same bare weekday
  if (countryOf && zones) weekdayTodayThere(clusters, doc, ref, countryOf, zones, 'anchored', DATE_ROWS.leadDayTodayThere.id);
  dropUndatedPlannedAgreements(clusters);
}

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven'];
const VISIT_DAYS_ALL = new RegExp(DATE_ROWS.visitDays.pattern.source, 'gi');
const daysOf = (w: string) => (/^\d$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()) + 2);

/**
 * `visit-start-from-its-end`: a visit dated by a sentence that tells its end ("Birch has wrapped up a two-day trip to
 * Avalon", "At the end of his visit, Birch spoke in Nordvik on May 7") is dated by its LAST day; a visit is dated by its
 * first. When the sentence or the document says how many days it lasts ("three-day state visit", one such count in the
 * document), the day moves back to the first: last day − (days − 1). The day must be that sentence's own, or one the
 * narrative gave it.
 */
export function visitStartFromItsEnd(clusters: Cluster[], doc: SentencedDoc, datesBySentence?: Map<number, DateExpr[]>): void {
  let docDays: number | null | undefined;
  for (const c of clusters) {
    const d = c.date;
    if (c.type !== 'visit' || !d.value || d.value.length !== 10 || d.future || clusterStatusClass(c) === 'plan') continue;
    for (const x of c.cands) {
      const s = doc.sentences[x.sentence];
      if (!s) continue;
      const end = DATE_ROWS.visitEndBefore.pattern.exec(s.text.slice(0, x.hit.start));
      if (!end) continue;
      const ownDays = (datesBySentence?.get(x.sentence) ?? []).filter((e) => e.value && e.value.length === 10 && e.precision === 'day' && !e.future && !e.anchor);
      const fromSentence = ownDays.some((e) => e.value === d.value);
      const fromNarrative = !ownDays.length && (c.why ?? []).some((w) => w.rule === 'day-of-the-narrative');
      if (!fromSentence && !fromNarrative) continue;
      if (docDays === undefined) {
        const counts = new Set([...doc.body.matchAll(VISIT_DAYS_ALL)].map((m) => daysOf(m[1])));
        docDays = counts.size === 1 ? [...counts][0] : null;
      }
      const n = end[1] ? daysOf(end[1]) : docDays;
      if (!n || n < 2) continue;
      c.date = { ...d, value: addDays(d.value, -(n - 1)), reference: `${d.reference ?? d.expression ?? ''} (the last of ${n} days: its first)`.trim(), expression: null, source: 'anchored' };
      (c.why ??= []).push({ stage: 'date', rule: DATE_ROWS.visitEndBefore.id });
      break;
    }
  }
}

/**
 * `happening-on-reference-day`: a call, meeting or visit the text tells as done by a verb of its own ("He greeted
 * Alder with a long handshake", "Birch has arrived in Avalon", "both envoys briefly spoke in person") with no day
 * anywhere — not its clause's, its paragraph's nor its lead's — is estimated on the document's reference day
 * (the day before in its span), as a remark is: what a report tells without a day is, most often, of the day it
 * is written. A happening only named (a reference: "the Avalon deal", "their summit") stays undated: a
 * reference is most often to a happening told elsewhere, which the corpus dates.
 */
/**
 * Whether the trigger at `hit` (sentence-relative) is a verb of its own clause told as done — not a noun naming the
 * happening ("the meeting between …"), nor a pluperfect told before the story ("had met"), nor a verb of a
 * subordinate "when/after/before/since" clause that frames another.
 */
export function toldByVerb(sentence: string, hit: { start: number; end: number }): boolean {
  // "This is Birch's first visit to Nordvik in a decade", "marking her first visit": the visit under way (told-as-the-current-happening)
  if (DATE_ROWS.currentHappening.pattern.test(sentence.slice(Math.max(0, hit.start - 60), hit.start))) return true;
  // a noun named after a determiner or a possessive ("the meeting", "their talks", "Birch's visit"): no tagging needed
  if (/(?:\b(?:the|a|an|this|that|their|his|her|its|our|whose)|['’]s)\s+$/i.test(sentence.slice(Math.max(0, hit.start - 40), hit.start))) return false;
  const tokens = tagSentence(sentence);
  const i = tokens.findIndex((t) => t.start <= hit.start && t.end > hit.start);
  if (i < 0 || tokens[i].pos !== 'VERB') return false;
  const before = sentence.slice(0, hit.start);
  return !DATE_ROWS.storyBefore.pattern.test(before);
}

export function referenceDayForHappenings(clusters: Cluster[], doc: SentencedDoc, ref: ReferenceDay): void {
  if (doc.meta.kind !== 'article' || isLiveBlog(doc.body) || ref.updatedOnly) return;
  const said = referenceLabel(ref, doc.meta.published);
  for (const c of clusters) {
    if (c.date.value || clusterStatusClass(c) !== 'real' || (c.type !== 'call' && c.type !== 'meeting' && c.type !== 'visit')) continue;
    // a day the text gives but that could not be resolved ("earlier in the day" of no day told) is not the reference day
    if (c.cands.some((x) => x.date.anchor || x.date.expression)) continue;
    const told = c.cands.filter((x) => x.role === 'event' && !x.ongoing && !x.inAnchor && !x.passing && toldByVerb(doc.sentences[x.sentence].text, x.hit));
    if (!told.length) continue;
    if (process.env.REFS_DBG) for (const x of told) { const s = doc.sentences[x.sentence]; console.error('HRD', doc.id, c.type, JSON.stringify(s.text.slice(Math.max(0, x.hit.start - 60), x.hit.end + 40))); }
    c.date = { value: ref.day, precision: 'day', expression: null, reference: `${said} (no day in the text)`, source: 'published', range: { from: dayBefore(ref), to: ref.day }, anchor: null, future: false };
    (c.why ??= []).push({ stage: 'date', rule: 'happening-on-reference-day' });
  }
}

/** `just-happened-on-reference-day`: "I just spoke with the prime ministers of Avalon and Nordvik": the day the text is written or spoken. */
export function justHappenedOnReferenceDay(clusters: Cluster[], doc: SentencedDoc, ref: ReferenceDay): void {
  for (const c of clusters) {
    if (c.date.value || clusterStatusClass(c) !== 'real' || (c.type !== 'call' && c.type !== 'meeting' && c.type !== 'visit')) continue;
    const just = c.cands.some((x) => {
      const s = doc.sentences[x.sentence];
      const text = s.norm && s.norm.length === s.text.length ? s.norm : s.text;
      return x.role === 'event' && DATE_ROWS.justNow.pattern.test(text.slice(Math.max(0, x.hit.start - 24), x.hit.start));
    });
    if (!just || ref.updatedOnly) continue;
    c.date = { value: ref.day, precision: 'day', expression: null, reference: `${ref.source === 'published' ? 'published' : ref.source} ${ref.day} (told as just done)`, source: 'anchored', range: null, anchor: null, future: false };
    (c.why ??= []).push({ stage: 'date', rule: DATE_ROWS.justNow.id });
  }
}

/** How many sentences open an article (its lead), and how many days before publication its day may lie. */
export const LEAD_SENTENCES = 6;
export const LEAD_DAY_WITHIN = 7;

/**
 * `document-lead-day`: an article tells the news of the day its lead states ("… agreed at their summit on
 * Wednesday"; "said Birch in parliament on Monday"): a remark of the article with no day of its own (nor a
 * paragraph's) is taken on that day rather than estimated on the day before publication. The lead's day is
 * the stated day of the first happening or remark told in its first sentences (a day of the text, not
 * one inherited; not a byline's stamp, which tells no happening), within a week before publication; a
 * transcript or a live blog keeps its own estimate (the day it is published).
 */
export function leadDayForRemarks(
  clusters: Cluster[],
  doc: SentencedDoc,
  dayOf: (c: Cluster) => DateChoice | null,
  inherited: Set<Cluster>,
  ref: ReferenceDay = referenceDay(doc),
  datesBySentence?: Map<number, DateExpr[]>,
  leadDay: () => LeadDay | null = () => articleLeadDay(clusters, doc, dayOf, inherited, ref, datesBySentence),
): void {
  if (doc.meta.kind !== 'article') return;
  const undated = clusters.filter((c) => c.type === 'statement' && !c.date.value && clusterStatusClass(c) !== 'plan');
  if (!undated.length) return;
  const lead = leadDay();
  if (!lead) return;
  const day = lead.day;
  for (const c of undated) {
    c.date = { ...day, source: 'anchored', expression: null, reference: `the day of the article's lead (${day.value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: lead.rule });
  }
}

/** the day an article's lead tells of, the sentence that tells it, and the people of the happening it is the day of (if any) */
export interface LeadDay {
  day: DateChoice;
  rule: string;
  sentence: number;
  participants: string[];
}

/**
 * The day an article's lead tells of (see leadDayForRemarks): the stated day of the first happening or remark told in
 * its first sentences (`document-lead-day`), else the one past day its first sentence stating one gives
 * (`document-lead-stated-day`), within a week before publication; null for a transcript or when the lead dates nothing.
 */
export function articleLeadDay(clusters: Cluster[], doc: SentencedDoc, dayOf: (c: Cluster) => DateChoice | null, inherited: Set<Cluster>, ref: ReferenceDay = referenceDay(doc), datesBySentence?: Map<number, DateExpr[]>): LeadDay | null {
  if (doc.meta.kind !== 'article') return null;
  const published = doc.meta.published;
  let lead: { sentence: number; order: number; day: DateChoice; participants?: string[] } | null = null;
  for (const c of clusters) {
    if (inherited.has(c)) continue;
    const d = dayOf(c);
    if (!d || d.value! > published || daysBetween(d.value!, published) > LEAD_DAY_WITHIN) continue;
    // a page that says only when it was updated: its "today" may be the day before the stamp, not a day to give its remarks
    if (ref.updatedOnly && DATE_ROWS.writingDayWords.pattern.test(d.expression ?? '')) continue;
    const first = c.cands.reduce((a, b) => (b.order < a.order ? b : a));
    if (first.sentence >= LEAD_SENTENCES) continue;
    if (!lead || first.order < lead.order) lead = { sentence: first.sentence, order: first.order, day: d, participants: c.participants };
  }
  let rule = 'document-lead-day';
  if (!lead && datesBySentence) {
    // no happening of the lead dated: the day its first sentence stating one tells of ("Avalon and its allies have
    // restored ties, Nordvik said on Tuesday after a summit"), outside quoted words
    // a day of a happening told as planned or called off ("Birch cancelled Tuesday's planned meeting") is that
    // happening's, not the day of the article's news (lead-day-not-a-plans)
    const planDays = new Map<number, Set<string>>();
    for (const c of clusters) {
      if (c.type === 'statement' || clusterStatusClass(c) === 'real' || !c.date.value) continue;
      for (const k of c.cands) if (k.role !== 'join') planDays.set(k.sentence, (planDays.get(k.sentence) ?? new Set()).add(c.date.value));
    }
    for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
      const quoted = [...s.text.matchAll(DATE_ROWS.quotedDay.pattern)].map((q) => ({ start: s.start + (q.index ?? 0), end: s.start + (q.index ?? 0) + q[0].length }));
      const days = statedPastDays(datesBySentence.get(s.index), published).filter((d) => !quoted.some((q) => d.start >= q.start && d.end <= q.end) && !planDays.get(s.index)?.has(d.value!));
      if (new Set(days.map((d) => d.value)).size !== 1 || daysBetween(days[0].value!, published) > LEAD_DAY_WITHIN) continue;
      if (ref.updatedOnly && DATE_ROWS.writingDayWords.pattern.test(days[0].text)) continue;
      lead = { sentence: s.index, order: -1, day: choiceFromExpr(days[0]) };
      rule = 'document-lead-stated-day';
      break;
    }
  }
  return lead ? { day: lead.day, rule, sentence: lead.sentence, participants: lead.participants ?? [] } : null;
}

/**
 * `reference-day-estimated`: a remark of an article that neither its text, its paragraph nor its lead dates is
 * estimated on the document's reference day (its dateline or page stamp, else its publication day), with the
 * day before in its span: what a report tells without a day is, most often, of the day it is written.
 * `updated-page-day-before`: on a page stamped only "Updated <day>" the words were written that day or before:
 * the day before. A transcript, a live blog or a remark going on as the text is written keep their own rules.
 */
export function referenceDayForRemarks(clusters: Cluster[], doc: SentencedDoc, ref: ReferenceDay): void {
  if (doc.meta.kind !== 'article' || isLiveBlog(doc.body)) return;
  const day = ref.updatedOnly ? dayBefore(ref) : ref.day;
  const said = referenceLabel(ref, doc.meta.published);
  for (const c of clusters) {
    if (c.type !== 'statement' || c.date.value || clusterStatusClass(c) === 'plan' || c.cands.some((x) => x.ongoing)) continue;
    c.date = { value: day, precision: 'day', expression: null, reference: `${said} (no day in the text)`, source: 'published', range: { from: dayBefore(ref), to: ref.day }, anchor: null, future: false };
    (c.why ??= []).push({ stage: 'date', rule: ref.updatedOnly ? 'updated-page-day-before' : 'reference-day-estimated' });
  }
}

/**
 * `day-told-in-next-sentence`: "Alder says the governments have agreed on a ceasefire. Alder made the announcement
 * in Avalon on Tuesday." A remark left without a day, and a happening it reports without one (an agreement, a
 * call told in its sentence), take the day the next sentence gives the remark.
 */
export function dayToldInNextSentence(clusters: Cluster[], doc: SentencedDoc, paragraphOf: number[], datesBySentence?: Map<number, DateExpr[]>, actors?: Map<string, ActorInfo>): void {
  if (!datesBySentence) return;
  const told = new Map<number, { day: DateChoice; subject: string } | null>();
  const dayAfter = (i: number): { day: DateChoice; subject: string } | null => {
    if (told.has(i)) return told.get(i)!;
    const next = doc.sentences[i + 1];
    let day: { day: DateChoice; subject: string } | null = null;
    // the next sentence, even across a paragraph break (news paragraphs are often one sentence long): the row is specific enough
    if (next && paragraphOf[i + 1] - paragraphOf[i] <= 1 && DATE_ROWS.remarkDayAfter.pattern.test(next.text.trimStart())) {
      const d = (datesBySentence.get(i + 1) ?? []).find((x) => x.value?.length === 10 && x.precision === 'day' && !x.future && !x.anchor && !x.range && x.value <= doc.meta.published);
      if (d) day = { day: choiceFromExpr(d), subject: next.text.trimStart().split(/\s+(?:made|delivered|issued|gave|remarks|comments|announcement|statement)\b/)[0] };
    }
    told.set(i, day);
    return day;
  };
  // the remark's speaker is the one the next sentence names (or a pronoun, or "the remarks"), not someone it answers
  const sameSpeaker = (c: Cluster, subject: string) => {
    if (/^(?:He|She|They|The|His|Her|Their|Those|These)$/.test(subject.trim())) return true;
    const last = subject.trim().split(/\s+/).pop()!.replace(/['’]s$/, '');
    const speakers = c.type === 'statement' ? c.cands.map((x) => x.speaker).filter((x): x is string => !!x) : c.participants;
    return speakers.some((id) => {
      const a = actors?.get(id);
      return !!a && [a.name, ...a.aliases, ...a.surfaceForms].some((n) => n.split(/\s+/).includes(last));
    });
  };
  const remarkSentences = new Set(clusters.filter((c) => c.type === 'statement').flatMap((c) => c.cands.map((x) => x.sentence)));
  for (const c of clusters) {
    if (c.date.value || clusterStatusClass(c) !== 'real') continue;
    if (c.type !== 'statement' && c.type !== 'agreement' && c.type !== 'call') continue;
    const first = [...c.cands].sort((a, b) => a.order - b.order)[0];
    // a happening only when a remark of the same sentence reports it
    if (c.type !== 'statement' && !remarkSentences.has(first.sentence)) continue;
    const told = dayAfter(first.sentence);
    if (!told) continue;
    // a happening the remark reports goes with the remark's day, whoever the next sentence names
    if (c.type === 'statement' && !sameSpeaker(c, told.subject)) continue;
    const day = told.day;
    c.date = { ...day, source: 'anchored', reference: `the day the next sentence gives the remark (${day.value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: DATE_ROWS.remarkDayAfter.id });
  }
}

/** every written form of an actor: its name, aliases and the forms found in the text */
const formsOf = (a: ActorInfo) => [a.name, ...a.aliases, ...a.surfaceForms].filter((f) => f.length >= 3);

/**
 * `day-of-speaker-in-previous-sentence`: "That was the message delivered to Birch in Nordvik on Thursday by Alder and
 * Cedar. Alder said …": a remark left without a day, right after a sentence that names its speaker and states one
 * past day, is of that day (the same scene told on).
 */
export function dayOfSpeakerInPreviousSentence(clusters: Cluster[], doc: SentencedDoc, paragraphOf: number[], datesBySentence?: Map<number, DateExpr[]>, actors?: Map<string, ActorInfo>): void {
  if (!datesBySentence || !actors) return;
  for (const c of clusters) {
    if (c.type !== 'statement' || c.date.value || clusterStatusClass(c) !== 'real') continue;
    const first = [...c.cands].sort((a, b) => a.order - b.order)[0];
    const i = first.sentence;
    const prev = doc.sentences[i - 1];
    if (!prev || paragraphOf[i] - paragraphOf[i - 1] > 1) continue;
    const days = (datesBySentence.get(i - 1) ?? []).filter((x) => x.value?.length === 10 && x.precision === 'day' && !x.future && !x.anchor && !x.range && x.value <= doc.meta.published);
    if (days.length !== 1 || (datesBySentence.get(i - 1) ?? []).length !== 1) continue;
    const speakers = c.cands.map((x) => x.speaker).filter((x): x is string => !!x);
    const named = speakers.some((id) => {
      const a = actors.get(id);
      return !!a && formsOf(a).some((f) => prev.text.includes(f));
    });
    if (!named) continue;
    c.date = { ...choiceFromExpr(days[0]), source: 'anchored', reference: `the day the sentence before tells of the speaker (${days[0].value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: 'day-of-speaker-in-previous-sentence' });
  }
}

/** the largest offset (days) an anchor counted from the day just told may carry: a week */
export const ANCHOR_DAY_MAX_OFFSET = 7;

/** how far back (sentences) the day an anchor counts from may be told */
export const ANCHOR_DAY_REACH = 3;

/** a stated past day of a sentence: a calendar day, neither ahead, nor anchored, nor a range, not after publication */
const statedPastDays = (dates: DateExpr[] | undefined, published: string) =>
  (dates ?? []).filter((x) => x.value?.length === 10 && x.precision === 'day' && !x.future && !x.anchor && !x.range && x.value <= published);

/**
 * `anchored-to-day-told-before`: "The Foreign Ministry announced Saturday that the talks had taken place … The delegation
 * arrived in Avalon earlier in the day": an anchor to the day just told ("earlier in the day", "later that day", "the
 * next day") that no dated happening before it resolves counts from the last past day the text states before it (its
 * own sentence, before the anchor, or up to three sentences back).
 */
export function anchoredToDayToldBefore(clusters: Cluster[], doc: SentencedDoc, datesBySentence?: Map<number, DateExpr[]>): void {
  if (!datesBySentence) return;
  const published = doc.meta.published;
  for (const c of clusters) {
    if (c.date.value || c.type === 'statement' || clusterStatusClass(c) !== 'real') continue;
    const x = [...c.cands].sort((a, b) => a.order - b.order).find((k) => k.role !== 'join' && k.date.anchor && !k.date.anchor.ref && !k.date.value);
    if (!x) continue;
    // the anchor's place in the document (the candidate's spans are sentence-relative, the dates' absolute)
    const at = doc.sentences[x.sentence].start + (x.anchorSpan?.start ?? x.hit.start);
    let base: DateExpr | null = null;
    for (let i = x.sentence; i >= Math.max(0, x.sentence - ANCHOR_DAY_REACH) && !base; i--) {
      const days = statedPastDays(datesBySentence.get(i), published).filter((d) => i < x.sentence || d.end <= at);
      if (days.length) base = days[days.length - 1];
    }
    if (!base) continue;
    const offset = x.date.anchor!.offsetDays;
    // a day-scale anchor only ("earlier in the day", "the next day", "two days later"): "came three years after Birch
    // said …" counts from what it names, not from the day the narrative is telling of
    if (Math.abs(offset) > ANCHOR_DAY_MAX_OFFSET) continue;
    const value = addDays(base.value!, offset);
    if (value > published) continue;
    c.date = { value, precision: 'day', expression: x.date.expression, reference: `${offset >= 0 ? '+' : ''}${offset} day(s) from the day told before (${base.value})`, source: 'anchored', range: null, anchor: null, future: false };
    (c.why ??= []).push({ stage: 'date', rule: 'anchored-to-day-told-before' });
  }
}

/**
 * `lead-day-of-its-people`: "The ambassador will return next week after Alder and Birch spoke Wednesday. … Alder and Birch
 * spoke on the phone at Alder's request": a call or meeting told without a day, all of whose people (two or more) one
 * sentence of the article's lead names beside a single past day within a week of publication, is of that day — the
 * lead tells the news of the day, the body tells it again without the day.
 */
export function leadDayForHappenings(clusters: Cluster[], doc: SentencedDoc, datesBySentence?: Map<number, DateExpr[]>, actors?: Map<string, ActorInfo>): void {
  if (!datesBySentence || !actors || doc.meta.kind !== 'article') return;
  const published = doc.meta.published;
  const lead: { sentence: number; text: string; day: DateExpr }[] = [];
  for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
    const all = datesBySentence.get(s.index) ?? [];
    const days = statedPastDays(all, published);
    const distinct = new Set(days.map((d) => d.value));
    if (distinct.size === 1 && daysBetween(days[0].value!, published) <= LEAD_DAY_WITHIN && !all.some((d) => !d.future && !days.includes(d))) lead.push({ sentence: s.index, text: s.text, day: days[0] });
  }
  if (!lead.length) return;
  for (const c of clusters) {
    if (c.date.value || (c.type !== 'call' && c.type !== 'meeting') || clusterStatusClass(c) !== 'real') continue;
    const people = c.participants.filter((id) => actors.get(id)?.kind === 'person');
    if (people.length < 2) continue;
    const named = (text: string, id: string) => formsOf(actors.get(id)!).some((f) => new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
    // the lead's day is not this happening's when it tells one planned or called off ("plans for Cedar to meet Birch on Saturday were scrapped")
    const toldOther = (l: { sentence: number }) => clusters.some((o) => o !== c && o.type !== 'statement' && clusterStatusClass(o) !== 'real' && o.cands.some((k) => k.sentence === l.sentence && k.role !== 'join'));
    const hit = lead.find((l) => people.every((id) => named(l.text, id)) && !toldOther(l));
    if (!hit) continue;
    c.date = { ...choiceFromExpr(hit.day), source: 'anchored', reference: `the day the lead tells of its people (${hit.day.value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: 'lead-day-of-its-people' });
  }
}
