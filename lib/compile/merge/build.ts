/**
 * merge/build: one dataset event from the reports of a cluster — the best-supported date (and the
 * disagreeing ones), the most specific place, the main pair, every evidence quote, the title, the
 * confidence, and why the reports were taken as one (reasons with their MERGE_RULES ids).
 */
import { precisionOf, type DatasetEvent, type Disagreement, type EventType } from '../../schema';
import type { ActorInfo, SentencedDoc } from '../types';
import { combineStatus } from '../what/modality';
import { labelSpecificity, placesCompatible, type PlaceBook } from '../what/places';
import { countryOfLabel, dayPlaceMergeRules } from './one-day-one-country';
import { confidenceOf } from '../what/confidence';
import { baseId, type IdInput } from '../what/ids';
import { eventTitle, readableId, statementGist } from '../what/titles';
import type { DateSource } from '../what/types';
import { LEAD_DAY_REMARK, leadDayBorrowed, PUBLICATION_DAY_LAG, sameStatedDay, speakerNameWords, statedDay, statementMergeRules, toldBeforeItsDay, otherMomentOfTheDay, toldByReadout, type Item } from './score';
import { placesAgree, UNLOCATED_PLACE, VENUES_OF_ONE_CITY } from './places-agree';
import { BODY_VOICE, speaksFor } from './body-voice';
import { READOUT_TELLS_LEADER, tellsLeader } from './readout-tells-leader';
import { BORROWED_DAY_REMARK } from './borrowed-day';
import { ESTIMATE_HOLDS_BORROWED } from './estimate-holds-borrowed';
import { ONE_ARTICLE_BORROWED_DAY, oneArticleBorrowedDay } from './one-article-borrowed-day';

const SOURCE_RANK: Record<DateSource, number> = { explicit: 4, anchored: 3, published: 2, range: 1, none: 0 };
/** a remark's day borrowed from its article's lead (merge/score.ts LEAD_DAY_REMARK): the page's news, not the remark's own day */
const LEAD_DAY_RANK = SOURCE_RANK.published;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Built {
  event: Omit<DatasetEvent, 'id'>;
  documentIds: string[];
  reasons: string[];
  idInput: { type: EventType; date: string | null; main: string[]; location: string | null; firstQuote: string; rank: string; base: string };
  /** the dataset event last made of it (mergeEvents with keep): the same object while its id is the same */
  out?: DatasetEvent;
}

export function buildEvent(
  items: Item[],
  byId: Map<string, SentencedDoc>,
  actors: Map<string, ActorInfo>,
  book: PlaceBook,
): Built {
  items = [...items].sort((a, b) => cmp(a.key, b.key));
  const type = items[0].e.type;
  const status = combineStatus(items.map((x) => x.e.status));
  const documentIds = [...new Set(items.map((x) => x.e.docId))].sort();

  // date: the most precise, best-supported value; different days are recorded
  const byValue = new Map<string, { docs: Set<string>; rank: number; item: Item; strength: number }>();
  for (const x of items) {
    if (!x.e.date) continue;
    const v = byValue.get(x.e.date) ?? { docs: new Set<string>(), rank: 0, item: x, strength: 0 };
    v.docs.add(x.e.docId);
    v.strength = Math.max(v.strength, x.e.triggerStrength ?? 0);
    // (a remark's day borrowed from its article's lead ranks below a day told of the remark, as an estimate from publication: lead-day-remark)
    const r = x.e.type === 'statement' && leadDayBorrowed(x.e) ? LEAD_DAY_RANK : SOURCE_RANK[x.e.dateSource ?? 'explicit'];
    if (r > v.rank) v.rank = r;
    byValue.set(x.e.date, v);
  }
  const values = [...byValue.entries()];
  // a stated day beats a day estimated from a span ("last week"), whatever the number of reports
  values.sort((a, b) => b[0].length - a[0].length || b[1].rank - a[1].rank || b[1].docs.size - a[1].docs.size || b[1].strength - a[1].strength || cmp(a[0], b[0]));
  // a coarse value contained in the chosen precise one supports it
  const chosen = values[0] ?? null;
  const date = chosen ? chosen[0] : null;
  const dateItem = chosen ? chosen[1].item : items[0];
  const disagreements: Disagreement[] = [];
  const days = values.filter(([v, info]) => v.length === 10 && info.rank > SOURCE_RANK.range);
  if (days.length > 1) {
    disagreements.push({
      field: 'date',
      values: days.map(([v, info]) => ({ value: v, documentIds: [...info.docs].sort() })).sort((a, b) => cmp(a.value ?? '', b.value ?? '')),
    });
  }
  const dateSource: DateSource = chosen ? (dateItem.e.dateSource ?? 'explicit') : 'none';
  const dateInfo = chosen
    ? { ...dateItem.e.dateInfo, precision: dateItem.e.dateInfo.precision === 'week' && date!.length === 10 ? ('week' as const) : precisionOf(date!) }
    : { expression: null, reference: null, precision: null, range: null };

  // location: the most specific
  let location: string | null = null;
  for (const x of items) if (x.e.location && (!location || labelSpecificity(book, x.e.location) > labelSpecificity(book, location))) location = x.e.location;

  // participants: main pair first (most often main across reports), then the rest sorted
  const all = [...new Set(items.flatMap((x) => x.e.participants))];
  const mainCount = new Map<string, number>();
  for (const x of items) for (const p of (x.e.mainParticipants ?? x.e.participants).slice(0, 2)) mainCount.set(p, (mainCount.get(p) ?? 0) + 1);
  const presence = new Map<string, number>();
  for (const x of items) for (const p of x.e.participants) presence.set(p, (presence.get(p) ?? 0) + 1);
  const main = [...mainCount.keys()].sort((a, b) => (mainCount.get(b) ?? 0) - (mainCount.get(a) ?? 0) || (presence.get(b) ?? 0) - (presence.get(a) ?? 0) || cmp(a, b)).slice(0, 2);
  const mainSorted = [...main].sort(cmp);
  const participants = [...mainSorted, ...all.filter((p) => !main.includes(p)).sort(cmp)];

  const respondsTo = [...new Set(items.flatMap((x) => x.e.respondsTo))].sort(cmp);

  // evidence: every quote, by document publication then offset
  const seen = new Set<string>();
  const evidence: DatasetEvent['evidence'] = [];
  for (const x of items) {
    const d = byId.get(x.e.docId)!;
    for (const s of x.e.evidence) {
      const k = `${x.e.docId}:${s.start}:${s.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      evidence.push({ documentId: x.e.docId, quote: d.body.slice(s.start, s.end), start: s.start, end: s.end });
    }
  }
  const pubOf = (id: string) => byId.get(id)?.meta.published ?? '';
  evidence.sort((a, b) => cmp(pubOf(a.documentId), pubOf(b.documentId)) || cmp(a.documentId, b.documentId) || a.start - b.start);

  const confidence = confidenceOf(
    items.map((x) => ({ outlet: x.outlet, kind: x.kind, triggerStrength: x.e.triggerStrength, participantCertainty: x.e.participantCertainty ?? 0.8 })),
    dateSource,
  );

  const nameOf = (id: string) => actors.get(id)?.name ?? readableId(id);
  const speaker = type === 'statement' ? (items[0].e.speaker ?? items[0].e.participants[0]) : null;
  const names = (speaker ? [speaker, ...participants.filter((p) => p !== speaker)] : [...main, ...participants.filter((p) => !main.includes(p))]).map(nameOf);
  const gist = type === 'statement' ? (items.map((x) => statementGist(evidenceText(x, byId))).find(Boolean) ?? null) : null;
  const title = eventTitle({ type, status, names, location, respondsTo: respondsTo.map(nameOf), gist });

  const { reasons, rules: mergeRules } = documentIds.length > 1 ? mergeReasons(items, actors, book) : { reasons: [], rules: [] };
  // a body and a person speaking for it taken as one speaker (merge/body-voice.ts), in one document or several
  if (type === 'statement' && new Set(items.map((x) => x.e.participants[0])).size > 1) {
    // … or a body's readout telling its leader as speaking, beside the leader's remark (merge/readout-tells-leader.ts)
    if (readoutTellsLeaderIn(items, actors)) {
      mergeRules.push(READOUT_TELLS_LEADER.id);
      if (documentIds.length > 1) reasons.push("readout-tells-leader: a body's readout telling its leader's words and the leader's remark, one day");
    } else {
      mergeRules.push(BODY_VOICE.id);
      if (documentIds.length > 1) reasons.push('body-voice: an organisation and a person speaking for it, one day');
    }
  }
  // one article's remark with neither occasion nor day of its own joined to its occasion's remark (merge/one-article-borrowed-day.ts), in one document too
  if (type === 'statement' && documentIds.length === 1 && items.some((a, i) => items.some((b, j) => j > i && oneArticleBorrowedDay(a, b, otherMomentOfTheDay)))) mergeRules.push(ONE_ARTICLE_BORROWED_DAY.id);
  const rules = rulesOf(items, mergeRules);

  const first = evidence[0];
  return {
    event: {
      type,
      title,
      date,
      location,
      participants: speaker ? [speaker, ...participants.filter((p) => p !== speaker)] : participants,
      evidence,
      confidence,
      status,
      dateInfo,
      respondsTo,
      disagreements,
      edited: null,
      ...(rules.length ? { rules } : {}),
    },
    documentIds,
    reasons,
    idInput: withBase({
      type,
      date,
      main: speaker ? [speaker] : main,
      location,
      firstQuote: first ? first.quote : '',
      rank: first ? `${pubOf(first.documentId)}|${first.documentId}|${String(first.start).padStart(9, '0')}` : '',
    }),
  };
}

const withBase = <T extends IdInput>(x: T): T & { base: string } => ({ ...x, base: baseId(x) });

function evidenceText(x: Item, byId: Map<string, SentencedDoc>): string {
  const d = byId.get(x.e.docId);
  return d ? x.e.evidence.map((s) => d.body.slice(s.start, s.end)).join(' ') : '';
}

/** Why reports of several documents were taken as one happening: what they share, and the merge rules (MERGE_RULES ids) behind it. */
function mergeReasons(items: Item[], actors: Map<string, ActorInfo>, book: PlaceBook): { reasons: string[]; rules: string[] } {
  const reasons: string[] = [`same type (${items[0].e.type})`];
  const days = [...new Set(items.map((x) => x.e.date).filter((d): d is string => !!d))];
  if (days.length === 1) reasons.push(`same date (${days[0]})`);
  else if (days.length > 1) reasons.push(`dates within days (${days.sort().join(', ')})`);
  else reasons.push('undated: same participants and publication within days');
  const rules = [days.length ? 'same-happening-across-documents' : 'undated-strong-evidence'];
  const places = [...new Set(items.map((x) => x.e.location).filter((p): p is string => !!p))];
  if (places.length) reasons.push(`compatible places (${places.sort().join('; ')})`);
  let shared = items[0].e.participants;
  for (const x of items.slice(1)) shared = shared.filter((p) => x.e.participants.includes(p));
  if (shared.length) reasons.push(`shared participants (${[...shared].sort().join(', ')})`);
  // how remarks of one speaker were taken as one, and undated reports let into a dated happening
  const quote = sharedQuotation(items);
  if (quote) {
    reasons.push(`shared quotation ("${quote}")`);
    rules.push('shared-quotation');
  }
  if (items[0].e.type === 'statement' && items.some((x) => x.e.dateSource === 'published' && items.some((y) => y.e.docId !== x.e.docId && statedDay(y.e) && sameStatedDay(x.e, y.e)))) {
    reasons.push('speaker-day: a stated day and a day estimated from publication that holds it');
    rules.push('speaker-day');
  }
  if (items[0].e.type === 'statement') {
    const more = statementMergeRules(items, speakerNameWords(actors, items[0].e.participants[0]));
    if (more.includes('same-occasion')) reasons.push('same occasion: one speaker on one kind of occasion, days agreeing');
    if (more.includes('sentence-pair')) reasons.push("sentence-pair: the closest sentences of two documents share words (the speaker's name left out)");
    if (more.includes(LEAD_DAY_REMARK.id)) reasons.push("lead-day remark: one article dated the remark by its lead's day, a day from another document's day for it");
    if (more.includes(BORROWED_DAY_REMARK.id)) reasons.push("borrowed-day remark: one document dated the remark by its narrative's or lead's day, a day from another document's day for it");
    if (more.includes(ESTIMATE_HOLDS_BORROWED.id)) reasons.push("estimate-holds-borrowed: one article gave the remark no day, another dated it by its narrative's or lead's day inside that estimate's span");
    rules.push(...more);
  }
  // places that are not one place yet agree (merge/places-agree.ts), each rule once
  const agreed = new Set<string>();
  for (let i = 0; i < places.length; i++)
    for (let j = i + 1; j < places.length; j++) {
      if (placesCompatible(book, places[i], places[j])) continue;
      const rule = placesAgree(book, places[i], places[j]);
      if (rule) agreed.add(rule);
    }
  if (agreed.has(VENUES_OF_ONE_CITY.id)) reasons.push('venues of one city: places that differ but lie in one city');
  if (agreed.has(UNLOCATED_PLACE.id)) reasons.push('an unlocated place beside a located one: nothing known against it');
  rules.push(...[...agreed].sort());
  if (places.length > 1 && (items[0].e.type === 'meeting' || items[0].e.type === 'visit')) {
    const dayPlace = dayPlaceMergeRules(items, (a, b) => placesCompatible(book, a, b) || placesAgree(book, a, b) !== null, (label) => countryOfLabel(book, label));
    if (dayPlace.length) reasons.push('one day, one country: places that differ but lie in one country');
    rules.push(...dayPlace);
  }
  // a report dated only by its document's day, a day after another's, let in (publication-day-lag)
  if (items.some((x, i) => items.some((y, j) => j > i && x.e.docId !== y.e.docId && toldBeforeItsDay(x, y, false) && !toldBeforeItsDay(x, y)))) {
    reasons.push("publication-day lag: a report dated only by its document's publication day, one day after another's");
    rules.push(PUBLICATION_DAY_LAG.id);
  }
  if (days.length && items.some((x) => !x.e.date)) {
    reasons.push('undated report naming all the people of a dated one, published within days');
    rules.push('undated-within-cluster');
  }
  return { reasons, rules };
}

/** A run of words two documents' reports both quote, or null. */
function sharedQuotation(items: Item[]): string | null {
  const byDoc = new Map<string, Set<string>>();
  for (const x of items) {
    if (!x.quoted.size) continue;
    const set = byDoc.get(x.e.docId) ?? new Set<string>();
    for (const q of x.quoted) set.add(q);
    byDoc.set(x.e.docId, set);
  }
  const docs = [...byDoc.keys()].sort();
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const hit = [...byDoc.get(docs[i])!].sort().find((q) => byDoc.get(docs[j])!.has(q));
      if (hit) return hit;
    }
  return null;
}

/** The rules that fired for the event: its reports' rules (each once, in order), then the merge. */
function rulesOf(items: Item[], mergeRules: string[]): { stage: string; rule: string }[] {
  const out: { stage: string; rule: string }[] = [];
  // (a few rules a report, ~5: a scan of those kept is cheaper than a set of joined keys)
  for (const x of items)
    for (const w of x.e.rules ?? []) {
      let k = 0;
      while (k < out.length && (out[k].rule !== w.rule || out[k].stage !== w.stage)) k++;
      if (k === out.length) out.push(w);
    }
  for (const rule of mergeRules) out.push({ stage: 'merge', rule });
  return out;
}

/**
 * Whether a cluster of statements of several speakers joins a body's readout and a leader it tells as speaking
 * (READOUT_TELLS_LEADER) rather than a body and a person speaking for it (BODY_VOICE): some body and person of it meet
 * by the body's readout alone.
 */
function readoutTellsLeaderIn(items: Item[], actors: Map<string, ActorInfo>): boolean {
  return items.some((t) =>
    items.some((p) => {
      const teller = actors.get(t.e.participants[0]);
      const person = actors.get(p.e.participants[0]);
      return tellsLeader(actors, teller, person, t.voices) && !speaksFor(person, teller, p.voices, toldByReadout(p.e));
    }),
  );
}
