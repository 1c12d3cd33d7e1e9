/**
 * merge: reports of the same happening across documents become one event
 * (same type, shared participants without contradiction, compatible dates and
 * places), keeping every evidence quote. Order-independent (inputs are sorted
 * first), ids are stable (what/ids.ts), confidence from what/confidence.ts.
 *
 * Steps: reports → Items (merge/score.ts) → blocks (type + a participant, an affiliation
 * or a day: only reports sharing one are compared) → scored pairs → connected components
 * of the pairs → complete-linkage clusters inside each component (merge/linkage.ts) → one
 * event per cluster (merge/build.ts) → ids.
 *
 * Incremental: with `keep`, the result carries a MergeState; passed back as `previous`,
 * blocks whose reports are all unchanged reuse their scored pairs, components whose
 * reports and pairs are unchanged reuse their clusters, and clusters whose reports are
 * unchanged reuse their built event. The output is byte-identical to a full merge
 * (merge.incremental.test.ts): a report keeps its uid only while its document's key, the
 * actors it names and the places are unchanged.
 */
import { createHash } from 'node:crypto';
import type { DatasetEvent, PlaceEntry } from '../schema';
import type { ActorInfo, DocEvent, SentencedDoc } from './types';
import { assignIds, fnv1a, normaliseForHash } from './what/ids';
import type { WhatDocEvent } from './what/types';
import { EVENT_TYPES } from './event-types';
import { dayNumber, makeItem, NO_WORDS, pairScore, Scorer, UNDATED_PUBLISHED_WITHIN, type Item } from './merge/score';
import { oneDayOfOneKind } from './merge/one-day-one-country';
import { buildEvent, type Built } from './merge/build';
import { completeLinkage } from './merge/linkage';
import { voiceKeys } from './merge/body-voice';
import { isTold, toldKeys } from './merge/readout-tells-leader';
import { PairList, PairTable } from './merge/pair-table';
import type { ReferenceState } from './events/corpus-references';
import type { EdgeState } from './network';
import { knownSortedById } from './keep';

export { undatedAlike, undatedWithin, toldBeforeItsDay, quotedRuns, QUOTE_RUN, UNDATED_PUBLISHED_WITHIN, type Item } from './merge/score';

export interface MergeResult {
  events: DatasetEvent[];
  /** events merged from more than one document, with the reasons the reports were taken as one */
  merges: { eventId: string; documentIds: string[]; reasons: string[] }[];
  /** with opts.keep: what the next run needs to redo only what changed (pass it as opts.previous) */
  state?: MergeState;
}

export interface MergeOptions {
  actors?: Map<string, ActorInfo>;
  places?: PlaceEntry[];
  /** the state a previous run returned (with keep): unchanged blocks, components and clusters are reused */
  previous?: MergeState;
  /** return a MergeState for the next run */
  keep?: boolean;
  /**
   * a content key per document that changes whenever its text, metadata or reports change (e.g. the
   * events cache key); documents without one get a key computed here from their reports and text
   */
  docKeys?: Map<string, string>;
  /**
   * the reports as one list per document (their concatenation is the `docEvents` the caller would pass, in order; the
   * caller passes `[]` for those): a list of one document's reports, each with evidence, is taken as that document's
   * group as it is (not copied, never changed here), the others grouped report by report
   */
  byDocument?: readonly (readonly DocEvent[])[];
  /**
   * one-shot (with keep): the state is packed for the disk (packMergeState) and let go, never given back to a run of
   * this process — so no resident index is made (MergeState.res: the clusters, components and ids by report, read only
   * by mergeResident from a state kept in memory) and the state's reports are left as they are (not made lazy): the
   * same events, merges and packed state, without that work and its garbage (a cold compile without keepMerge)
   */
  once?: boolean;
}

/** What one merge run leaves for the next (plain data: Maps and typed arrays). */
export interface MergeState {
  gen: number;
  placesKey: string;
  /** actor id → what merge reads of it (kind, affiliation, name) */
  actorSig: Map<string, string>;
  /** document → its key and its Items, in report order */
  docs: Map<string, { key: string; items: Item[] }>;
  /** block key → the uids of its reports (in order) and its scoring pairs as positions in the block */
  blocks: Map<string, { uids: string[]; a: Int32Array; b: Int32Array; s: Float64Array }>;
  /** every report, in key order (not in a state read back from disk: the reports are sorted again) */
  order?: Item[];
  /** component signature (uids and pairs) → its clusters, as positions in the component */
  comps: Map<string, number[][]>;
  /** cluster signature (uids) → its event */
  built: Map<string, Built>;
  /**
   * in a state packed for the disk (packMergeState): the built events as JSON in UTF-8, in chunks (each a
   * [signature, PackedBuilt][] of up to BUILT_CHUNK events)
   */
  builtJson?: Uint8Array[];
  /** the corpus references' state (events/corpus-references.ts), kept beside in memory (not on disk: it holds events by identity) */
  refs?: ReferenceState;
  /** the network's edges (network.ts edgesKept), kept beside in memory like refs */
  edges?: EdgeState;
  /**
   * memory only (not packed for the disk): the merge's result indexed by report, so that the next run redoes only the
   * blocks, components and ids its changed documents touch (mergeResident). Taken over by the run it is passed to:
   * after that run this state is spent (its maps are the next state's), and a later run given it starts afresh.
   */
  res?: Resident;
  /** set once a run took this state's resident index over (see res) */
  spent?: boolean;
}

/** A cluster of reports as the resident index keeps it: its reports (in order), built event, id, dataset event and merge entry. */
interface Cl {
  items: Item[];
  sig: string;
  b: Built;
  /** a meeting or call with one side only: built, not an event */
  drop: boolean;
  id: string;
  ev?: DatasetEvent;
  merge?: MergeResult['merges'][number];
}
/** A component of the scored pairs: its reports in order, its signature in `comps` ('' for one report), its clusters. */
interface Comp {
  members: Item[];
  sig: string;
  clusters: Cl[];
}
/** See MergeState.res. */
interface Resident {
  byUid: Map<string, Item>;
  /** blocks of one report (the state's `blocks` holds those of two or more) */
  single: Map<string, Item>;
  comp: Map<Item, Comp>;
  /** the events' clusters (drop false), in the order of their first report: assignIds' input order */
  clusters: Cl[];
  /** base id → its clusters */
  groups: Map<string, Cl[]>;
  /** suffixed id → its cluster */
  suffixed: Map<string, Cl>;
  /** every suffixed id is its first candidate (no id met another): ids of a base group depend on that group alone */
  clean: boolean;
  /** the events, by id, and the merges, by event id */
  events: DatasetEvent[];
  merges: MergeResult['merges'];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** a huge block (one actor everywhere) compares each report with its neighbours only, so the work stays bounded */
const WINDOW = 60;
const TRIED_CAP = 8_000_000;
/** mergeResident runs when the reports made anew and let go are at most this share of all (else the whole merge) */
const RESIDENT_SHARE = 0.05;
const byKeyOf = (a: Item, b: Item) => cmp(a.key, b.key);

/** person or group (not a state or an organisation): an unknown id by its form */
const personTest = (actors: Map<string, ActorInfo>) => (id: string) => {
  const k = actors.get(id)?.kind;
  return k ? k === 'person' || k === 'group' : !/^(?:united-|european-)/.test(id);
};
/** what makeItem reads of a document */
const metaOf = (d: SentencedDoc) => ({ published: d.meta.published, outlet: d.meta.outlet, kind: d.meta.kind, body: d.body });

const NONE: never[] = [];
/** items made ahead of the merge (docItems, adoptItems), by their report: mergeEvents takes a report's item from here */
const premade = new WeakMap<DocEvent, Item>();

/**
 * The items of one document's reports, made where the reports are extracted (a worker) instead of on the merge's
 * thread: what mergeEvents would make of them (the same document, the same actors), without their uid (given by the
 * merge). Reports without evidence (never merged) have none. Their empty word sets are left out (adoptItems puts them back).
 */
export function docItems(evs: DocEvent[], d: SentencedDoc, actors: Map<string, ActorInfo>): Item[] {
  const isPerson = personTest(actors);
  const meta = metaOf(d);
  const out: Item[] = [];
  for (const e of evs as WhatDocEvent[]) {
    if (e.docId !== d.id || !e.evidence.length) continue;
    const x = makeItem(e, meta, isPerson, '');
    const loose = x as unknown as Record<string, unknown>;
    if (!x.words.size) loose.words = undefined;
    if (!x.quoted.size) loose.quoted = undefined;
    if (!x.sentenceWords.length) loose.sentenceWords = undefined;
    if (!x.occasions.length) loose.occasions = undefined;
    if (!x.voices.length) loose.voices = undefined;
    out.push(x);
  }
  return out;
}

/**
 * Items made by docItems (and passed back here: their reports the very objects given to mergeEvents) for mergeEvents
 * to take instead of making them again. Only a report merged anew takes its item; one not merged just lets it go.
 */
export function adoptItems(items: Item[]): void {
  for (const x of items) {
    x.words ??= NO_WORDS;
    x.quoted ??= NO_WORDS;
    x.sentenceWords ??= NONE;
    x.occasions ??= NONE;
    x.voices ??= NONE;
    premade.set(x.e, x);
  }
}

export function mergeEvents(docEvents: DocEvent[], docs: SentencedDoc[], opts: MergeOptions = {}): MergeResult {
  const byId = new Map(docs.map((d) => [d.id, d]));
  // (a one-shot merge: MergeOptions.once)
  const resident = !!opts.keep && !opts.once;
  const actors = opts.actors ?? new Map<string, ActorInfo>();
  const sc = new Scorer(actors, opts.places ?? []);
  const isPerson = personTest(actors);
  const placesKey = fnv1a(JSON.stringify(opts.places ?? [])) + ':' + (opts.places?.length ?? 0);
  const prev = opts.previous && opts.previous.placesKey === placesKey && !opts.previous.spent ? opts.previous : undefined;
  const gen = (opts.previous?.gen ?? 0) + 1;
  // a state read back from disk: its built events, parsed once (packed: their quotes are put back when reused)
  if (prev?.builtJson !== undefined) {
    for (const chunk of prev.builtJson)
      for (const [sig, b] of JSON.parse(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8')) as [string, PackedBuilt][]) prev.built.set(sig, b as unknown as Built);
    prev.builtJson = undefined;
  }

  // ---- items: reused from the previous run while their document and the actors they name are unchanged ----
  const actorSig = new Map<string, string>();
  // (the role too: a spokesperson's role names the body they speak for, merge/body-voice.ts)
  for (const [id, a] of actors) actorSig.set(id, `${a.kind}\u0000${a.affiliation ?? ''}\u0000${a.name}\u0000${a.role ?? ''}`);
  const changedActors = new Set<string>();
  if (prev) {
    for (const [id, s] of actorSig) if (prev.actorSig.get(id) !== s) changedActors.add(id);
    for (const id of prev.actorSig.keys()) if (!actorSig.has(id)) changedActors.add(id);
  }
  const names = (e: WhatDocEvent) => [...e.participants, ...(e.mainParticipants ?? []), ...e.respondsTo, ...(e.speaker ? [e.speaker] : [])];
  const touched = (e: WhatDocEvent) => changedActors.size > 0 && names(e).some((id) => changedActors.has(id));
  const grouped = new Map<string, WhatDocEvent[]>();
  /** the callers' lists taken as groups (copied before a report is added to one) */
  const borrowed = new Set<readonly DocEvent[]>();
  const group = (e: WhatDocEvent) => {
    if (!byId.has(e.docId) || !e.evidence.length) return;
    let list = grouped.get(e.docId);
    if (list && borrowed.has(list)) {
      borrowed.delete(list);
      grouped.set(e.docId, (list = list.slice()));
    }
    if (list) list.push(e);
    else grouped.set(e.docId, [e]);
  };
  if (opts.byDocument)
    for (const list of opts.byDocument) {
      const id = list.length ? list[0].docId : undefined;
      if (id !== undefined && !grouped.has(id) && byId.has(id) && list.every((e) => e.docId === id && e.evidence.length)) {
        grouped.set(id, list as WhatDocEvent[]);
        borrowed.add(list);
      } else for (const e of list) group(e as WhatDocEvent);
    }
  for (const e of docEvents as WhatDocEvent[]) group(e);
  // an item read back from disk is made whole (its words, persons, …) only when a pair of it is scored, its component
  // clustered or its event built: a fresh process reads what it must, not every report's words
  /** the items made whole by this run (mergeResident makes only these and its fresh ones lazy again) */
  const expanded: Item[] = [];
  const full = (x: Item): Item => {
    const lazy = (x as LazyItem).lazy;
    if (lazy) {
      Object.assign(x, makeItem(x.e, lazy, isPerson, x.uid));
      (x as LazyItem).lazy = undefined;
      expanded.push(x);
    }
    return x;
  };
  let counter = 0;
  const uid = () => `${gen.toString(36)}.${(counter++).toString(36)}`;
  const docState = new Map<string, { key: string; items: Item[] }>();
  const fresh: Item[] = [];
  const keptDocs = new Set<string>();
  /** reports of kept documents made anew (they name an actor that changed) */
  const replaced: Item[] = [];
  let partial = false;
  for (const [docId, evs] of grouped) {
    const d = byId.get(docId)!;
    const key = opts.docKeys?.get(docId) ?? (prev || opts.keep ? docKeyOf(evs, d) : '');
    const old = prev?.docs.get(docId);
    let its: Item[];
    if (old && old.key === key && old.items.length === evs.length) {
      keptDocs.add(docId);
      let meta: ReturnType<typeof metaOf> | undefined;
      // (last run's list itself while every report is kept as it was: a state in memory, no actor of it changed)
      its = old.items;
      for (let k = 0; k < its.length; k++) {
        const x = old.items[k];
        let y = x;
        // (a body's readout telling persons by name meets their blocks: any actor changed, it is made anew, merge/readout-tells-leader.ts)
        if (!touched(evs[k]) && !(changedActors.size && x.voices?.some(isTold))) {
          // a state read back from disk holds each item's uid, key and gate (packMergeState): the same key gives the
          // same reports, so the same items under their old uids — made whole only where they are compared or built
          if (!x.e) y = x.key !== undefined && x.gate ? ({ e: evs[k], uid: x.uid, key: x.key, gate: x.gate, voices: x.voices ?? NONE, lazy: (meta ??= metaOf(d)) } as LazyItem) : makeItem(evs[k], (meta ??= metaOf(d)), isPerson, x.uid);
        } else {
          partial = true;
          replaced.push(x);
          y = makeItem(evs[k], (meta ??= metaOf(d)), isPerson, uid());
          fresh.push(y);
        }
        if (y === x) continue;
        if (its === old.items) its = old.items.slice();
        its[k] = y;
      }
    } else {
      const meta = metaOf(d);
      its = evs.map((e) => {
        // a report made into its item beside its extraction (docItems, on a worker): the same item, its uid given here
        const y = premade.get(e);
        if (!y) return makeItem(e, meta, isPerson, uid());
        premade.delete(e);
        y.uid = uid();
        return y;
      });
      for (const y of its) fresh.push(y);
    }
    docState.set(docId, { key, items: its });
  }
  // a small change from a state kept in memory: only what its documents' reports touch is done again (mergeResident)
  if (prev?.res && prev.order && opts.keep) {
    const removed: Item[] = [...replaced];
    for (const [id, d] of prev.docs) if (!keptDocs.has(id)) for (const x of d.items) removed.push(x);
    if (removed.length + fresh.length <= Math.max(256, prev.order.length * RESIDENT_SHARE)) {
      fresh.sort(byKeyOf);
      return mergeResident({ prev, gen, placesKey, actorSig, docState, fresh, removed, byId, actors, sc, full, expanded });
    }
  }
  // the reports kept from last run (the others are fresh)
  const freshSet = new Set(fresh);
  const reused = new Set<Item>();
  for (const id of keptDocs) for (const x of docState.get(id)!.items) if (!freshSet.has(x)) reused.add(x);
  // in the order of their keys: last run's order of the reports kept, with the new ones merged in
  // (a document is either kept whole or new whole, so equal keys never come from both lists)
  const byKey = (a: Item, b: Item) => cmp(a.key, b.key);
  const items = prev?.order && !partial ? mergeByKey(prev.order.filter((x) => reused.has(x)), fresh.sort(byKey)) : sortedByKey([...docState.values()].map((d) => d.items));
  const n = items.length;
  // the gate of each report in flat arrays (the candidate loop reads them millions of times)
  const gStatus = new Int8Array(n);
  const gDay = new Float64Array(n);
  const gPub = new Float64Array(n);
  items.forEach((x, i) => {
    gStatus[i] = x.gate.status;
    gDay[i] = x.gate.day;
    gPub[i] = x.gate.published;
  });
  // and, for the pairs of an undated report, each report's publication day (pairScore's undatedAlike: publications 7 days
  // apart or more never merge when either report is undated): a gate the item's own Gate leaves out (it is NaN for a dated
  // report, so that two dated reports are never gated by their publication)
  const gUndated = new Uint8Array(n);
  const gPubAll = new Float64Array(n);
  items.forEach((x, i) => {
    gUndated[i] = x.e.date ? 0 : 1;
    gPubAll[i] = dayNumber((x as LazyItem).lazy ? (x.e.published ?? (x as LazyItem).lazy!.published) : x.published);
  });
  // and each report's place as a number (-1: none), with placesOk's answers by two numbers: pairScore's first test that
  // most pairs fail (other places, and not one day of one country: merge/one-day-one-country.ts), asked here first
  const labels = new Map<string, number>();
  const labelList: string[] = [];
  const locId = new Int32Array(n);
  items.forEach((x, i) => {
    const l = x.e.location;
    if (!l) locId[i] = -1;
    else {
      let id = labels.get(l);
      if (id === undefined) {
        labels.set(l, (id = labelList.length));
        labelList.push(l);
      }
      locId[i] = id;
    }
  });
  const placesOk = new Map<number, boolean>();
  const placesAllowed = (ia: number, ib: number): boolean => {
    const la = locId[ia];
    const lb = locId[ib];
    if (la < 0 || lb < 0) return true;
    const k = la * labelList.length + lb;
    let ok = placesOk.get(k);
    if (ok === undefined) placesOk.set(k, (ok = sc.placesOk(labelList[la], labelList[lb])));
    if (ok) return true;
    return oneDayOfOneKind(items[ia].e, items[ib].e);
  };
  const isFresh = new Uint8Array(n);
  items.forEach((x, i) => (isFresh[i] = reused.has(x) ? 0 : 1));

  // ---- blocks: only reports sharing a block (type + a participant, an affiliation or a day) can be the same happening ----
  const blocks = new Map<string, number[]>();
  // each report's blocks by number (blockNos from blockStart[i] to blockStart[i + 1]): a pair sharing no block but the
  // one at hand is compared there only, so its score need not be remembered (`tried`: the pairs of several blocks)
  const blockNo = new Map<string, number>();
  const blockStart = new Int32Array(n + 1);
  const blockNos: number[] = [];
  items.forEach((x, i) => {
    x.blockKeys ??= blockKeysOf(x, actors);
    blockStart[i] = blockNos.length;
    for (const k of x.blockKeys) {
      const block = blocks.get(k);
      if (block) {
        block.push(i);
        blockNos.push(blockNo.get(k)!);
      } else {
        blocks.set(k, [i]);
        blockNo.set(k, blockNo.size);
        blockNos.push(blockNo.size - 1);
      }
    }
  });
  blockStart[n] = blockNos.length;
  blockNo.clear();
  const inSeveralBlocks = (i: number, j: number): boolean => {
    let shared = 0;
    for (let p = blockStart[i]; p < blockStart[i + 1]; p++)
      for (let q = blockStart[j]; q < blockStart[j + 1]; q++)
        if (blockNos[p] === blockNos[q]) {
          if (++shared > 1) return true;
          break;
        }
    return false;
  };

  // ---- scored pairs: a block of unchanged reports reuses its pairs; the others are scored (each pair once) ----
  const compat = new PairTable(Math.max(1024, n));
  const tried = new PairTable(Math.max(1024, n));
  const pairs = new PairList();
  const blockState: MergeState['blocks'] = new Map();
  for (const [bk, idx] of blocks) {
    if (idx.length < 2) continue;
    const old = prev?.blocks.get(bk);
    // every report kept from last run, and as many as last run: the same reports (a kept report keeps its blocks)
    const same = !!old && old.uids.length === idx.length && idx.every((i) => !isFresh[i]);
    const uids = same ? old.uids : prev || opts.keep ? idx.map((i) => items[i].uid) : [];
    let local: { a: Int32Array; b: Int32Array; s: Float64Array };
    if (same) local = old;
    else {
      // a pair of reports both in the block last time, and compared there, keeps last time's result
      const oldPos = new Map<string, number>();
      const oldScore = new Map<number, number>();
      if (old) {
        old.uids.forEach((u, p) => oldPos.set(u, p));
        for (let k = 0; k < old.a.length; k++) oldScore.set(old.a[k] * old.uids.length + old.b[k], old.s[k]);
      }
      const found = new PairList();
      const span = (len: number) => (len > 4 * WINDOW ? WINDOW : len);
      const reach = span(idx.length);
      for (let a = 0; a < idx.length; a++) {
        const ia = idx[a];
        const end = Math.min(idx.length, a + 1 + reach);
        for (let b = a + 1; b < end; b++) {
          // pairs that cannot score are skipped first (gated(), inlined)
          const ib = idx[b];
          if (gStatus[ia] !== gStatus[ib] || Math.abs(gDay[ia] - gDay[ib]) > 4 || Math.abs(gPub[ia] - gPub[ib]) > 8) continue;
          if ((gUndated[ia] | gUndated[ib]) !== 0 && Math.abs(gPubAll[ia] - gPubAll[ib]) > UNDATED_PUBLISHED_WITHIN) continue;
          if (!placesAllowed(ia, ib)) continue;
          // (in a full run every scored pair of several blocks is in tried; pairs reused from last run are only in compat)
          const several = inSeveralBlocks(ia, ib);
          let s = (several ? tried.get(ia, ib) : undefined) ?? (prev ? compat.get(ia, ib) : undefined);
          if (s === undefined && old) {
            const oa = oldPos.get(uids[a]);
            const ob = oldPos.get(uids[b]);
            if (oa !== undefined && ob !== undefined && ob > oa && ob - oa <= span(old.uids.length)) s = oldScore.get(oa * old.uids.length + ob) ?? NaN;
          }
          if (s === undefined) {
            s = pairScore(full(items[idx[a]]), full(items[idx[b]]), sc) ?? NaN;
            if (several && tried.size < TRIED_CAP) tried.set(idx[a], idx[b], s);
          }
          if (!Number.isNaN(s)) found.push(a, b, s);
        }
      }
      local = { a: found.i.slice(0, found.length), b: found.j.slice(0, found.length), s: found.s.slice(0, found.length) };
    }
    if (opts.keep) blockState.set(bk, { uids, a: local.a, b: local.b, s: local.s });
    for (let k = 0; k < local.a.length; k++) {
      const i = idx[local.a[k]];
      const j = idx[local.b[k]];
      // the output depends only on the pairs that score: a pair of several blocks counts once
      if (compat.has(i, j)) continue;
      compat.set(i, j, local.s[k]);
      pairs.push(Math.min(i, j), Math.max(i, j), local.s[k]);
    }
  }
  const order = new Int32Array(pairs.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  order.sort((x, y) => pairs.s[y] - pairs.s[x] || pairs.i[x] - pairs.i[y] || pairs.j[x] - pairs.j[y]);

  // ---- components of the pairs: merging happens inside one, so each is clustered on its own ----
  const { find, members: compMembers, pairs: compPairs } = pairComponents(n, pairs.length, pairs.i, pairs.j, order);
  const compState: MergeState['comps'] = new Map();
  const sigOfRoot = new Map<number, string>();
  const clusters: number[][] = [];
  const localPos = new Int32Array(n);
  for (const [r, members] of compMembers) {
    if (members.length === 1) {
      clusters.push(members);
      continue;
    }
    members.forEach((i, p) => (localPos[i] = p));
    const ks = compPairs.get(r)!;
    const sig = prev || opts.keep ? `${members.map((i) => items[i].uid).join(' ')}|${ks.map((k) => `${localPos[pairs.i[k]]},${localPos[pairs.j[k]]},${pairs.s[k]}`).join(' ')}` : '';
    let local = prev?.comps.get(sig);
    if (!local) {
      for (const i of members) full(items[i]);
      local = completeLinkage(
        ks.map((k) => [pairs.i[k], pairs.j[k]] as [number, number]),
        members,
        compat,
        items,
        sc,
      ).map((c) => c.map((i) => localPos[i]));
    }
    if (opts.keep) compState.set(sig, local);
    if (resident) sigOfRoot.set(r, sig);
    for (const c of local) clusters.push(c.map((p) => members[p]));
  }
  // clusters in the order of their first report (ids of colliding events depend on it)
  clusters.sort((a, b) => a[0] - b[0]);

  // ---- build events ----
  // a meeting or a call takes two sides: one name alone, in every report of it, is a mention whose other side was not found
  const builtState: MergeState['built'] = new Map();
  const built: Built[] = [];
  // (with keep: each cluster as the resident index keeps it, its component by its first report's root)
  const cls: Cl[] = [];
  const compOfRoot = new Map<number, Comp>();
  for (const c of clusters) {
    const sig = !(prev || opts.keep) ? '' : c.length === 1 ? items[c[0]].uid : c.map((i) => items[i].uid).join(' ');
    const old = prev?.built.get(sig);
    const b = old ? ('packed' in old ? unpackBuilt(old as unknown as PackedBuilt, byId) : old) : buildEvent(c.map((i) => full(items[i])), byId, actors, sc.book);
    const drop = dropped(b);
    if (opts.keep) builtState.set(sig, b);
    if (resident) {
      const r = find(c[0]);
      let comp = compOfRoot.get(r);
      if (!comp) compOfRoot.set(r, (comp = { members: compMembers.get(r)!.map((i) => items[i]), sig: sigOfRoot.get(r) ?? '', clusters: [] }));
      const cl: Cl = { items: c.map((i) => items[i]), sig, b, drop, id: '' };
      comp.clusters.push(cl);
      if (!drop) cls.push(cl);
    }
    if (!drop) built.push(b);
  }
  const ids = assignIds(built.map((b) => b.idInput));
  // an event unchanged since last run is last run's object (the corpus references' pass tells changes by identity)
  const events: DatasetEvent[] = built.map((b, i) => (b.out?.id === ids[i] ? b.out : resident ? (b.out = withId(b.event, ids[i])) : withId(b.event, ids[i])));
  const merges = built
    .map((b, i) => ({ eventId: ids[i], documentIds: b.documentIds, reasons: b.reasons }))
    .filter((m) => m.documentIds.length > 1)
    .sort((a, b) => cmp(a.eventId, b.eventId));
  // no two ids met equal: strictly sorted, known so to the next compile's diffs (keep.ts knownSortedById)
  let tie = false;
  events.sort((a, b) => {
    const c = cmp(a.id, b.id);
    if (c === 0) tie = true;
    return c;
  });
  if (!tie) knownSortedById(events);
  const result: MergeResult = { events, merges };
  if (opts.keep && !resident) {
    result.state = { gen, placesKey, actorSig, docs: docState, order: items, blocks: blockState, comps: compState, built: builtState };
    // (their words let go as compactItems does, but not made lazy: no run of this process makes them whole again)
    for (const x of items) {
      if (x.words === undefined) continue;
      const loose = x as unknown as Record<string, unknown>;
      for (const k of LAZY_FIELDS) loose[k] = undefined;
    }
  }
  else if (opts.keep) {
    const res: Resident = { byUid: new Map(), single: new Map(), comp: new Map(), clusters: cls, groups: new Map(), suffixed: new Map(), clean: true, events, merges: [] };
    for (const x of items) res.byUid.set(x.uid, x);
    for (const [bk, idx] of blocks) if (idx.length === 1) res.single.set(bk, items[idx[0]]);
    for (const comp of compOfRoot.values()) for (const x of comp.members) res.comp.set(x, comp);
    const mergeOf = new Map(merges.map((m) => [m.eventId, m]));
    cls.forEach((cl, k) => {
      cl.id = ids[k];
      cl.ev = built[k].out;
      cl.merge = mergeOf.get(cl.id);
      indexId(res, cl);
    });
    // (the caller's entries are copies: joinCorpusReferences adds to an entry's documents and reasons)
    result.merges = merges.map((x) => ({ ...x }));
    result.events = events.slice();
    res.merges = merges;
    result.state = { gen, placesKey, actorSig, docs: docState, order: items, blocks: blockState, comps: compState, built: builtState, res };
    compactItems(items, byId);
  }
  return result;
}

/**
 * The reports a state keeps, made lazy again (memory): their words, quoted runs, sentences' words and people let go, made
 * again by mergeEvents' full() from their report and document where a later run compares, clusters or builds them (as a
 * state read back from disk). What every run reads of every report (uid, key, gate, blocks, report) stays.
 */
/**
 * the event with its final id: the same keys in the same order as `{ ...event, id }`, but every event made here
 * shares one hidden class (a spread followed by a new key gives each object its own in V8, and every later read of
 * an event's property — diffs, finalize, references — became a megamorphic lookup: ~1 µs a read at 2k, measured)
 */
function withId<E extends object>(event: E, id: string): E & { id: string } {
  return Object.assign({}, event, { id });
}

function compactItems(items: Item[], byId: Map<string, SentencedDoc>): void {
  for (const x of items) {
    const lazy = x as LazyItem;
    if (lazy.lazy || x.words === undefined) continue;
    const d = byId.get(x.e.docId)!;
    lazy.lazy = { published: d.meta.published, outlet: d.meta.outlet, kind: d.meta.kind, body: d.body };
    const loose = x as unknown as Record<string, unknown>;
    for (const k of LAZY_FIELDS) loose[k] = undefined;
  }
}
/** what compactItems lets go of a report (makeItem makes them again) */
const LAZY_FIELDS = ['words', 'quoted', 'sentenceWords', 'persons', 'others', 'occasions'] as const;

/** a meeting or a call takes two sides: one name alone, in every report of it, is a mention whose other side was not found */
const dropped = (b: Built) => !!EVENT_TYPES[b.event.type].twoSides && b.event.participants.length === 1;

/** the id a cluster takes when its base id is another's: its first candidate (assignIds) */
const firstCandidate = (cl: Cl) => `${cl.b.idInput.base}-${fnv1a(normaliseForHash(cl.b.idInput.firstQuote) + '|' + cl.b.idInput.rank).slice(0, 6)}`;

/** a cluster entered in its base's group (and, suffixed, in `suffixed`; not its first candidate: the index is not clean) */
function indexId(res: Resident, cl: Cl): void {
  const base = cl.b.idInput.base;
  const g = res.groups.get(base);
  if (g) g.push(cl);
  else res.groups.set(base, [cl]);
  if (cl.id !== base) {
    res.suffixed.set(cl.id, cl);
    if (cl.id !== firstCandidate(cl)) res.clean = false;
  }
}

/**
 * A state as plain data for the disk cache, so that a fresh process merges incrementally too: each document's key and
 * its reports' uids (mergeEvents makes the items again under those uids from the next run's reports when the
 * document's key is unchanged, the only case it reuses them), the blocks' scored pairs, the components' clusters, and
 * the built events without their quotes (`PackedBuilt`: a quote is its document's text between its offsets, put back
 * from the next run's documents, unchanged under an unchanged key). Of the items only their key and gate (what the
 * merge reads of a report it does not compare again; the rest, mostly words, is made again where needed). Any earlier
 * state is a sound `previous`: only what matches is reused.
 */
export function packMergeState(s: MergeState): MergeState {
  const docs = new Map<string, { key: string; items: Item[] }>();
  // (and a statement's voices, when it has any: its blocks need them before it is made whole, merge/body-voice.ts)
  for (const [id, d] of s.docs) docs.set(id, { key: d.key, items: d.items.map((x) => (x.voices?.length ? { uid: x.uid, key: x.key, gate: x.gate, voices: x.voices } : { uid: x.uid, key: x.key, gate: x.gate }) as Item) });
  // JSON: read back twice as fast as the same objects v8-serialised; in UTF-8 (the JSON of every event as one string is
  // two bytes a character as soon as one name or title holds a character past Latin-1: twice the bytes in memory and on
  // disk) and in chunks (no string of every event while the state is still in memory)
  const builtJson: Uint8Array[] = [];
  let chunk: [string, PackedBuilt][] = [];
  const encode = () => {
    builtJson.push(utf8.encode(JSON.stringify(chunk)));
    chunk = [];
  };
  for (const [sig, b] of s.built) {
    chunk.push([sig, packBuilt(b)]);
    if (chunk.length === BUILT_CHUNK) encode();
  }
  if (chunk.length) encode();
  return { gen: s.gen, placesKey: s.placesKey, actorSig: s.actorSig, docs, blocks: s.blocks, comps: s.comps, built: new Map(), builtJson };
}

/** built events per chunk of a packed state's JSON (packMergeState) */
const BUILT_CHUNK = 4096;
const utf8 = new TextEncoder();

/**
 * Lets go of what a state holds (its reports and their words, the blocks' pairs, the components, the built events, the
 * resident index, the references' state), once a one-shot compile has packed it for the disk (packMergeState) and no
 * later run in this process will be given it: its writing and the rest of that compile (finalize) then run without it
 * in memory. The state is spent (a run given it starts afresh).
 */
export function releaseMergeState(s: MergeState): void {
  // (maps let go, not emptied: a packed copy of the state may share them until it is written)
  s.docs = new Map();
  s.blocks = new Map();
  s.comps = new Map();
  s.built = new Map();
  s.actorSig = new Map();
  s.order = undefined;
  s.res = undefined;
  s.refs = undefined;
  s.edges = undefined;
  s.builtJson = undefined;
  s.spent = true;
}

/** An item read back from disk: its report, uid, key and gate, and its document's fields to make it whole (mergeEvents' full) */
type LazyItem = Item & { lazy?: { published: string; outlet: string; kind: 'article' | 'transcript'; body: string } };

/** A built event as the disk keeps it: its evidence as offsets (no quotes), its id input without the first quote. */
interface PackedBuilt {
  packed: 1;
  event: Omit<Built['event'], 'evidence'> & { evidence: [string, number, number][] };
  documentIds: string[];
  reasons: string[];
  idInput: Omit<Built['idInput'], 'firstQuote'>;
}

function packBuilt(b: Built): PackedBuilt {
  const { firstQuote: _, ...idInput } = b.idInput;
  return { packed: 1, event: { ...b.event, evidence: b.event.evidence.map((x) => [x.documentId, x.start, x.end]) }, documentIds: b.documentIds, reasons: b.reasons, idInput };
}

/** The built event again, its quotes cut from the documents' text as buildEvent cuts them (same objects, same key order). */
function unpackBuilt(p: PackedBuilt, byId: Map<string, SentencedDoc>): Built {
  const evidence = p.event.evidence.map(([documentId, start, end]) => ({ documentId, quote: byId.get(documentId)!.body.slice(start, end), start, end }));
  const { type, date, main, location, rank, base } = p.idInput;
  return {
    event: { ...p.event, evidence },
    documentIds: p.documentIds,
    reasons: p.reasons,
    idInput: { type, date, main, location, firstQuote: evidence.length ? evidence[0].quote : '', rank, base },
  };
}

/** The blocks of a report: its type with each participant, each participant's affiliation (not statements), its day (not statements). */
function blockKeysOf(x: Item, actors: Map<string, ActorInfo>): string[] {
  const keys = new Set<string>();
  const t = x.e.type;
  for (const p of x.e.participants) {
    keys.add(`${t}|p|${p}`);
    const aff = actors.get(p)?.affiliation;
    if (aff && t !== 'statement') keys.add(`${t}|a|${aff}`);
  }
  if (x.e.date && x.e.date.length === 10 && t !== 'statement') keys.add(`${t}|d|${x.e.date}`);
  // a person's statements meet those of the bodies they may speak for (merge/body-voice.ts)
  if (t === 'statement' && x.e.participants.length) for (const k of voiceKeys(actors, actors.get(x.e.participants[0]), x.voices ?? [])) keys.add(`${t}|${k}`);
  // a body's readout meets the statements of the persons of its nation it tells as speaking (merge/readout-tells-leader.ts)
  if (t === 'statement' && x.e.participants.length) for (const k of toldKeys(actors, actors.get(x.e.participants[0]), x.voices ?? [])) keys.add(`${t}|${k}`);
  return [...keys];
}

/**
 * The lists' items as one list sorted by key: what `lists.flat().sort(byKey)` gives (a stable sort), with fewer
 * comparisons of long keys. Each list (one document's reports: keys that share its publication and id) is sorted alone,
 * and the lists in the order of their first keys; when each list's keys all come before the next list's, that is the
 * whole order (equal keys only inside one list, in their order there), else the whole list is sorted.
 */
export function sortedByKey(lists: Item[][]): Item[] {
  const sorted: Item[][] = [];
  for (const l of lists) if (l.length) sorted.push(l.length > 1 ? l.slice().sort(byKeyOf) : l);
  sorted.sort((a, b) => cmp(a[0].key, b[0].key));
  for (let k = 1; k < sorted.length; k++) if (!(sorted[k - 1][sorted[k - 1].length - 1].key < sorted[k][0].key)) return lists.flat().sort(byKeyOf);
  return sorted.flat();
}

/** Two lists sorted by key as one. */
function mergeByKey(a: Item[], b: Item[]): Item[] {
  const out: Item[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = cmp(b[j].key, a[i].key) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** A document's key when the caller gives none: its reports, text and metadata. */
function docKeyOf(evs: WhatDocEvent[], d: SentencedDoc): string {
  return createHash('sha1').update(JSON.stringify(evs)).update('\u0000').update(d.body).digest('base64') + `|${d.meta.published}|${d.meta.outlet}|${d.meta.kind}`;
}

/** What mergeEvents hands mergeResident. */
interface ResidentRun {
  prev: MergeState;
  gen: number;
  placesKey: string;
  actorSig: Map<string, string>;
  docState: Map<string, { key: string; items: Item[] }>;
  /** reports made anew this run, in key order */
  fresh: Item[];
  /** last run's reports of documents changed or gone */
  removed: Item[];
  byId: Map<string, SentencedDoc>;
  actors: Map<string, ActorInfo>;
  sc: Scorer;
  full: (x: Item) => Item;
  /** the items `full` made whole (filled during the run) */
  expanded: Item[];
}

/**
 * The merge after a small change, from the resident index of the last run (MergeState.res): the blocks holding a report
 * made anew or let go are scored again (last run's scores kept for the pairs it had), the components of every report
 * whose pairs changed are made again from the pairs (the others are the same components with the same pairs, so the same
 * clusters), their clusters built (a cluster of the same reports keeps its event), and the ids of their base groups
 * assigned again. Everything else is last run's, by report uid. Output byte-identical to the whole merge
 * (merge.incremental.test.ts compares them over random edits).
 */
function mergeResident(r: ResidentRun): MergeResult {
  const { prev, docState, fresh, removed, byId, actors, sc, full } = r;
  const res = prev.res!;
  const { blocks, comps } = prev;
  const builtMap = prev.built;
  const prevOrder = prev.order!;
  // taken over: the maps are this run's from here on (the spent state keeps its documents' reports alone: packed for the
  // disk it is still a sound start, its blocks and components done again)
  prev.res = undefined;
  prev.spent = true;
  prev.blocks = new Map();
  prev.comps = new Map();
  prev.built = new Map();
  prev.order = undefined;

  const gone = new Set(removed);
  const goneByUid = new Map(removed.map((x) => [x.uid, x]));
  for (const x of removed) res.byUid.delete(x.uid);
  for (const x of fresh) {
    x.blockKeys ??= blockKeysOf(x, actors);
    res.byUid.set(x.uid, x);
  }
  const itemOf = (u: string) => res.byUid.get(u) ?? goneByUid.get(u)!;
  // the reports' order: by key, equal keys (one document's) in the document's order
  const posInDoc = (x: Item) => docState.get(x.e.docId)!.items.indexOf(x);
  const before = (x: Item, y: Item) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x === y ? 0 : posInDoc(x) - posInDoc(y));

  // ---- the blocks a report made anew or let go is in: scored again, the reports whose pairs changed noted ----
  const touchedBlocks = new Map<string, Item[]>();
  for (const x of removed) for (const bk of x.blockKeys ?? blockKeysOf(x, actors)) if (!touchedBlocks.has(bk)) touchedBlocks.set(bk, []);
  for (const x of fresh)
    for (const bk of x.blockKeys!) {
      const list = touchedBlocks.get(bk);
      if (list) list.push(x);
      else touchedBlocks.set(bk, [x]);
    }
  const span = (len: number) => (len > 4 * WINDOW ? WINDOW : len);
  const tried = new Map<string, number>();
  const touched = new Set<Item>();
  for (const [bk, add] of touchedBlocks) {
    const old = blocks.get(bk);
    const one = res.single.get(bk);
    const oldList: Item[] = old ? old.uids.map(itemOf) : one ? [one] : [];
    // the block's reports now (the kept ones in their order, the new merged in), and where each old one went
    const len = oldList.length - oldList.filter((x) => gone.has(x)).length + add.length;
    const list: Item[] = new Array(len);
    const toNew = new Int32Array(oldList.length).fill(-1);
    const isNew = new Uint8Array(len);
    const gapAt: number[] = [];
    {
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < oldList.length || j < add.length) {
        if (i < oldList.length && gone.has(oldList[i])) {
          if (gapAt[gapAt.length - 1] !== k) gapAt.push(k);
          i++;
        } else if (j < add.length && (i >= oldList.length || before(add[j], oldList[i]) < 0)) {
          isNew[k] = 1;
          list[k++] = add[j++];
        } else {
          toNew[i] = k;
          list[k++] = oldList[i++];
        }
      }
    }
    res.single.delete(bk);
    blocks.delete(bk);
    if (len === 1) res.single.set(bk, list[0]);
    const reach = span(len);
    const oldReach = span(oldList.length);
    /** a pair of this block's reports scored (the whole merge's gate first; each pair scored once in the run) */
    const score = (x: Item, y: Item): number => {
      if (x.gate.status !== y.gate.status || Math.abs(x.gate.day - y.gate.day) > 4 || Math.abs(x.gate.published - y.gate.published) > 8) return NaN;
      const k = `${x.uid}\u0000${y.uid}`;
      let s = tried.get(k);
      if (s === undefined) tried.set(k, (s = pairScore(full(x), full(y), sc) ?? NaN));
      return s;
    };
    // old pairs of two kept reports still in reach: last run's result (a pair of kept reports in reach last run too
    // was compared then: its result stands). Pairs in reach now and not then: scored. Both in (a, b) order.
    const keptA: number[] = [];
    const keptB: number[] = [];
    const keptS: number[] = [];
    if (old)
      for (let k = 0; k < old.a.length; k++) {
        const na = toNew[old.a[k]];
        const nb = toNew[old.b[k]];
        if (na < 0 || nb < 0 || nb - na > reach) {
          touched.add(oldList[old.a[k]]);
          touched.add(oldList[old.b[k]]);
        } else {
          keptA.push(na);
          keptB.push(nb);
          keptS.push(old.s[k]);
        }
      }
    const fromOld = new Int32Array(len).fill(-1);
    for (let p = 0; p < oldList.length; p++) if (toNew[p] >= 0) fromOld[toNew[p]] = p;
    /** the pair (a, b), a < b, in reach now, was compared last run */
    const known = (a: number, b: number) => {
      const oa = fromOld[a];
      const ob = fromOld[b];
      return oa >= 0 && ob >= 0 && ob - oa <= oldReach && len > 1 && oldList.length > 1;
    };
    const candidates = new Set<number>();
    const consider = (a: number, b: number) => {
      if (a >= 0 && b < len && a < b && b - a <= reach && !known(a, b)) candidates.add(a * len + b);
    };
    if (reach !== oldReach && old) {
      // the block crossed the window's size: every pair in reach considered
      for (let a = 0; a < len; a++) for (let b = a + 1; b <= Math.min(len - 1, a + reach); b++) consider(a, b);
    } else {
      for (let p = 0; p < len; p++) if (isNew[p]) for (let d = 1; d <= reach; d++) {
        consider(p - d, p);
        consider(p, p + d);
      }
      // pairs across a gap left by reports let go: closer now than last run
      for (const g of gapAt) for (let a = Math.max(0, g - reach); a < g; a++) for (let b = g; b <= Math.min(len - 1, a + reach); b++) consider(a, b);
    }
    const cand = [...candidates].sort((x, y) => x - y);
    const newA: number[] = [];
    const newB: number[] = [];
    const newS: number[] = [];
    for (const c of cand) {
      const a = Math.floor(c / len);
      const b = c % len;
      const s = score(list[a], list[b]);
      if (Number.isNaN(s)) continue;
      newA.push(a);
      newB.push(b);
      newS.push(s);
      touched.add(list[a]);
      touched.add(list[b]);
    }
    if (len >= 2) {
      // the two lists as one, in (a, b) order
      const n = keptA.length + newA.length;
      const A = new Int32Array(n);
      const B = new Int32Array(n);
      const S = new Float64Array(n);
      let i = 0;
      let j = 0;
      for (let k = 0; k < n; k++) {
        const takeNew = j < newA.length && (i >= keptA.length || newA[j] < keptA[i] || (newA[j] === keptA[i] && newB[j] < keptB[i]));
        if (takeNew) {
          A[k] = newA[j];
          B[k] = newB[j];
          S[k] = newS[j++];
        } else {
          A[k] = keptA[i];
          B[k] = keptB[i];
          S[k] = keptS[i++];
        }
      }
      blocks.set(bk, { uids: list.map((x) => x.uid), a: A, b: B, s: S });
    }
  }
  // ---- components made again: those of the reports let go or whose pairs changed, with the new reports ----
  const oldComps = new Set<Comp>();
  for (const x of removed) oldComps.add(res.comp.get(x)!);
  for (const x of touched) {
    const c = res.comp.get(x);
    if (c && !gone.has(x)) oldComps.add(c);
  }
  const members: Item[] = [...fresh];
  for (const c of oldComps) for (const x of c.members) if (!gone.has(x)) members.push(x);
  members.sort(before);
  const m = members.length;
  const index = new Map<Item, number>();
  members.forEach((x, i) => index.set(x, i));
  // their pairs, from the blocks (each pair found at its first report: both ends are among these reports)
  const seen = new Set<number>();
  const pi: number[] = [];
  const pj: number[] = [];
  const ps: number[] = [];
  for (let i = 0; i < m; i++) {
    const x = members[i];
    for (const bk of x.blockKeys!) {
      const blk = blocks.get(bk);
      if (!blk) continue;
      // x's place in the block, then its pairs as the first report (a ascending)
      let lo = 0;
      let hi = blk.uids.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(res.byUid.get(blk.uids[mid])!, x) < 0) lo = mid + 1;
        else hi = mid;
      }
      if (blk.uids[lo] !== x.uid) throw new Error(`merge: report ${x.uid} not found in its block ${bk}`);
      let k0 = 0;
      let k1 = blk.a.length;
      while (k0 < k1) {
        const mid = (k0 + k1) >> 1;
        if (blk.a[mid] < lo) k0 = mid + 1;
        else k1 = mid;
      }
      for (let k = k0; k < blk.a.length && blk.a[k] === lo; k++) {
        const j = index.get(res.byUid.get(blk.uids[blk.b[k]])!);
        if (j === undefined) throw new Error(`merge: a pair of ${x.uid} leaves its component`);
        const key = i * m + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pi.push(i);
        pj.push(j);
        ps.push(blk.s[k]);
      }
    }
  }
  const porder = pi.map((_, k) => k).sort((x, y) => ps[y] - ps[x] || pi[x] - pi[y] || pj[x] - pj[y]);
  const { members: compMembers, pairs: compPairs } = pairComponents(m, pi.length, pi, pj, porder);
  const localPos = new Int32Array(m);
  const newComps: { comp: Comp; local: number[][] }[] = [];
  for (const [rt, idx] of compMembers) {
    const its = idx.map((i) => members[i]);
    if (idx.length === 1) {
      newComps.push({ comp: { members: its, sig: '', clusters: [] }, local: [[0]] });
      continue;
    }
    idx.forEach((i, p) => (localPos[i] = p));
    const ks = compPairs.get(rt)!;
    const sig = `${its.map((x) => x.uid).join(' ')}|${ks.map((k) => `${localPos[pi[k]]},${localPos[pj[k]]},${ps[k]}`).join(' ')}`;
    let local = comps.get(sig);
    if (!local) {
      for (const x of its) full(x);
      const compat = new PairTable(Math.max(16, ks.length));
      for (const k of ks) compat.set(localPos[pi[k]], localPos[pj[k]], ps[k]);
      local = completeLinkage(
        ks.map((k) => [localPos[pi[k]], localPos[pj[k]]] as [number, number]),
        its.map((_, p) => p),
        compat,
        its,
        sc,
      );
    }
    newComps.push({ comp: { members: its, sig, clusters: [] }, local });
  }
  // the old components and their clusters out, the new in (a cluster of the same reports keeps its built event)
  const oldCls = new Set<Cl>();
  for (const c of oldComps) {
    if (c.sig) comps.delete(c.sig);
    for (const cl of c.clusters) {
      builtMap.delete(cl.sig);
      if (!cl.drop) oldCls.add(cl);
    }
    for (const x of c.members) res.comp.delete(x);
  }
  const prevBuilt = new Map<string, Built>();
  for (const c of oldComps) for (const cl of c.clusters) prevBuilt.set(cl.sig, cl.b);
  const newCls: Cl[] = [];
  for (const { comp, local } of newComps) {
    if (comp.sig) comps.set(comp.sig, local);
    for (const x of comp.members) res.comp.set(x, comp);
    for (const c of local) {
      const its = c.map((p) => comp.members[p]);
      const sig = its.length === 1 ? its[0].uid : its.map((x) => x.uid).join(' ');
      const b = prevBuilt.get(sig) ?? buildEvent(its.map(full), byId, actors, sc.book);
      builtMap.set(sig, b);
      const cl: Cl = { items: its, sig, b, drop: dropped(b), id: '' };
      comp.clusters.push(cl);
      if (!cl.drop) newCls.push(cl);
    }
  }
  newCls.sort((a, b) => before(a.items[0], b.items[0]));
  res.clusters = mergeOrdered(
    res.clusters.filter((cl) => !oldCls.has(cl)),
    newCls,
    (a, b) => before(a.items[0], b.items[0]),
  );

  // ---- ids: each base group that lost or gained a cluster assigned again (assignIds' rule, its order) ----
  const oldEvs = new Set<DatasetEvent>();
  const oldMerges = new Set<MergeResult['merges'][number]>();
  const redo = new Set<string>();
  for (const cl of oldCls) {
    const base = cl.b.idInput.base;
    const g = res.groups.get(base)!;
    g.splice(g.indexOf(cl), 1);
    if (res.suffixed.get(cl.id) === cl) res.suffixed.delete(cl.id);
    redo.add(base);
  }
  for (const cl of newCls) {
    const base = cl.b.idInput.base;
    const g = res.groups.get(base);
    if (g) g.push(cl);
    else res.groups.set(base, [cl]);
    redo.add(base);
  }
  const changedCls: Cl[] = [];
  let clean = res.clean;
  for (const base of redo) {
    const g = res.groups.get(base)!;
    for (const cl of g) if (cl.id !== base && res.suffixed.get(cl.id) === cl) res.suffixed.delete(cl.id);
    if (!g.length) {
      res.groups.delete(base);
      continue;
    }
    if (res.suffixed.has(base)) clean = false;
    g.sort((x, y) => cmp(x.b.idInput.rank, y.b.idInput.rank) || before(x.items[0], y.items[0]));
    g.forEach((cl, k) => {
      const id = k === 0 ? base : firstCandidate(cl);
      if (k > 0) {
        if (res.groups.has(id) || res.suffixed.has(id)) clean = false;
        res.suffixed.set(id, cl);
      }
      cl.id = id;
      changedCls.push(cl);
    });
  }
  const eventOf = (cl: Cl) => {
    const b = cl.b;
    const ev = b.out?.id === cl.id ? b.out : (b.out = withId(b.event, cl.id));
    cl.ev = ev;
    cl.merge = b.documentIds.length > 1 ? (cl.merge?.eventId === cl.id && cl.merge.documentIds === b.documentIds ? cl.merge : { eventId: cl.id, documentIds: b.documentIds, reasons: b.reasons }) : undefined;
  };
  const byEventId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
  const byMergeId = (a: { eventId: string }, b: { eventId: string }) => cmp(a.eventId, b.eventId);
  if (!clean) {
    // an id met another: assignIds over every event, as the whole merge
    const ids = assignIds(res.clusters.map((cl) => cl.b.idInput));
    res.groups = new Map();
    res.suffixed = new Map();
    res.clean = true;
    res.clusters.forEach((cl, k) => {
      cl.id = ids[k];
      eventOf(cl);
      indexId(res, cl);
    });
    res.events = res.clusters.map((cl) => cl.ev!).sort(byEventId);
    res.merges = res.clusters.flatMap((cl) => (cl.merge ? [cl.merge] : [])).sort(byMergeId);
  } else {
    for (const cl of oldCls) {
      if (cl.ev) oldEvs.add(cl.ev);
      if (cl.merge) oldMerges.add(cl.merge);
    }
    const addEvs: DatasetEvent[] = [];
    const addMerges: MergeResult['merges'] = [];
    for (const cl of changedCls) {
      if (cl.ev) oldEvs.add(cl.ev);
      if (cl.merge) oldMerges.add(cl.merge);
      eventOf(cl);
      addEvs.push(cl.ev!);
      if (cl.merge) addMerges.push(cl.merge);
    }
    const keptEvs = res.events.filter((e) => !oldEvs.has(e));
    res.events = mergeOrdered(keptEvs, addEvs.sort(byEventId), byEventId);
    res.merges = mergeOrdered(
      res.merges.filter((x) => !oldMerges.has(x)),
      addMerges.sort(byMergeId),
      byMergeId,
    );
  }

  const order = mergeOrdered(
    prevOrder.filter((x) => !gone.has(x)),
    fresh,
    before,
  );
  // made lazy again: the reports this run made or made whole (every other report of the order was made lazy by the run
  // that left it: both kinds of run end so)
  compactItems(fresh, byId);
  compactItems(
    r.expanded.filter((x) => !gone.has(x)),
    byId,
  );
  return {
    events: res.events.slice(),
    merges: res.merges.map((x) => ({ ...x })),
    state: { gen: r.gen, placesKey: r.placesKey, actorSig: r.actorSig, docs: docState, order, blocks, comps, built: builtMap, res },
  };
}

/**
 * Two ordered lists as one (ties: the first list's first). Each of `b` (the short list: what a run changed) finds its
 * place in `a` by a binary search — the first of the rest of `a` it goes before — so a long `a` is copied, not compared.
 */
function mergeOrdered<T>(a: T[], b: T[], compare: (x: T, y: T) => number): T[] {
  if (!b.length) return a;
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let k = 0;
  for (const x of b) {
    let lo = i;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(x, a[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    while (i < lo) out[k++] = a[i++];
    out[k++] = x;
  }
  while (i < a.length) out[k++] = a[i++];
  return out;
}

/**
 * The connected components of n items joined by `count` pairs (pi[k], pj[k]), by union-find: each component keyed by its
 * smallest item (`find`), with its members in item order and its pairs in `order` (a pair belongs to the component of its
 * items).
 */
function pairComponents(
  n: number,
  count: number,
  pi: ArrayLike<number>,
  pj: ArrayLike<number>,
  order: Iterable<number>,
): { find: (i: number) => number; members: Map<number, number[]>; pairs: Map<number, number[]> } {
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = i;
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  for (let k = 0; k < count; k++) {
    const a = find(pi[k]);
    const b = find(pj[k]);
    if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const pairs = new Map<number, number[]>();
  for (const k of order) {
    const r = find(pi[k]);
    const list = pairs.get(r);
    if (list) list.push(k);
    else pairs.set(r, [k]);
  }
  return { find, members, pairs };
}
