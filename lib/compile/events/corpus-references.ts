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
import { diffById, placeById } from '../keep';

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
 * What a run leaves for the next (with `keep`), so that an edit re-decides only what it can change: the dated events
 * indexed by party (patched with the events that appeared and disappeared, by identity: the merge hands back the same
 * event object for an event it did not change), each reference's decision, and which index lists each decision read.
 * An actor whose kind or affiliation changed makes every event naming it count as changed; any change of the places or
 * a publication day (`envKey`) decides everything again.
 */
export interface ReferenceState {
  envKey: string;
  /** what the last run read of each actor its events name (null: unknown) */
  parties: Map<string, { kind: string; affiliation: string | null } | null>;
  /** last run's input events (in a compile: sorted by id, told from this run's by one walk, keep.ts diffById) */
  list: readonly DatasetEvent[];
  /** dated happenings by `type, p|ap|ac, party or affiliation` (see joinReferencesToDatedEvents) */
  index: Map<string, DatasetEvent[]>;
  /** each reference of last run → the dated event it joins, or null */
  decided: Map<DatasetEvent, DatasetEvent | null>;
  /** an index list's key → the references whose decision read it */
  watch: Map<string, Set<DatasetEvent>>;
  /** a reference → the keys it watches */
  watching: Map<DatasetEvent, string[]>;
  /**
   * each dated event joined by references last run → those references (in the list's order) and the event made of them
   * (its evidence and rules): handed out again while the event and its references are the same objects (the evidence's
   * order reads the publication days, in envKey), so the stages after this one see an unchanged event unchanged
   */
  joined?: Map<DatasetEvent, { refs: DatasetEvent[]; out: DatasetEvent }>;
}

/** the index keys of a dated happening (none for an undated or unjoinable event) */
function datedKeys(e: DatasetEvent, env: ReferenceJoinEnv): string[] {
  if (!isDay(e.date) || !JOINABLE.has(e.type)) return [];
  const keys: string[] = [];
  for (const p of e.participants) {
    keys.push(`${e.type}\u0000p\u0000${p}`);
    const a = env.actor(p);
    if (a?.affiliation) keys.push(`${e.type}\u0000${a.kind === 'person' ? 'ap' : 'ac'}\u0000${a.affiliation}`);
  }
  return keys;
}

/** the keys of the lists that can hold the dated events covering a party (partiesCovered) */
function partyKeys(type: string, party: string, env: ReferenceJoinEnv): string[] {
  const a = env.actor(party);
  const keys = [`${type}\u0000p\u0000${party}`];
  if (a?.affiliation) {
    keys.push(`${type}\u0000ac\u0000${a.affiliation}`);
    if (a.kind !== 'person') keys.push(`${type}\u0000ap\u0000${a.affiliation}`);
  }
  return keys;
}

/** whether an event is a reference the pass tries to join, and the day it was first published (null: it is not) */
function referencePublished(e: DatasetEvent, env: ReferenceJoinEnv): string | null {
  if (e.date || !JOINABLE.has(e.type) || e.status !== 'happened') return null;
  // a pair of parties (a visit: its visitor and a place) makes a reference definite enough
  if (e.type === 'visit' ? !e.participants.length || !e.location : e.participants.length < 2) return null;
  return firstPublished(e, env);
}

const NONE: DatasetEvent[] = [];

/**
 * The decision for one reference (the rule, in one place): the one dated happening it names, or null. Every dated
 * event that covers all the reference's parties is in each party's lists (partiesCovered), so the candidates are
 * looked for in the shortest party's lists only; the keys of those lists are what the decision read.
 */
function decide(e: DatasetEvent, pub: string, index: Map<string, DatasetEvent[]>, env: ReferenceJoinEnv): { target: DatasetEvent | null; keys: string[] } {
  let keys: string[] = [];
  let size = Infinity;
  for (const p of e.participants) {
    const ks = partyKeys(e.type, p, env);
    const n = ks.reduce((k, key) => k + (index.get(key) ?? NONE).length, 0);
    if (n < size) [keys, size] = [ks, n];
  }
  // more than one candidate leaves the reference alone: stop at the second
  const cands: DatasetEvent[] = [];
  for (const key of keys)
    for (const d of index.get(key) ?? NONE) {
      if (cands.length > 1) break;
      if (cands.includes(d)) continue;
      if (d.status === e.status && d.date! <= pub && daysBetween(d.date!, pub) >= UNDATED_PUBLISHED_WITHIN && env.placesOk(d.location, e.location) && partiesCovered(e.participants, d.participants, env) && (e.type !== 'visit' || !!d.location)) cands.push(d);
    }
  return { target: cands.length === 1 ? cands[0] : null, keys };
}

/**
 * Joins undated references to the one dated happening of the corpus they name. Returns the events (the
 * references removed, the dated events with their evidence) and the joins made, in input order. With `previous`
 * (a state of the same envKey) only the references that appeared, and those whose lists gained or lost a dated
 * event, are decided again; with `keep`, the state for the next run.
 */
export function joinReferencesToDatedEvents(
  events: readonly DatasetEvent[],
  env: ReferenceJoinEnv,
  opts: { previous?: ReferenceState; keep?: boolean; envKey?: string } = {},
): { events: DatasetEvent[]; joins: ReferenceJoin[]; state?: ReferenceState } {
  // dated happenings by type: by each participant, and by each participant's affiliation — apart for people ('ap':
  // Avalon's people) and for countries and bodies ('ac': Avalon itself, its ministry). A party can only be covered by
  // the events of its own list (partiesCovered): a person by those naming it or its country; a country or body by those
  // naming it, its people or its bodies. A reference is compared only with the shortest such list among its parties
  // (a corpus of thousands of events stays fast: no copy of a country's whole list per reference).
  const envKey = opts.envKey ?? '';
  const prev = opts.previous && opts.envKey !== undefined && opts.previous.envKey === envKey ? opts.previous : undefined;
  // both lists sorted by id (the merge's): the events gone and come by one walk (no set of every event)
  const diff = prev ? diffById(prev.list, events) : null;
  const keep = !!opts.keep && opts.envKey !== undefined;
  const add = (index: Map<string, DatasetEvent[]>, k: string, e: DatasetEvent) => {
    const list = index.get(k);
    if (!list) index.set(k, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  let index: Map<string, DatasetEvent[]>;
  const decided = prev?.decided ?? new Map<DatasetEvent, DatasetEvent | null>();
  const watch = prev?.watch ?? new Map<string, Set<DatasetEvent>>();
  const watching = prev?.watching ?? new Map<DatasetEvent, string[]>();
  const unwatch = (r: DatasetEvent) => {
    for (const k of watching.get(r) ?? NONE_KEYS) watch.get(k)?.delete(r);
    watching.delete(r);
    decided.delete(r);
  };
  // the references to decide (in a first run: all)
  let todo: DatasetEvent[];
  const seen = prev && !diff ? new Set(events) : null;
  // actors read differently from last run, and the events that appeared (or name such an actor)
  const changedActors = new Set<string>();
  const arrived: DatasetEvent[] = [];
  if (prev) {
    index = prev.index;
    const stale = new Set<DatasetEvent>();
    const touch = (k: string) => {
      for (const r of watch.get(k) ?? NONE_SET) stale.add(r);
    };
    // actors read differently now: the events naming them are taken out (under last run's reading) and put back
    for (const [id, a] of prev.parties) {
      const b = env.actor(id);
      if ((a?.kind ?? null) !== (b?.kind ?? null) || (a?.affiliation ?? null) !== (b?.affiliation ?? null)) changedActors.add(id);
    }
    const names = (e: DatasetEvent) => changedActors.size > 0 && e.participants.some((p) => changedActors.has(p));
    const oldEnv: ReferenceJoinEnv = changedActors.size ? { ...env, actor: (id) => (prev.parties.has(id) ? (prev.parties.get(id) ?? undefined) : env.actor(id)) } : env;
    // last run's events gone, and those naming a changed actor
    const gone: DatasetEvent[] = [];
    if (diff) {
      gone.push(...diff.removed);
      if (changedActors.size) events.forEach((e, i) => diff.from[i] >= 0 && names(e) && gone.push(e));
    } else for (const e of prev.list) if (!seen!.has(e) || names(e)) gone.push(e);
    const goneSet = diff ? new Set(diff.removed) : null;
    const current = (e: DatasetEvent) => (goneSet ? !goneSet.has(e) : seen!.has(e));
    const prevSeen = diff ? null : new Set(prev.list);
    for (const e of gone) {
      for (const k of datedKeys(e, oldEnv)) {
        const list = index.get(k);
        if (list) {
          const at = list.indexOf(e);
          if (at >= 0) list.splice(at, 1);
          if (!list.length) index.delete(k);
        }
        touch(k);
      }
      if (decided.has(e)) unwatch(e);
    }
    todo = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if ((diff ? diff.from[i] >= 0 : prevSeen!.has(e)) && !names(e)) continue;
      arrived.push(e);
      for (const k of datedKeys(e, env)) {
        add(index, k, e);
        touch(k);
      }
      todo.push(e);
    }
    const queued = new Set(todo);
    for (const r of stale) if (current(r) && !queued.has(r)) todo.push(r);
  } else {
    index = new Map();
    for (const e of events) for (const k of datedKeys(e, env)) add(index, k, e);
    todo = events as DatasetEvent[];
  }
  for (const e of todo) {
    const pub = referencePublished(e, env);
    if (!pub) continue;
    const { target, keys } = decide(e, pub, index, env);
    if (keep || prev) {
      unwatch(e);
      decided.set(e, target);
      watching.set(e, keys);
      for (const k of keys) (watch.get(k) ?? watch.set(k, new Set()).get(k)!).add(e);
    } else if (target) decided.set(e, target);
  }
  let state: ReferenceState | undefined;
  if (keep) {
    // what this run read of the actors its events name: last run's, with the changed actors and new events' parties
    const parties: ReferenceState['parties'] = prev?.parties ?? new Map();
    const read = (p: string) => {
      const a = env.actor(p);
      parties.set(p, a ? { kind: a.kind, affiliation: a.affiliation ?? null } : null);
    };
    for (const id of changedActors) read(id);
    for (const e of prev ? arrived : events) for (const p of e.participants) if (!parties.has(p)) read(p);
    state = { envKey, parties, list: events, index, decided, watch, watching };
  }

  const into = new Map<DatasetEvent, DatasetEvent[]>();
  const joins: ReferenceJoin[] = [];
  // the joined references in the list's order: with a diff (the list sorted by id, every decision one of its events)
  // found by their places in it, not by a look-up per event
  const placed = diff ? joinedInPlace(events, decided) : null;
  for (const e of placed ? placed.refs : events) {
    const d = decided.get(e);
    if (!d) continue;
    (into.get(d) ?? into.set(d, []).get(d)!).push(e);
    joins.push({ eventId: d.id, referenceId: e.id, documentIds: [...new Set(e.evidence.map((x) => x.documentId))].sort() });
  }
  // (this run's joined events, for the next run: see ReferenceState.joined)
  const lastJoined = prev?.joined;
  const joinedNow = state ? new Map<DatasetEvent, { refs: DatasetEvent[]; out: DatasetEvent }>() : null;
  if (state) state.joined = joinedNow!;
  if (!joins.length) return { events: [...events], joins, state };
  // (with places: only the references and their dated events are read; the others copied as they are)
  const out: DatasetEvent[] = [];
  // (each place: 1 a joined reference, left out; 2 a dated event joined by one)
  const mark = placed ? new Uint8Array(events.length) : null;
  if (placed) {
    for (const i of placed.at) mark![i] = 1;
    for (const d of into.keys()) {
      const i = placeById(events, d);
      if (i < 0) throw new Error(`references: a dated event not in the list (${d.id})`);
      mark![i] = 2;
    }
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (mark ? mark[i] === 1 : decided.get(e)) continue;
    const refs = mark && mark[i] !== 2 ? undefined : into.get(e);
    if (!refs) {
      out.push(e);
      continue;
    }
    const was = lastJoined?.get(e);
    if (was && was.refs.length === refs.length && was.refs.every((r, k) => r === refs[k])) {
      joinedNow?.set(e, was);
      out.push(was.out);
      continue;
    }
    const seenEv = new Set(e.evidence.map((x) => `${x.documentId}\u0000${x.start}`));
    const evidence = [...e.evidence];
    for (const r of refs)
      for (const x of r.evidence) {
        const k = `${x.documentId}\u0000${x.start}`;
        if (!seenEv.has(k)) {
          seenEv.add(k);
          evidence.push(x);
        }
      }
    // as merge/build.ts orders evidence: by publication, document, offset
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    evidence.sort((a, b) => cmp(env.published(a.documentId) ?? '', env.published(b.documentId) ?? '') || cmp(a.documentId, b.documentId) || a.start - b.start);
    const made = { ...e, evidence, rules: [...(e.rules ?? []), { stage: 'merge', rule: REFERENCE_JOIN_RULE.id }] };
    joinedNow?.set(e, { refs, out: made });
    out.push(made);
  }
  return { events: out, joins, state };
}

const NONE_KEYS: string[] = [];

/** the one event of a list sorted by id with this id, by a binary search; undefined when the list is not so or has none, or two */
function eventWithId(events: readonly DatasetEvent[], id: string): DatasetEvent | undefined {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = events[mid].id;
    if (m === id) {
      // (the list's order and the id's being alone checked around it: a map of the list would take its last event)
      if ((mid > 0 && !(events[mid - 1].id < id)) || (mid + 1 < events.length && !(id < events[mid + 1].id))) return undefined;
      return events[mid];
    }
    if (m < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
const NONE_SET = new Set<DatasetEvent>();

/**
 * The references decided to join a dated event, in the list's order, and their places (the list sorted by id, as a
 * diff found it); null when one is not in the list (the walk over every event then).
 */
function joinedInPlace(events: readonly DatasetEvent[], decided: Map<DatasetEvent, DatasetEvent | null>): { refs: DatasetEvent[]; at: number[] } | null {
  const found: [number, DatasetEvent][] = [];
  for (const [r, d] of decided) {
    if (!d) continue;
    const i = placeById(events, r);
    if (i < 0) return null;
    found.push([i, r]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return { refs: found.map((x) => x[1]), at: found.map((x) => x[0]) };
}

/**
 * The compile's call (index.ts, right after mergeEvents): joins the references in the merge result and records
 * each join among its merges, with its reason. With `keep`, returns the state for the next call (`previous`): a
 * long-lived process then decides again only the references an edit can change (the merge keeps the event objects of
 * the events it did not change).
 */
export function joinCorpusReferences(
  merged: { events: DatasetEvent[]; merges: { eventId: string; documentIds: string[]; reasons: string[] }[] },
  docs: readonly SentencedDoc[],
  actors: Map<string, ActorInfo>,
  places: PlaceEntry[],
  opts: { previous?: ReferenceState; keep?: boolean } = {},
): ReferenceState | undefined {
  const pub = new Map(docs.map((d) => [d.id, d.meta.published]));
  const book = placeBook(places);
  // what the decisions read besides the events and the actors (followed per actor): the places, the publication days
  let envKey: string | undefined;
  if (opts.keep || opts.previous) {
    const parts: string[] = [JSON.stringify(places)];
    for (const d of docs) parts.push(`${d.id}\u0001${d.meta.published}`);
    envKey = parts.join('\u0000');
  }
  const { events, joins, state } = joinReferencesToDatedEvents(
    merged.events,
    {
      published: (id) => pub.get(id),
      actor: (id) => actors.get(id),
      placesOk: (a, b) => placesCompatible(book, a, b),
    },
    { previous: opts.previous, keep: opts.keep, envKey },
  );
  if (!joins.length) return state;
  merged.events = events;
  // one entry per event (the report lists them by id): a dated event already merged across documents gains the
  // referring documents and the reason
  // (the entries of the joined events only: not a map of every merge entry)
  const joined = new Set(joins.map((j) => j.eventId));
  const byEvent = new Map<string, (typeof merged.merges)[number]>();
  for (const m of merged.merges) if (joined.has(m.eventId)) byEvent.set(m.eventId, m);
  let eventById: Map<string, DatasetEvent> | null = null;
  for (const j of joins) {
    const reason = `${REFERENCE_JOIN_RULE.id}: the undated ${j.referenceId} refers to it`;
    const entry = byEvent.get(j.eventId);
    if (entry) {
      entry.documentIds = [...new Set([...entry.documentIds, ...j.documentIds])].sort();
      entry.reasons = [...entry.reasons, reason];
    } else {
      // (found by its id in the list, sorted by id as the merge makes it: no map of every event per compile)
      let dated = eventWithId(events, j.eventId);
      if (!dated) {
        eventById ??= new Map(events.map((e) => [e.id, e]));
        dated = eventById.get(j.eventId)!;
      }
      const added = { eventId: j.eventId, documentIds: [...new Set(dated.evidence.map((x) => x.documentId))].sort(), reasons: [reason] };
      merged.merges.push(added);
      byEvent.set(j.eventId, added);
    }
  }
  return state;
}
