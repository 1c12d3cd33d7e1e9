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
import { assignIds, fnv1a } from './what/ids';
import type { WhatDocEvent } from './what/types';
import { EVENT_TYPES } from './event-types';
import { makeItem, pairScore, Scorer, type Item } from './merge/score';
import { buildEvent, type Built } from './merge/build';
import { completeLinkage } from './merge/linkage';
import { PairList, PairTable } from './merge/pair-table';
import type { ReferenceState } from './events/corpus-references';
import type { EdgeState } from './network';

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
  /** in a state packed for the disk (packMergeState): the built events as JSON, [signature, PackedBuilt][] */
  builtJson?: string;
  /** the corpus references' state (events/corpus-references.ts), kept beside in memory (not on disk: it holds events by identity) */
  refs?: ReferenceState;
  /** the network's edges (network.ts edgesKept), kept beside in memory like refs */
  edges?: EdgeState;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** a huge block (one actor everywhere) compares each report with its neighbours only, so the work stays bounded */
const WINDOW = 60;
const TRIED_CAP = 8_000_000;

export function mergeEvents(docEvents: DocEvent[], docs: SentencedDoc[], opts: MergeOptions = {}): MergeResult {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const actors = opts.actors ?? new Map<string, ActorInfo>();
  const sc = new Scorer(actors, opts.places ?? []);
  const isPerson = (id: string) => {
    const k = actors.get(id)?.kind;
    return k ? k === 'person' || k === 'group' : !/^(?:united-|european-)/.test(id);
  };
  const placesKey = fnv1a(JSON.stringify(opts.places ?? [])) + ':' + (opts.places?.length ?? 0);
  const prev = opts.previous && opts.previous.placesKey === placesKey ? opts.previous : undefined;
  const gen = (opts.previous?.gen ?? 0) + 1;
  // a state read back from disk: its built events, parsed once (packed: their quotes are put back when reused)
  if (prev?.builtJson !== undefined) {
    for (const [sig, b] of JSON.parse(prev.builtJson) as [string, PackedBuilt][]) prev.built.set(sig, b as unknown as Built);
    prev.builtJson = undefined;
  }

  // ---- items: reused from the previous run while their document and the actors they name are unchanged ----
  const actorSig = new Map<string, string>();
  for (const [id, a] of actors) actorSig.set(id, `${a.kind}\u0000${a.affiliation ?? ''}\u0000${a.name}`);
  const changedActors = new Set<string>();
  if (prev) {
    for (const [id, s] of actorSig) if (prev.actorSig.get(id) !== s) changedActors.add(id);
    for (const id of prev.actorSig.keys()) if (!actorSig.has(id)) changedActors.add(id);
  }
  const names = (e: WhatDocEvent) => [...e.participants, ...(e.mainParticipants ?? []), ...e.respondsTo, ...(e.speaker ? [e.speaker] : [])];
  const touched = (e: WhatDocEvent) => changedActors.size > 0 && names(e).some((id) => changedActors.has(id));
  const grouped = new Map<string, WhatDocEvent[]>();
  for (const e of docEvents as WhatDocEvent[]) {
    if (!byId.has(e.docId) || !e.evidence.length) continue;
    const list = grouped.get(e.docId);
    if (list) list.push(e);
    else grouped.set(e.docId, [e]);
  }
  // an item read back from disk is made whole (its words, persons, …) only when a pair of it is scored, its component
  // clustered or its event built: a fresh process reads what it must, not every report's words
  const full = (x: Item): Item => {
    const lazy = (x as LazyItem).lazy;
    if (lazy) {
      Object.assign(x, makeItem(x.e, lazy, isPerson, x.uid));
      delete (x as LazyItem).lazy;
    }
    return x;
  };
  let counter = 0;
  const uid = () => `${gen.toString(36)}.${(counter++).toString(36)}`;
  const docState = new Map<string, { key: string; items: Item[] }>();
  const fresh: Item[] = [];
  const reused = new Set<Item>();
  let partial = false;
  for (const [docId, evs] of grouped) {
    const d = byId.get(docId)!;
    const meta = { published: d.meta.published, outlet: d.meta.outlet, kind: d.meta.kind, body: d.body };
    const key = opts.docKeys?.get(docId) ?? (prev || opts.keep ? docKeyOf(evs, d) : '');
    const old = prev?.docs.get(docId);
    let its: Item[];
    if (old && old.key === key && old.items.length === evs.length) {
      its = old.items.map((x, k) => {
        if (!touched(evs[k])) {
          // a state read back from disk holds each item's uid, key and gate (packMergeState): the same key gives the
          // same reports, so the same items under their old uids — made whole only where they are compared or built
          if (!x.e) x = x.key !== undefined && x.gate ? ({ e: evs[k], uid: x.uid, key: x.key, gate: x.gate, lazy: meta } as LazyItem) : makeItem(evs[k], meta, isPerson, x.uid);
          reused.add(x);
          return x;
        }
        partial = true;
        const y = makeItem(evs[k], meta, isPerson, uid());
        fresh.push(y);
        return y;
      });
    } else {
      its = evs.map((e) => makeItem(e, meta, isPerson, uid()));
      for (const y of its) fresh.push(y);
    }
    docState.set(docId, { key, items: its });
  }
  // in the order of their keys: last run's order of the reports kept, with the new ones merged in
  // (a document is either kept whole or new whole, so equal keys never come from both lists)
  const byKey = (a: Item, b: Item) => cmp(a.key, b.key);
  const items = prev?.order && !partial ? mergeByKey(prev.order.filter((x) => reused.has(x)), fresh.sort(byKey)) : [...docState.values()].flatMap((d) => d.items).sort(byKey);
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
  const isFresh = new Uint8Array(n);
  items.forEach((x, i) => (isFresh[i] = reused.has(x) ? 0 : 1));

  // ---- blocks: only reports sharing a block (type + a participant, an affiliation or a day) can be the same happening ----
  const blocks = new Map<string, number[]>();
  items.forEach((x, i) => {
    x.blockKeys ??= blockKeysOf(x, actors);
    for (const k of x.blockKeys) {
      const block = blocks.get(k);
      if (block) block.push(i);
      else blocks.set(k, [i]);
    }
  });

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
          // (in a full run every scored pair is in tried; pairs reused from last run are only in compat)
          let s = tried.get(ia, ib) ?? (prev ? compat.get(ia, ib) : undefined);
          if (s === undefined && old) {
            const oa = oldPos.get(uids[a]);
            const ob = oldPos.get(uids[b]);
            if (oa !== undefined && ob !== undefined && ob > oa && ob - oa <= span(old.uids.length)) s = oldScore.get(oa * old.uids.length + ob) ?? NaN;
          }
          if (s === undefined) {
            s = pairScore(full(items[idx[a]]), full(items[idx[b]]), sc) ?? NaN;
            if (tried.size < TRIED_CAP) tried.set(idx[a], idx[b], s);
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
  const root = new Int32Array(n);
  for (let i = 0; i < n; i++) root[i] = i;
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] = root[root[i]];
    return i;
  };
  for (let k = 0; k < pairs.length; k++) {
    const a = find(pairs.i[k]);
    const b = find(pairs.j[k]);
    if (a !== b) root[Math.max(a, b)] = Math.min(a, b);
  }
  const compMembers = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = compMembers.get(r);
    if (list) list.push(i);
    else compMembers.set(r, [i]);
  }
  const compPairs = new Map<number, number[]>();
  for (const k of order) {
    const r = find(pairs.i[k]);
    const list = compPairs.get(r);
    if (list) list.push(k);
    else compPairs.set(r, [k]);
  }
  const compState: MergeState['comps'] = new Map();
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
    for (const c of local) clusters.push(c.map((p) => members[p]));
  }
  // clusters in the order of their first report (ids of colliding events depend on it)
  clusters.sort((a, b) => a[0] - b[0]);

  // ---- build events ----
  // a meeting or a call takes two sides: one name alone, in every report of it, is a mention whose other side was not found
  const builtState: MergeState['built'] = new Map();
  const built: Built[] = [];
  for (const c of clusters) {
    const sig = !(prev || opts.keep) ? '' : c.length === 1 ? items[c[0]].uid : c.map((i) => items[i].uid).join(' ');
    const old = prev?.built.get(sig);
    const b = old ? ('packed' in old ? unpackBuilt(old as unknown as PackedBuilt, byId) : old) : buildEvent(c.map((i) => full(items[i])), byId, actors, sc.book);
    if (opts.keep) builtState.set(sig, b);
    if (!(EVENT_TYPES[b.event.type].twoSides && b.event.participants.length === 1)) built.push(b);
  }
  const ids = assignIds(built.map((b) => b.idInput));
  // an event unchanged since last run is last run's object (the corpus references' pass tells changes by identity)
  const events: DatasetEvent[] = built.map((b, i) => (b.out?.id === ids[i] ? b.out : opts.keep ? (b.out = { ...b.event, id: ids[i] }) : { ...b.event, id: ids[i] }));
  const merges = built
    .map((b, i) => ({ eventId: ids[i], documentIds: b.documentIds, reasons: b.reasons }))
    .filter((m) => m.documentIds.length > 1)
    .sort((a, b) => cmp(a.eventId, b.eventId));
  events.sort((a, b) => cmp(a.id, b.id));
  const result: MergeResult = { events, merges };
  if (opts.keep) result.state = { gen, placesKey, actorSig, docs: docState, order: items, blocks: blockState, comps: compState, built: builtState };
  return result;
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
  for (const [id, d] of s.docs) docs.set(id, { key: d.key, items: d.items.map((x) => ({ uid: x.uid, key: x.key, gate: x.gate }) as Item) });
  // one JSON string: read back twice as fast as the same objects v8-serialised
  const built: [string, PackedBuilt][] = [];
  for (const [sig, b] of s.built) built.push([sig, packBuilt(b)]);
  return { gen: s.gen, placesKey: s.placesKey, actorSig: s.actorSig, docs, blocks: s.blocks, comps: s.comps, built: new Map(), builtJson: JSON.stringify(built) };
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
  return [...keys];
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
