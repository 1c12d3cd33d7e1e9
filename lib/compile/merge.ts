/**
 * merge: reports of the same happening across documents become one event
 * (same type, shared participants without contradiction, compatible dates and
 * places), keeping every evidence quote. Order-independent (inputs are sorted
 * first), ids are stable (what/ids.ts), confidence from what/confidence.ts.
 */
import { precisionOf, type DatasetEvent, type Disagreement, type EventType, type PlaceEntry } from '../schema';
import type { ActorInfo, DocEvent, SentencedDoc } from './types';
import { datesCompatible, daysBetween } from './what/anchors';
import { combineStatus, statusClass } from './what/modality';
import { placeBook, placesCompatible, labelSpecificity, type PlaceBook } from './what/places';
import { confidenceOf } from './what/confidence';
import { assignIds, normaliseForHash } from './what/ids';
import { eventTitle, readableId, statementGist } from './what/titles';
import type { DateSource, WhatDocEvent } from './what/types';
import { EVENT_TYPES } from './event-types';

export interface MergeResult {
  events: DatasetEvent[];
  /** events merged from more than one document, with the reasons the reports were taken as one */
  merges: { eventId: string; documentIds: string[]; reasons: string[] }[];
}

export interface MergeOptions {
  actors?: Map<string, ActorInfo>;
  places?: PlaceEntry[];
}

export interface Item {
  e: WhatDocEvent;
  published: string;
  outlet: string;
  kind: 'article' | 'transcript';
  key: string;
  persons: string[];
  others: string[];
  /** content words of the quotes: statements only (the only pairs that compare words) */
  words: Set<string>;
  /** runs of QUOTE_RUN words inside quotation marks: statements only (the speaker's own words, as two outlets quote them) */
  quoted: Set<string>;
}

/** What the candidate loop checks before scoring a pair: conditions under which pairScore is surely null. */
interface Gate {
  /** statusClass of the report, as a number */
  status: number;
  /** day number of a day date, NaN when the date is not a day */
  day: number;
  /** day number of the publication date; NaN when undated (only undated reports need it) */
  published: number;
}
const STATUS_CODE = { real: 0, plan: 1, denied: 2 } as const;
const DAY = 86_400_000;
function dayNumber(iso: string | null | undefined): number {
  if (!iso || iso.length !== 10) return NaN;
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}
/**
 * True when pairScore(a, b) is null for sure, from three numbers (no allocation, no lookup):
 * other status class; two day dates more than 3 days apart (pairScore's widest gap, with one
 * day of margin for rounding); an undated report and publications 7 days apart or more
 * (undatedAlike, one day of margin). NaN never gates.
 */
function gated(a: Gate, b: Gate): boolean {
  if (a.status !== b.status) return true;
  if (Math.abs(a.day - b.day) > 4) return true;
  return Math.abs(a.published - b.published) > 8;
}

const SOURCE_RANK: Record<DateSource, number> = { explicit: 4, anchored: 3, published: 2, range: 1, none: 0 };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function mergeEvents(docEvents: DocEvent[], docs: SentencedDoc[], opts: MergeOptions = {}): MergeResult {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const actors = opts.actors ?? new Map<string, ActorInfo>();
  const book = placeBook(opts.places ?? []);
  const isPerson = (id: string) => {
    const k = actors.get(id)?.kind;
    return k ? k === 'person' || k === 'group' : !/^(?:united-|european-)/.test(id);
  };

  const items: Item[] = (docEvents as WhatDocEvent[])
    .filter((e) => byId.has(e.docId) && e.evidence.length)
    .map((e) => {
      const d = byId.get(e.docId)!;
      const first = e.evidence[0];
      return {
        e,
        published: e.published ?? d.meta.published,
        outlet: d.meta.outlet,
        kind: e.docKind ?? d.meta.kind,
        key: `${d.meta.published}|${e.docId}|${String(first.start).padStart(9, '0')}|${e.type}|${e.title}|${e.participants.join(',')}`,
        persons: e.participants.filter(isPerson),
        others: e.participants.filter((p) => !isPerson(p)),
        words: e.type === 'statement' ? contentWords(e.evidence.map((s) => d.body.slice(s.start, s.end)).join(' ')) : NO_WORDS,
        quoted: e.type === 'statement' ? quotedRuns(e.evidence.map((s) => d.body.slice(s.start, s.end))) : NO_WORDS,
      };
    })
    .sort((a, b) => cmp(a.key, b.key));
  const gates: Gate[] = items.map((x) => ({
    status: STATUS_CODE[statusClass(x.e.status)],
    day: dayNumber(x.e.date),
    published: x.e.date ? NaN : dayNumber(x.published),
  }));

  // ---- agglomerative clustering, complete linkage ----
  // only reports sharing a block (type + a participant, an affiliation or a day) can be the same happening
  const n = items.length;
  const blocks = new Map<string, number[]>();
  items.forEach((x, i) => {
    const keys = new Set<string>();
    const t = x.e.type;
    for (const p of x.e.participants) {
      keys.add(`${t}|p|${p}`);
      const aff = actors.get(p)?.affiliation;
      if (aff && t !== 'statement') keys.add(`${t}|a|${aff}`);
    }
    if (x.e.date && x.e.date.length === 10 && t !== 'statement') keys.add(`${t}|d|${x.e.date}`);
    for (const k of keys) {
      const block = blocks.get(k);
      if (block) block.push(i);
      else blocks.set(k, [i]);
    }
  });
  const compat = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i); // exact for n < 2^26
  const pairs: { i: number; j: number; score: number }[] = [];
  const tried = new Set<number>();
  const seenPair = (k: number) => {
    if (tried.has(k)) return true;
    if (tried.size < 8_000_000) tried.add(k);
    return false;
  };
  // a huge block (one actor everywhere) compares each report with its neighbours only, so the work stays bounded
  const WINDOW = 60;
  for (const idx of blocks.values())
    for (let a = 0; a < idx.length; a++)
      for (let b = a + 1; b < Math.min(idx.length, idx.length > 4 * WINDOW ? a + 1 + WINDOW : idx.length); b++) {
        // the output depends only on the pairs that score (a pair visited twice is scored once, and a
        // repeated pair would sort next to itself and change nothing): pairs that cannot score are skipped first
        if (gated(gates[idx[a]], gates[idx[b]])) continue;
        const k = key(idx[a], idx[b]);
        if (seenPair(k)) continue;
        const s = pairScore(items[idx[a]], items[idx[b]], book, actors);
        if (s !== null) {
          compat.set(k, s);
          pairs.push({ i: Math.min(idx[a], idx[b]), j: Math.max(idx[a], idx[b]), score: s });
        }
      }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const clusterOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  for (const p of pairs) {
    const ca = clusterOf[p.i];
    const cb = clusterOf[p.j];
    if (ca === cb) continue;
    const ma = members.get(ca)!;
    const mb = members.get(cb)!;
    // no hard conflict between any two reports of the clusters, and most pairs shown alike
    let alike = 0;
    let conflict = false;
    for (const x of ma) {
      for (const y of mb) {
        if (compat.has(key(x, y))) alike++;
        else if (hardConflict(items[x], items[y], book)) {
          conflict = true;
          break;
        }
      }
      if (conflict) break;
    }
    if (conflict || alike * 2 < ma.length * mb.length) continue;
    const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
    const dropped = members.get(drop)!;
    members.set(keep, mergeSorted(members.get(keep)!, dropped));
    members.delete(drop);
    for (const x of dropped) clusterOf[x] = keep;
  }

  // ---- build events ----
  // a meeting or a call takes two sides: one name alone, in every report of it, is a mention whose other side was not found
  const built = [...members.values()]
    .map((idx) => buildEvent(idx.map((i) => items[i]), byId, actors, book))
    .filter((b) => !(EVENT_TYPES[b.event.type].twoSides && b.event.participants.length === 1));
  const ids = assignIds(built.map((b) => b.idInput));
  const events: DatasetEvent[] = built.map((b, i) => ({ ...b.event, id: ids[i] }));
  const merges = built
    .map((b, i) => ({ eventId: ids[i], documentIds: b.documentIds, reasons: b.reasons }))
    .filter((m) => m.documentIds.length > 1)
    .sort((a, b) => cmp(a.eventId, b.eventId));
  events.sort((a, b) => cmp(a.id, b.id));
  return { events, merges };
}

// ---------------------------------------------------------------- compatibility

const NO_WORDS: Set<string> = new Set();

/** Two ascending lists as one ascending list. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

const STOP = new Set('the a an and or of to in on at for with by from that this is are was were be been has have had it its as he she they we i you his her their our not but said says will would'.split(' '));

function contentWords(text: string): Set<string> {
  return new Set(
    normaliseForHash(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** How many words in a row two reports must quote alike to be quoting one remark. */
export const QUOTE_RUN = 5;
/** a quotation, closed or running to the end of the evidence (a quote closing after the sentence's full stop) */
const QUOTE_RE = /“([^“”]+)(?:”|$)|"([^"]+)(?:"|$)/g;

/** Every run of QUOTE_RUN words inside the quotation marks of the texts (lower-case, punctuation dropped). */
export function quotedRuns(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(QUOTE_RE)) {
      const words = normaliseForHash(m[1] ?? m[2] ?? '').split(' ').filter(Boolean);
      for (let i = 0; i + QUOTE_RUN <= words.length; i++) out.add(words.slice(i, i + QUOTE_RUN).join(' '));
    }
  return out;
}

function shareAny(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const uni = a.size + b.size - inter;
  return uni ? inter / uni : 0;
}

function dateOf(e: WhatDocEvent): { value: string | null; range: { from: string; to: string } | null } {
  return { value: e.date, range: e.dateRange ?? null };
}

/**
 * True when two reports can never be one happening, whatever else is said:
 * other type, plan vs fact, other place, far-apart days, other speaker, other
 * pair of callers. (Too few shared participants is only "not shown alike".)
 */
function hardConflict(a: Item, b: Item, book: PlaceBook): boolean {
  const ea = a.e;
  const eb = b.e;
  if (ea.type !== eb.type || statusClass(ea.status) !== statusClass(eb.status)) return true;
  if ((ea.sequel || eb.sequel) && ea.docId === eb.docId) return true;
  if (!placesCompatible(book, ea.location, eb.location)) return true;
  if (toldBeforeItsDay(a, b)) return true;
  if (ea.date && eb.date && ea.date.length === 10 && eb.date.length === 10 && ea.date !== eb.date) {
    const bothExplicit = (ea.dateSource ?? 'explicit') === 'explicit' && (eb.dateSource ?? 'explicit') === 'explicit';
    if (Math.abs(daysBetween(ea.date, eb.date)) > (bothExplicit ? 1 : 3)) return true;
    // one report telling two days ("on Sunday … on Monday") tells two happenings
    if (bothExplicit && ea.docId === eb.docId) return true;
  } else if (!datesCompatible(dateOf(ea), dateOf(eb))) return true;
  if (ea.type === 'statement' && ea.participants[0] !== eb.participants[0]) return true;
  if ((!ea.date || !eb.date) && !undatedAlike(a, b) && !undatedWithin(a, b)) return true;
  if (ea.type === 'call' && a.persons.length >= 2 && b.persons.length >= 2) {
    const ma = (ea.mainParticipants ?? ea.participants).slice(0, 2);
    const mb = (eb.mainParticipants ?? eb.participants).slice(0, 2);
    if (ma.length === 2 && mb.length === 2 && ma.filter((x) => mb.includes(x)).length < 2 && a.persons.filter((p) => b.persons.includes(p)).length < 2) return true;
  }
  return false;
}

/** Reports published this many days apart or more never merge when one of them is undated. */
export const UNDATED_PUBLISHED_WITHIN = 7;

/**
 * An undated report is one happening with another only on strong evidence (MERGE_RULES undated-strong-evidence):
 * same core participants (the main pair, or the same people), compatible places (checked before), and
 * documents published within days of each other. Two rounds of talks of the same people in other cities or
 * months, one of them undated, stay two events.
 */
export function undatedAlike(a: Item, b: Item): boolean {
  if (Math.abs(daysBetween(a.published, b.published)) >= UNDATED_PUBLISHED_WITHIN) return false;
  const core = (x: Item) => {
    const main = (x.e.mainParticipants ?? x.e.participants).slice(0, 2);
    return [...new Set(main)].sort().join('|');
  };
  if (core(a) === core(b)) return true;
  const pa = [...new Set(a.persons)].sort().join('|');
  const pb = [...new Set(b.persons)].sort().join('|');
  return pa !== '' && pa === pb;
}

/**
 * Within a cluster, an undated report is no hard conflict with a dated one whose people it all names
 * (MERGE_RULES undated-within-cluster): "the summit was cut short" (both leaders, undated) and "disputed
 * the president's account of the talks with the leader" (one of them, dated) may join the cluster of the
 * dated summit that the undated report itself matched on strong evidence; the pair alone never scores.
 */
export function undatedWithin(a: Item, b: Item): boolean {
  if (Math.abs(daysBetween(a.published, b.published)) >= UNDATED_PUBLISHED_WITHIN) return false;
  const [undated, dated] = a.e.date ? [b, a] : [a, b];
  if (undated.e.date || !dated.e.date || !dated.persons.length) return false;
  return dated.persons.every((p) => undated.persons.includes(p));
}

/**
 * A document cannot report as done what happened after it was published (MERGE_RULES told-before-its-day):
 * a meeting one document reports on the day it is published ("met for the first time on Friday") and a
 * meeting another dates by its text to a later day ("held their summit on Saturday") are two meetings of
 * the same pair on consecutive days, not one told with two days. Statements are left to speaker-day; a visit
 * lasts days.
 */
export function toldBeforeItsDay(a: Item, b: Item): boolean {
  if (a.e.type === 'statement' || a.e.type === 'visit' || statusClass(a.e.status) !== 'real' || statusClass(b.e.status) !== 'real') return false;
  // both days stated and different; the later one after the other document was published (a report "is meeting"
  // on the day a document in another time zone is dated still agrees: its own day is the same)
  const after = (x: Item, y: Item) => statedDay(x.e) && statedDay(y.e) && x.e.date! !== y.e.date && x.e.date! <= x.published && y.e.date! > x.published;
  return after(a, b) || after(b, a);
}

const statedDay = (e: WhatDocEvent) => !!e.date && e.date.length === 10 && (e.dateSource ?? 'explicit') !== 'range' && e.dateSource !== 'published';

/**
 * Both on the same day by the text (not estimated from a week or the publication), or one on a day the
 * text states and the other estimated from its publication on a span holding that day (speaker-day: a
 * remark one outlet dates and another reports the next morning without a day).
 */
function sameStatedDay(a: WhatDocEvent, b: WhatDocEvent): boolean {
  if (statedDay(a) && statedDay(b)) return a.date === b.date;
  const [stated, est] = statedDay(a) ? [a, b] : [b, a];
  if (!statedDay(stated) || est.dateSource !== 'published' || !est.dateRange) return false;
  const day = stated.date!;
  return est.dateRange.from <= day && day <= est.dateRange.to;
}

/** null when the two reports cannot be the same happening; else how alike they are. */
function pairScore(a: Item, b: Item, book: PlaceBook, actors: Map<string, ActorInfo>): number | null {
  const ea = a.e;
  const eb = b.e;
  if (ea.type !== eb.type) return null;
  if (statusClass(ea.status) !== statusClass(eb.status)) return null;
  if ((ea.sequel || eb.sequel) && ea.docId === eb.docId) return null;
  if (!placesCompatible(book, ea.location, eb.location)) return null;
  if (toldBeforeItsDay(a, b)) return null;
  // dates
  let score = 0;
  const da = dateOf(ea);
  const db = dateOf(eb);
  if (ea.date && eb.date && ea.date.length === 10 && eb.date.length === 10 && ea.date !== eb.date) {
    const gap = Math.abs(daysBetween(ea.date, eb.date));
    const bothExplicit = (ea.dateSource ?? 'explicit') === 'explicit' && (eb.dateSource ?? 'explicit') === 'explicit';
    if (gap > (bothExplicit ? 1 : 3)) return null;
    if (bothExplicit && ea.docId === eb.docId) return null;
    score -= gap;
  } else if (!datesCompatible(da, db)) return null;
  else if (ea.date && ea.date === eb.date) score += 2;
  // an undated report is the same happening only on strong evidence
  if ((!ea.date || !eb.date) && !undatedAlike(a, b)) return null;

  if (ea.type === 'statement') {
    if (ea.participants[0] !== eb.participants[0]) return null;
    const sim = jaccard(a.words, b.words);
    // the same words quoted by two documents are one remark (shared-quotation), whatever else each tells of it
    if (ea.docId !== eb.docId && a.quoted.size && b.quoted.size && shareAny(a.quoted, b.quoted)) return score + 4 + Math.max(sim * 4, 1);
    // one remark of a speaker on a stated day, reported by several documents, is one statement (speaker-day)
    // … told by other documents in other words: some shared words, or the same answered party
    if (sim < 0.25 && !(ea.docId !== eb.docId && sameStatedDay(ea, eb) && (sim >= 0.12 || ea.respondsTo.some((r) => eb.respondsTo.includes(r))))) return null;
    return score + 4 + sim * 4;
  }

  const sharedPersons = a.persons.filter((p) => b.persons.includes(p)).length;
  if (a.persons.length && b.persons.length) {
    const need = Math.min(2, a.persons.length, b.persons.length);
    if (sharedPersons < need) return null;
    // a call is between its two main parties: different pairs are different calls
    if (ea.type === 'call' || ea.type === 'visit') {
      const ma = (ea.mainParticipants ?? ea.participants).slice(0, 2);
      const mb = (eb.mainParticipants ?? eb.participants).slice(0, 2);
      if (ma.length === 2 && mb.length === 2 && ma.filter((x) => mb.includes(x)).length < 2 && sharedPersons < 2) return null;
    }
    score += sharedPersons * 3;
  } else if (a.persons.length || b.persons.length) {
    // countries/organisations stand for their people
    const people = a.persons.length ? a : b;
    const states = a.persons.length ? b : a;
    if (!states.others.length) {
      // no participants at all: only with the same day and place
      if (!(ea.date && ea.date === eb.date && ea.date.length === 10 && ea.location && eb.location)) return null;
      return score + 1;
    }
    const affs = new Set(people.persons.map((p) => actors.get(p)?.affiliation ?? '').filter(Boolean));
    const stateAffs = states.others.map((o) => actors.get(o)?.affiliation ?? o);
    const hit = stateAffs.filter((x) => affs.has(x)).length;
    if (hit < Math.min(2, stateAffs.length)) return null;
    if (!(ea.date && eb.date && ea.date === eb.date)) return null;
    score += hit;
  } else {
    const shared = a.others.filter((p) => b.others.includes(p)).length;
    if (!shared && (a.others.length || b.others.length)) return null;
    // countries only: talks of A with B and of A with C are different rounds
    if (a.others.length >= 2 && b.others.length >= 2 && shared < Math.min(2, a.others.length, b.others.length)) return null;
    if (!shared && !(ea.date && ea.date === eb.date && ea.date.length === 10)) return null;
    score += shared * 2;
  }
  if (ea.location && eb.location) score += 1;
  return score;
}

// ---------------------------------------------------------------- building

function buildEvent(
  items: Item[],
  byId: Map<string, SentencedDoc>,
  actors: Map<string, ActorInfo>,
  book: PlaceBook,
): {
  event: Omit<DatasetEvent, 'id'>;
  documentIds: string[];
  reasons: string[];
  idInput: { type: EventType; date: string | null; main: string[]; location: string | null; firstQuote: string; rank: string };
} {
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
    const r = SOURCE_RANK[x.e.dateSource ?? 'explicit'];
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

  const { reasons, rules: mergeRules } = documentIds.length > 1 ? mergeReasons(items) : { reasons: [], rules: [] };
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
    idInput: {
      type,
      date,
      main: speaker ? [speaker] : main,
      location,
      firstQuote: first ? first.quote : '',
      rank: first ? `${pubOf(first.documentId)}|${first.documentId}|${String(first.start).padStart(9, '0')}` : '',
    },
  };
}

function evidenceText(x: Item, byId: Map<string, SentencedDoc>): string {
  const d = byId.get(x.e.docId);
  return d ? x.e.evidence.map((s) => d.body.slice(s.start, s.end)).join(' ') : '';
}

/** Why reports of several documents were taken as one happening: what they share, and the merge rules (MERGE_RULES ids) behind it. */
function mergeReasons(items: Item[]): { reasons: string[]; rules: string[] } {
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
  const seen = new Set<string>();
  for (const x of items)
    for (const w of x.e.rules ?? []) {
      const k = `${w.stage}\u0000${w.rule}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(w);
    }
  for (const rule of mergeRules) out.push({ stage: 'merge', rule });
  return out;
}
