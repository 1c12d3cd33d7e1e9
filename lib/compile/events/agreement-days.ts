/**
 * Date pass (after clustering): an agreement the happenings pass left without a day, or with only a
 * month or a year ("agreed … to mark the anniversary this year"), although the text dates it:
 *  - `agreement-day-of-its-sentence`: the one stated day of the sentence that tells it ("have agreed on a
 *    framework, negotiators said after talks that ended late on Tuesday");
 *  - `agreement-at-its-talks`: else the day of the talks it was reached at: a meeting of the document with
 *    a stated day that fits the agreement's month or year and shares two participants with it (or names
 *    no one, "their summit in the capital"); of several, the latest, the talks the article reports.
 * `agreement-on-the-lead-day` (agreementsOnLeadDay, after the narrative's days): else, in an article, the day its lead
 * tells of, when the agreement is told by a verb ("the two leaders agreed to …", "had agreed …") — a news article
 * reports the agreements of its day's talks, calls and visits, often in a later paragraph that repeats no day. One only
 * named by a noun ("the Avalon deal", "their accord") is most often a reference to one reached before: it stays undated.
 */
import type { ActorInfo, DateExpr, SentencedDoc } from '../types';
import { DATE_ROWS } from '../lang/en-dates';
import { tagSentence } from '../text/pos';
import { escapeRegExp } from '../text/norm';
import { choiceFromExpr, datesCompatible, type DateChoice } from '../what/anchors';
import type { Cluster } from './cand';
import { clusterStatusClass } from './cluster';
import { dayBefore, referenceLabel, type ReferenceDay } from '../reference-day';
import { isLiveBlog } from './context';

export function dateAgreements(
  clusters: Cluster[],
  published: string,
  datesBySentence: Map<number, DateExpr[]> | undefined,
  dayOf: (c: Cluster) => DateChoice | null,
  actors?: Map<string, ActorInfo>,
): void {
  // a country stands for its people: "Guyana and Venezuela agreed" at the meeting of their presidents
  const side = (id: string) => actors?.get(id)?.affiliation ?? id;
  const shared = (a: string[], b: string[]) => {
    const sb = new Set(b.map(side));
    return new Set(a.map(side).filter((x) => sb.has(x))).size;
  };
  for (const c of clusters) {
    if (c.type !== 'agreement' || clusterStatusClass(c) !== 'real') continue;
    const d = c.date;
    const coarse = !d.value || d.value.length < 10 || d.source === 'range' || d.source === 'published';
    if (!coarse) continue;
    if (!d.value) {
      const own = [...c.cands].sort((a, b) => a.order - b.order).find((x) => x.role === 'event');
      const days = own ? (datesBySentence?.get(own.sentence) ?? []).filter((e) => e.value?.length === 10 && !e.future && !e.anchor && !e.range && e.value <= published) : [];
      if (days.length === 1) {
        c.date = { ...choiceFromExpr(days[0]), source: 'anchored' };
        (c.why ??= []).push({ stage: 'date', rule: 'agreement-day-of-its-sentence' });
        continue;
      }
    }
    const talks = clusters
      .filter((m) => m !== c && m.type === 'meeting' && dayOf(m) && (m.participants.length === 0 || shared(m.participants, c.participants) >= Math.min(2, new Set(c.participants.map(side)).size)))
      .map((m) => dayOf(m)!)
      .filter((t) => t.value! <= published && datesCompatible(d.range ? { value: null, range: d.range } : { value: d.value }, { value: t.value }))
      .sort((a, b) => (a.value! < b.value! ? 1 : -1));
    if (!talks.length) continue;
    c.date = { ...talks[0], source: 'anchored', expression: null, reference: `the day of the talks it was reached at (${talks[0].value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: 'agreement-at-its-talks' });
  }
}

/** whether the agreement's trigger is a verb of its sentence ("agreed", "have signed"), not a noun ("the deal", "their accord") */
export function toldAsAgreed(sentence: string, hit: { start: number; end: number }): boolean {
  if (DATE_ROWS.agreementOnLeadDay.pattern.test(sentence.slice(Math.max(0, hit.start - 40), hit.start))) return false;
  const tokens = tagSentence(sentence);
  const i = tokens.findIndex((t) => t.start <= hit.start && t.end > hit.start);
  return i >= 0 && tokens[i].pos === 'VERB';
}

/** the countries of an actor table by their code (an actor's affiliation), read once per table */
const COUNTRIES = new WeakMap<Map<string, ActorInfo>, Map<string, ActorInfo[]>>();
function countriesByCode(actors: Map<string, ActorInfo>): Map<string, ActorInfo[]> {
  let m = COUNTRIES.get(actors);
  if (!m) {
    m = new Map();
    for (const a of actors.values()) if (a.kind === 'country' && a.affiliation) m.set(a.affiliation, [...(m.get(a.affiliation) ?? []), a]);
    COUNTRIES.set(actors, m);
  }
  return m;
}

/** every written form of an actor: its name, aliases and the forms found in the text */
const formsOf = (a: ActorInfo) => [a.name, ...a.aliases, ...a.surfaceForms].filter((f) => f.length >= 3);

/**
 * `agreement-on-the-lead-day`: an undated agreement of an article told by a verb takes the day its lead tells of, when
 * the lead's sentence of that day retells the agreement, names one of its parties (or a party's country), or tells a
 * happening of one of them: the lead tells that party's news, not another's ("Cedar told the paper on Sunday that … the
 * deal Avalon had signed").
 */
export function agreementsOnLeadDay(clusters: Cluster[], doc: SentencedDoc, leadDay: () => { day: DateChoice; sentence: number; participants: string[] } | null, actors?: Map<string, ActorInfo>): void {
  if (doc.meta.kind !== 'article' || !actors) return;
  const side = (id: string) => actors.get(id)?.affiliation ?? id;
  const written = (text: string, a: ActorInfo | undefined) => !!a && formsOf(a).some((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`).test(text));
  // a party, or its country ("the leaders of Avalon and Nordvik met Tuesday")
  const named = (text: string, id: string) => written(text, actors.get(id)) || (countriesByCode(actors).get(side(id)) ?? []).some((k) => written(text, k));
  for (const c of clusters) {
    if (c.type !== 'agreement' || c.date.value || clusterStatusClass(c) !== 'real') continue;
    if (!c.cands.some((x) => x.role === 'event' && !x.passing && doc.sentences[x.sentence] && toldAsAgreed(doc.sentences[x.sentence].text, x.hit))) continue;
    const lead = leadDay();
    if (!lead) return;
    const text = doc.sentences[lead.sentence]?.text ?? '';
    const leadSides = new Set(lead.participants.map(side));
    // the lead tells this agreement again ("The agreement was signed … on Monday"), or its party's news
    if (!c.cands.some((x) => x.sentence === lead.sentence) && !c.participants.some((p) => leadSides.has(side(p)) || named(text, p))) continue;
    c.date = { ...lead.day, source: 'anchored', expression: null, reference: `the day of the article's lead (${lead.day.value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: DATE_ROWS.agreementOnLeadDay.id });
  }
}

/**
 * `agreement-on-reference-day` (after the lead's day and the narrative's): an agreement still undated, told by a verb
 * of agreeing of its own clause ("the two leaders agreed to …", "Avalon and Nordvik signed …") — not a noun naming it,
 * not a pluperfect or a clause framing another ("had agreed", "after they signed …") — with no day the text gives it,
 * is estimated as an article's remark is: on the document's reference day, the day before in its span. What a report
 * tells as agreed without a day is, most often, of its day. Articles only: a transcript (a broadcast's retelling, a
 * press conference's) and a live page keep their agreements undated for the corpus to date.
 */
export function agreementsOnReferenceDay(clusters: Cluster[], doc: SentencedDoc, ref: ReferenceDay): void {
  if (ref.updatedOnly || doc.meta.kind !== 'article' || isLiveBlog(doc.body)) return;
  const said = referenceLabel(ref, doc.meta.published);
  for (const c of clusters) {
    if (c.type !== 'agreement' || c.date.value || clusterStatusClass(c) !== 'real') continue;
    if (c.cands.some((x) => x.date.anchor || x.date.expression)) continue;
    const told = c.cands.some((x) => {
      const s = doc.sentences[x.sentence];
      if (x.role !== 'event' || x.passing || x.inAnchor || !s) return false;
      const word = s.text.slice(x.hit.start, x.hit.end).split(/\s+/)[0];
      return DATE_ROWS.agreementOnReferenceDay.pattern.test(word) && toldAsAgreed(s.text, x.hit) && !DATE_ROWS.storyBefore.pattern.test(s.text.slice(0, x.hit.start));
    });
    if (!told) continue;
    c.date = { value: ref.day, precision: 'day', expression: null, reference: `${said} (no day in the text)`, source: 'published', range: { from: dayBefore(ref), to: ref.day }, anchor: null, future: false };
    (c.why ??= []).push({ stage: 'date', rule: DATE_ROWS.agreementOnReferenceDay.id });
  }
}
