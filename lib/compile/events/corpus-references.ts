/**
 * Corpus pass (after the cross-document merge): a happening one document only refers to, without a day
 * ("the lakeside meeting between the two presidents laid the groundwork", "as part of this deal, Avalon agreed …",
 * a declaration's own text), is the happening the corpus dates elsewhere when exactly one dated report of it
 * exists: same type and status, all its parties among the dated event's (a country counts as present when
 * one of its people is: the governments of Avalon and Nordvik ↔ their leaders who signed), a compatible
 * place, and a day at least a week before the referring document was published (a document cannot refer to
 * what had not happened yet; within a week the merge itself decides, with the reports' words to compare). The merge's own rule for undated reports (merge/score.ts undatedAlike) asks for
 * documents published within a week of each other; a reference weeks or months later, or by the countries
 * instead of their leaders, is left there as an undated duplicate of the dated event.
 *
 * Rule `reference-joins-dated-happening` (stage merge): the undated event's evidence joins the dated one;
 * nothing else of the dated event changes (id, day, participants, place). Two or more dated candidates
 * (two summits of the same pair) leave the reference alone: which one it means is not known. Statements
 * are never joined (a remark is dated by its speaker, not by a happening). Pure; deterministic (events are
 * visited in input order, evidence sorted by document and offset).
 */
import type { DatasetEvent, PlaceEntry } from '../../schema';
import type { ActorInfo, SentencedDoc } from '../types';
import { placeBook, placesCompatible } from '../what/places';
import { daysBetween } from '../what/anchors';
import { UNDATED_PUBLISHED_WITHIN } from '../merge/score';

export const REFERENCE_JOIN_RULE = {
  id: 'reference-joins-dated-happening',
  effect:
    'an undated meeting, call, visit or agreement whose parties all take part in exactly one dated happening of the same type and status in the corpus (a country through one of its people), at a compatible place, on or before the referring document was published, is that happening: its evidence joins it',
  example: 'the lakeside meeting between President Birch and President Alder laid the groundwork',
} as const;

export interface ReferenceJoinEnv {
  /** publication day of each document */
  published: (docId: string) => string | undefined;
  /** the actor's kind ('person', 'country', …) and affiliation (a person's country), when known */
  actor: (id: string) => { kind: string; affiliation: string | null } | undefined;
  /** whether two place labels can name the same location (null is compatible with anything) */
  placesOk: (a: string | null, b: string | null) => boolean;
}

export interface ReferenceJoin {
  /** the dated event the reference joined */
  eventId: string;
  /** the undated event folded into it */
  referenceId: string;
  documentIds: string[];
}

const JOINABLE = new Set<DatasetEvent['type']>(['meeting', 'call', 'visit', 'agreement']);
const isDay = (d: string | null) => !!d && d.length === 10;

/**
 * every party of the reference takes part in the dated event, or its country does, or one of its people does
 * (the governments of Avalon and Nordvik ↔ their leaders; Avalon's president ↔ Avalon): by the actors'
 * affiliation (a country's is its own code, a person's the country they serve)
 */
export function partiesCovered(ref: readonly string[], dated: readonly string[], env: Pick<ReferenceJoinEnv, 'actor'>): boolean {
  const affs = new Set<string>();
  for (const p of dated) {
    const a = env.actor(p);
    if (a?.affiliation) affs.add(a.affiliation);
  }
  const states = new Set<string>();
  for (const p of dated) {
    const a = env.actor(p);
    if (a && a.kind !== 'person' && a.affiliation) states.add(a.affiliation);
  }
  return ref.every((p) => {
    if (dated.includes(p)) return true;
    const a = env.actor(p);
    if (!a?.affiliation) return false;
    return a.kind === 'person' ? states.has(a.affiliation) : affs.has(a.affiliation);
  });
}

/** the earliest publication day among the documents of an event's evidence */
function firstPublished(e: DatasetEvent, env: ReferenceJoinEnv): string | null {
  let first: string | null = null;
  for (const x of e.evidence) {
    const p = env.published(x.documentId);
    if (p && (!first || p < first)) first = p;
  }
  return first;
}

/**
 * Joins undated references to the one dated happening of the corpus they name. Returns the events (the
 * references removed, the dated events with their evidence) and the joins made, in input order.
 */
export function joinReferencesToDatedEvents(events: readonly DatasetEvent[], env: ReferenceJoinEnv): { events: DatasetEvent[]; joins: ReferenceJoin[] } {
  // dated happenings by type: by each participant, and by each participant's affiliation — apart for people ('ap':
  // Avalon's people) and for countries and bodies ('ac': Avalon itself, its ministry). A party can only be covered by
  // the events of its own list (partiesCovered): a person by those naming it or its country; a country or body by those
  // naming it, its people or its bodies. A reference is compared only with the shortest such list among its parties
  // (a corpus of thousands of events stays fast: no copy of a country's whole list per reference).
  const index = new Map<string, DatasetEvent[]>();
  const add = (k: string, e: DatasetEvent) => {
    const list = index.get(k);
    if (!list) index.set(k, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  for (const e of events) {
    if (!isDay(e.date) || !JOINABLE.has(e.type)) continue;
    for (const p of e.participants) {
      add(`${e.type}\u0000p\u0000${p}`, e);
      const a = env.actor(p);
      if (a?.affiliation) add(`${e.type}\u0000${a.kind === 'person' ? 'ap' : 'ac'}\u0000${a.affiliation}`, e);
    }
  }
  const none: DatasetEvent[] = [];
  const listsFor = (type: string, party: string): DatasetEvent[][] => {
    const a = env.actor(party);
    const lists = [index.get(`${type}\u0000p\u0000${party}`) ?? none];
    if (a?.affiliation) {
      lists.push(index.get(`${type}\u0000ac\u0000${a.affiliation}`) ?? none);
      if (a.kind !== 'person') lists.push(index.get(`${type}\u0000ap\u0000${a.affiliation}`) ?? none);
    }
    return lists;
  };
  const into = new Map<DatasetEvent, DatasetEvent[]>();
  const gone = new Set<DatasetEvent>();
  const joins: ReferenceJoin[] = [];
  for (const e of events) {
    if (e.date || !JOINABLE.has(e.type) || e.status !== 'happened') continue;
    // a pair of parties (a visit: its visitor and a place) makes a reference definite enough
    if (e.type === 'visit' ? !e.participants.length || !e.location : e.participants.length < 2) continue;
    const pub = firstPublished(e, env);
    if (!pub) continue;
    let pool: DatasetEvent[][] | null = null;
    let size = Infinity;
    for (const p of e.participants) {
      const lists = listsFor(e.type, p);
      const n = lists.reduce((k, l) => k + l.length, 0);
      if (n < size) [pool, size] = [lists, n];
    }
    // more than one candidate leaves the reference alone: stop at the second
    const cands: DatasetEvent[] = [];
    for (const list of pool ?? [])
      for (const d of list) {
        if (cands.length > 1) break;
        if (cands.includes(d)) continue;
        if (d.status === e.status && d.date! <= pub && daysBetween(d.date!, pub) >= UNDATED_PUBLISHED_WITHIN && env.placesOk(d.location, e.location) && partiesCovered(e.participants, d.participants, env) && (e.type !== 'visit' || !!d.location)) cands.push(d);
      }
    if (cands.length !== 1) continue;
    const d = cands[0];
    (into.get(d) ?? into.set(d, []).get(d)!).push(e);
    gone.add(e);
    joins.push({ eventId: d.id, referenceId: e.id, documentIds: [...new Set(e.evidence.map((x) => x.documentId))].sort() });
  }
  if (!joins.length) return { events: [...events], joins };
  const out: DatasetEvent[] = [];
  for (const e of events) {
    if (gone.has(e)) continue;
    const refs = into.get(e);
    if (!refs) {
      out.push(e);
      continue;
    }
    const seen = new Set(e.evidence.map((x) => `${x.documentId}\u0000${x.start}`));
    const evidence = [...e.evidence];
    for (const r of refs)
      for (const x of r.evidence) {
        const k = `${x.documentId}\u0000${x.start}`;
        if (!seen.has(k)) {
          seen.add(k);
          evidence.push(x);
        }
      }
    // as merge/build.ts orders evidence: by publication, document, offset
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    evidence.sort((a, b) => cmp(env.published(a.documentId) ?? '', env.published(b.documentId) ?? '') || cmp(a.documentId, b.documentId) || a.start - b.start);
    out.push({ ...e, evidence, rules: [...(e.rules ?? []), { stage: 'merge', rule: REFERENCE_JOIN_RULE.id }] });
  }
  return { events: out, joins };
}

/**
 * The compile's call (index.ts, right after mergeEvents): joins the references in the merge result and records
 * each join among its merges, with its reason.
 */
export function joinCorpusReferences(merged: { events: DatasetEvent[]; merges: { eventId: string; documentIds: string[]; reasons: string[] }[] }, docs: readonly SentencedDoc[], actors: Map<string, ActorInfo>, places: PlaceEntry[]): void {
  const pub = new Map(docs.map((d) => [d.id, d.meta.published]));
  const book = placeBook(places);
  const { events, joins } = joinReferencesToDatedEvents(merged.events, {
    published: (id) => pub.get(id),
    actor: (id) => actors.get(id),
    placesOk: (a, b) => placesCompatible(book, a, b),
  });
  if (!joins.length) return;
  merged.events = events;
  // one entry per event (the report lists them by id): a dated event already merged across documents gains the
  // referring documents and the reason
  const byEvent = new Map(merged.merges.map((m) => [m.eventId, m]));
  for (const j of joins) {
    const reason = `${REFERENCE_JOIN_RULE.id}: the undated ${j.referenceId} refers to it`;
    const entry = byEvent.get(j.eventId);
    if (entry) {
      entry.documentIds = [...new Set([...entry.documentIds, ...j.documentIds])].sort();
      entry.reasons = [...entry.reasons, reason];
    } else {
      const dated = events.find((e) => e.id === j.eventId)!;
      const added = { eventId: j.eventId, documentIds: [...new Set(dated.evidence.map((x) => x.documentId))].sort(), reasons: [reason] };
      merged.merges.push(added);
      byEvent.set(j.eventId, added);
    }
  }
}
