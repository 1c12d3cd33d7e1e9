/**
 * keep: a scored filter of merged events. Each event's structural features (keep/features.ts)
 * are weighed by a logistic model fitted on the tuning pool (lang/en-keep.ts, written by
 * `npm run fit:keep`); events scoring below the threshold are dropped, each recorded with its
 * score and the three features that weighed most against it (keep/explain.ts). An editor's
 * correction naming an event's id keeps it (the editor's word beats the model). Kept events are
 * the same objects (no copies). Pure, O(events + evidence).
 *
 * Before the model, the stale rules (keep/stale.ts: events dated more than 14 days before their first
 * report) always run; the model runs only when it is adopted (its leave-one-set-out gate passed). The
 * inputs turn the whole stage off with `keep: 'off'` (as the fit script compiles).
 */
import type { Correction, DatasetEvent, PlaceEntry } from '../schema';
import type { ActorInfo, SentencedDoc } from './types';
import { featuresOf, type KeepContext, type KeepDoc } from './keep/features';
import { mapRules, score, type Weights } from './keep/model';
import { explainDrop, type DroppedEvent } from './keep/explain';
import { weightsOf, type KeepModel } from './keep/rows';
import { KEEP_MODEL } from './lang/en-keep';
import { staleEvents } from './keep/stale';
import { dropSameSide } from './keep/same-side';
import { dropRedatedTwins } from './keep/redated-twin';
import { speakerNameWords } from './merge/score';
import { dropJoinOnly, dropJoinOnlyKept } from './keep/join-only';
import type { DropPassState } from './keep/drop-pass';
import { plannedDays, plannedDaysKept, type PlannedDayState } from './keep/planned-day';
import { placeBook, placesCompatible } from './what/places';

export type { DroppedEvent } from './keep/explain';

declare module './types' {
  interface CompileInputs {
    /** 'off': compile without the keep filter (scripts/fit-keep.ts labels the unfiltered events) */
    keep?: 'off';
  }
  interface CompileTrace {
    /** events the keep filter dropped, with why (lib/compile/keep.ts) */
    dropped?: DroppedEvent[];
  }
}

export interface KeepResult<E> {
  events: E[];
  dropped: DroppedEvent[];
}

/** ids of events named by any correction (edit-event, drop-event, merge-events, split-event …) */
export function namedByCorrections(corrections: readonly Correction[]): Set<string> {
  const ids = new Set<string>();
  for (const c of corrections) {
    const r = c as Record<string, unknown>;
    if (typeof r.event === 'string') ids.add(r.event);
    if (Array.isArray(r.events)) for (const x of r.events) if (typeof x === 'string') ids.add(x);
  }
  return ids;
}

/** every document's publication day and kind, in one string (what keep/redated-twin.ts reads of the pages) */
function pagesVersionOf(ctx: KeepContext): string {
  const out: string[] = [];
  for (const [id, d] of ctx.docs) out.push(`${id}/${d.published}/${d.kind ?? ''}`);
  const v = out.join('\n'); // (another order reads as another version: the last answers are not reused, none is wrong)
  // the last run's very string when it reads the same: each re-dated remark's memo then compares it by identity, not
  // by its characters (a long string, ~40 characters a document, compared once per remark: quadratic at 10,000)
  if (v === lastPagesVersion) return lastPagesVersion;
  return (lastPagesVersion = v);
}
let lastPagesVersion = '';

/** what speakerNameWords reads for an actor: its name, aliases and surface forms (cheap to join, costly to tokenise) */
function speakerNameKey(actorById: ReadonlyMap<string, ActorInfo>, id: string): string {
  const a = actorById.get(id);
  return a ? [a.name, ...a.aliases, ...a.surfaceForms].join('\u0000') : '';
}

/** The filter itself, over any model: events scoring below the threshold are dropped unless named in `protect`. */
export function keepEvents<E extends DatasetEvent>(events: E[], ctx: KeepContext, model: Weights, protect: ReadonlySet<string> = new Set()): KeepResult<E> {
  const vocab = new Set(model.ruleVocabulary);
  const kept: E[] = [];
  const dropped: DroppedEvent[] = [];
  for (const e of events) {
    const features = mapRules(featuresOf(e, ctx), vocab);
    const s = score(features, model.weights);
    if (s >= model.threshold || protect.has(e.id)) kept.push(e);
    else dropped.push(explainDrop(e, features, model.weights, s, model.threshold));
  }
  dropped.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  return { events: kept, dropped };
}

/** What the features read, from the compile's documents and actors. */
export function keepContext(docs: readonly SentencedDoc[], actorById: ReadonlyMap<string, ActorInfo>): KeepContext {
  const map = new Map<string, KeepDoc>();
  // (a document's record made once per document object: a long-lived process's cache hands each compile the same,
  // never changed, slim documents)
  for (const d of docs) {
    let k = keepDocs.get(d);
    if (!k) keepDocs.set(d, (k = { id: d.id, published: d.meta.published, kind: d.meta.kind, outlet: d.meta.outlet, text: d.body, kept: d.kept }));
    map.set(d.id, k);
  }
  return { docs: map, actor: (id) => actorById.get(id) };
}
const keepDocs = new WeakMap<SentencedDoc, KeepDoc>();

/**
 * What a long-lived process keeps of the last keep stage (the dev loop), to run the stale rules again only where their
 * inputs changed. Events are told by identity (the merge hands back the same object for an event it did not change).
 */
export interface KeepState {
  /** the stage's input (sorted by id) and, aligned, each event's outcome: the event kept (itself or its stale copy) or null (dropped) */
  events: readonly DatasetEvent[];
  out: (DatasetEvent | null)[];
  /** the drops' records, by the input event */
  drops: Map<DatasetEvent, DroppedEvent>;
  /** document → the input events reporting it (patched by the events gone and come: no walk over every event's evidence) */
  byDoc: Map<string, Set<DatasetEvent>>;
  /** each document's publication day (what the rules read of a document besides its id) */
  published: Map<string, string>;
  /** the ids the corrections name (sorted, joined) */
  protectKey: string;
  /** set once a run took the state over (its maps are then that run's) */
  spent?: boolean;
  /** the join-only pass's own state (keep/join-only.ts dropJoinOnlyKept): its input and the rule's answer for each */
  joinOnly?: DropPassState;
  /** the planned-day pass's own state (keep/planned-day.ts plannedDaysKept) */
  planned?: PlannedDayState;
}

/** lists a diff found strictly sorted by id (or that a caller vouches for: sortedLike) — their order is not checked again */
const checkedSorted = new WeakSet<readonly unknown[]>();

/** a copy (or the same elements in the same order) of a list diffById found sorted: known sorted too */
export function sortedLike(copy: readonly unknown[], of: readonly unknown[]): void {
  if (checkedSorted.has(of)) checkedSorted.add(copy);
}

/**
 * A list its maker sorted by id with a comparison sort whose comparator never found two ids equal: strictly sorted (a
 * correct comparison sort compares every two neighbours of its output, so equal ids would have met), so the next
 * compile's diff reads none of its ids to check it (merge.ts, the cold merge's list).
 */
export function knownSortedById(list: readonly unknown[]): void {
  checkedSorted.add(list);
}

/**
 * Each list of the chain known sorted when the one before it is and the two are strictly sorted by id: one diffById
 * each, which reads ids only where the two lists differ (the stages' lists after a cold compile hold the same objects
 * in the same order, bar a few). A list after one not known sorted is left as it is (its first diff checks it).
 */
export function vouchSortedChain(lists: readonly (readonly { id: string }[] | undefined)[]): void {
  for (let k = 1; k < lists.length; k++) {
    const a = lists[k - 1];
    const b = lists[k];
    if (a && b && checkedSorted.has(a) && !checkedSorted.has(b)) diffById(a, b);
  }
}

/**
 * Two lists of events sorted by id (ids unique), the earlier and the later: for each event of the later, the place of
 * the same object in the earlier (-1: new, or another object under its id), and the earlier's events that are not in
 * the later. One walk, no index; null when a list is not strictly sorted by id.
 *
 * The same object at the same step of the walk is taken without reading its id (reading 2 × 25k ids of the merge's
 * events cost 23–35 ms CPU at 2k — each event its own hidden class, so every read a megamorphic lookup — comparing the
 * pointers ~1 ms); its order against its neighbour is then the earlier list's, whose order a previous diff checked
 * (`checkedSorted`, else checked here once).
 * The ids are read only where the lists differ, so the walk makes the same steps and the same result as one that reads
 * every id.
 */
export function diffById<E extends { id: string }>(before: readonly E[], after: readonly E[]): { from: Int32Array; removed: E[]; added: E[] } | null {
  if (!checkedSorted.has(before)) for (let j = 1; j < before.length; j++) if (!(before[j - 1].id < before[j].id)) return null;
  const from = new Int32Array(after.length);
  const removed: E[] = [];
  const added: E[] = [];
  let j = 0;
  for (let i = 0; i < after.length; i++) {
    const e = after[i];
    if (j < before.length && before[j] === e) {
      // the same object: after[i - 1] was before[j - 1] (the earlier list's order), or a step that read ids left
      // before[j].id above after[i - 1].id (its loop passes every smaller id; an equal one is taken or removed)
      from[i] = j++;
      continue;
    }
    if (i > 0 && !(after[i - 1].id < e.id)) return null;
    while (j < before.length && before[j].id < e.id) removed.push(before[j++]);
    if (j < before.length && before[j].id === e.id) {
      if (before[j] === e) from[i] = j;
      else {
        from[i] = -1;
        removed.push(before[j]);
        added.push(e);
      }
      j++;
    } else {
      from[i] = -1;
      added.push(e);
    }
  }
  for (; j < before.length; j++) removed.push(before[j]);
  checkedSorted.add(after);
  return { from, removed, added };
}

/** the first document reporting the event as the stale rules pick it (earliest publication, then id); null when none is known */
function firstDocOf(e: DatasetEvent, ctx: KeepContext): string | null {
  let best: KeepDoc | null = null;
  for (const ev of e.evidence) {
    const d = ctx.docs.get(ev.documentId);
    if (d && (!best || d.published < best.published || (d.published === best.published && d.id < best.id))) best = d;
  }
  return best ? best.id : null;
}

/**
 * The stage as finishCompile calls it: merged.events filtered in place of the list (same objects),
 * the drops for the trace. A no-op when the model is not adopted or the inputs turn it off.
 * With `kept`, the stage's state for the next run is returned, and from `kept.previous` the stale rules run again only
 * on the events that changed and on those whose document's main day they may move (see staleIncremental); the result
 * equals a run over every event (keep.incremental.test.ts).
 */
export function keepStage<E extends DatasetEvent>(
  events: E[],
  docs: readonly SentencedDoc[],
  actorById: ReadonlyMap<string, ActorInfo>,
  inputs: { corrections: readonly Correction[]; keep?: 'off'; places?: PlaceEntry[] },
  model: KeepModel = KEEP_MODEL,
  kept?: { previous?: KeepState },
): KeepResult<E> & { state?: KeepState } {
  if (inputs.keep === 'off') return { events, dropped: [] };
  const ctx = keepContext(docs, actorById);
  const protect = namedByCorrections(inputs.corrections);
  // events dated long before their first report (keep/stale.ts): plans dropped, borrowed days re-dated, background demoted
  const stale = kept && !model.adopted ? staleIncremental(events, docs, ctx, protect, kept.previous) : { ...staleEvents(events, ctx, protect), state: undefined };
  Object.assign(stale, dropSameSide(stale, ctx, protect)); // meetings of one side's people not named as meeting each other (keep/same-side.ts)
  // a re-dated remark beside the same speaker's statement of its new day, pages published within days (keep/redated-twin.ts)
  Object.assign(stale, dropRedatedTwins(stale, (id) => ctx.docs.get(id)?.published, protect, (id) => speakerNameWords(actorById as Map<string, ActorInfo>, id), (id) => ctx.docs.get(id)?.kind, (id) => speakerNameKey(actorById, id), pagesVersionOf(ctx)));
  // meetings no report tells but by a joining verb ("… all attended"): guests, not a meeting (keep/join-only.ts); with a
  // state, the rule read again only on the events that are not last run's objects
  if (stale.state) {
    const jo = dropJoinOnlyKept(stale, protect, kept?.previous?.joinOnly, diffById);
    stale.events = jo.events;
    stale.dropped = jo.dropped;
    stale.state.joinOnly = jo.state;
  } else Object.assign(stale, dropJoinOnly(stale, protect));
  // undated happenings dated by an earlier planned report of the same happening (keep/planned-day.ts): a pure pass
  // over the stale rules' outcome (new objects for the events it dates); with a state, again only where its inputs changed
  const book = placeBook(inputs.places);
  const compatible = (a: string | null, b: string | null) => placesCompatible(book, a, b);
  if (stale.state) {
    const pd = plannedDaysKept(stale.events, ctx, compatible, protect, JSON.stringify(inputs.places ?? null), kept?.previous?.planned, diffById);
    stale.events = pd.events;
    stale.state.planned = pd.state;
  } else stale.events = plannedDays(stale.events, ctx, compatible, protect).events;
  if (!model.adopted) return stale;
  const scored = keepEvents(stale.events, ctx, weightsOf(model), protect);
  return { events: scored.events, dropped: [...stale.dropped, ...scored.dropped].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)) };
}

/**
 * The stale rules with a state. An event's outcome reads the event, its documents' publication days, the corrections'
 * ids and — a remark re-dated to its first document's main day — the events reporting that document. So from the last
 * run (same publication days for the documents it knew, same corrections): the documents any new or gone event reports
 * are the touched ones; the rules run over the events reporting a touched document (every event that counts towards a
 * touched document's main day is among them), and their outcome is taken for those whose first document is touched
 * (new events are); every other event keeps its last outcome, none of whose inputs changed.
 */
function staleIncremental<E extends DatasetEvent>(
  events: E[],
  docs: readonly SentencedDoc[],
  ctx: KeepContext,
  protect: ReadonlySet<string>,
  previous: KeepState | undefined,
): KeepResult<E> & { state: KeepState } {
  const published = new Map<string, string>();
  for (const d of docs) published.set(d.id, d.meta.published);
  const protectKey = [...protect].sort().join('\u0000');
  const full = (): KeepResult<E> & { state: KeepState } => {
    const r = staleEvents(events, ctx, protect);
    const drops = new Map<DatasetEvent, DroppedEvent>();
    const byId = new Map(r.dropped.map((d) => [d.eventId, d]));
    const out: (DatasetEvent | null)[] = new Array(events.length);
    let k = 0;
    for (let i = 0; i < events.length; i++) {
      const d = byId.get(events[i].id);
      if (d && !(k < r.events.length && r.events[k].id === events[i].id)) {
        out[i] = null;
        drops.set(events[i], d);
      } else out[i] = r.events[k++];
    }
    const byDoc = new Map<string, Set<DatasetEvent>>();
    for (const e of events) indexEvent(byDoc, e);
    return { ...r, state: { events, out, drops, published, protectKey, byDoc } };
  };
  const prev = previous && !previous.spent && previous.protectKey === protectKey ? previous : undefined;
  if (!prev) return full();
  // a document whose publication day changed: every event reporting it may change (the whole pass again)
  for (const [id, p] of prev.published) if (published.has(id) && published.get(id) !== p) return full();
  const diff = diffById(prev.events, events);
  if (!diff) return full();
  prev.spent = true;
  const byDoc = prev.byDoc;
  for (const e of diff.removed) for (const x of e.evidence) byDoc.get(x.documentId)?.delete(e);
  for (const e of diff.added) indexEvent(byDoc, e);
  const touched = new Set<string>();
  for (const list of [diff.removed, diff.added]) for (const e of list) for (const x of e.evidence) touched.add(x.documentId);
  // documents come or gone (an event reporting one is new or gone already, as the merge makes them; were one kept, its
  // first report and lag may change): touched, and so is every document an event reporting one reports
  const cameOrWent = new Set<string>();
  for (const id of published.keys()) if (!prev.published.has(id)) cameOrWent.add(id);
  for (const id of prev.published.keys()) if (!published.has(id)) cameOrWent.add(id);
  for (const id of cameOrWent) for (const e of byDoc.get(id) ?? NO_EVENTS) for (const x of e.evidence) touched.add(x.documentId);
  for (const id of cameOrWent) touched.add(id);
  const fresh = new Map<DatasetEvent, DatasetEvent | null>();
  const freshDrops = new Map<DatasetEvent, DroppedEvent>();
  if (touched.size) {
    // the events reporting a touched document, in the list's order (by id: the list is sorted, diffById checked it)
    const aroundSet = new Set<E>();
    for (const id of touched) for (const e of byDoc.get(id) ?? NO_EVENTS) aroundSet.add(e as E);
    const around = [...aroundSet].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const r = staleEvents(around, ctx, protect);
    const dropById = new Map(r.dropped.map((d) => [d.eventId, d]));
    let k = 0;
    for (const e of around) {
      const d = dropById.get(e.id);
      const dropped = !!d && !(k < r.events.length && r.events[k].id === e.id);
      const outcome = dropped ? null : r.events[k++];
      const first = firstDocOf(e, ctx);
      if (first === null || touched.has(first)) {
        fresh.set(e, outcome);
        if (dropped) freshDrops.set(e, d!);
      }
    }
  }
  // each event's outcome: last run's (by the diff's places), then the fresh ones at their places (found by id in the
  // sorted list) — no look-up per event
  const out: (DatasetEvent | null)[] = new Array(events.length);
  const set = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++)
    if (diff.from[i] >= 0) {
      out[i] = prev.out[diff.from[i]];
      set[i] = 1;
    }
  const drops = prev.drops;
  for (const e of diff.removed) drops.delete(e);
  for (const [e, o] of fresh) {
    const i = placeOf(events, e);
    out[i] = o;
    set[i] = 1;
    const d = freshDrops.get(e);
    if (d) drops.set(e, d);
    else drops.delete(e);
  }
  const kept: E[] = [];
  const dropped: DroppedEvent[] = [];
  let changed = false;
  for (let i = 0; i < events.length; i++) {
    if (!set[i]) throw new Error(`keep: a new event not run again (${events[i].id})`);
    const o = out[i];
    if (o === null) {
      dropped.push(drops.get(events[i])!);
      changed = true;
    } else {
      kept.push(o as E);
      if (o !== events[i]) changed = true;
    }
  }
  return { events: changed ? kept : events, dropped, state: { events, out, drops, published, protectKey, byDoc } };
}

const NO_EVENTS: ReadonlySet<DatasetEvent> = new Set();

/** an event under each document it reports */
function indexEvent(byDoc: Map<string, Set<DatasetEvent>>, e: DatasetEvent): void {
  for (const x of e.evidence) {
    let set = byDoc.get(x.documentId);
    if (!set) byDoc.set(x.documentId, (set = new Set()));
    set.add(e);
  }
}

/** the place of an event in a list sorted by id (ids unique), by a binary search; -1 when it is not there */
export function placeById(events: readonly DatasetEvent[], e: DatasetEvent): number {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = events[mid];
    if (m === e) return mid;
    if (m.id < e.id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** placeById of an event that must be in the list */
function placeOf(events: readonly DatasetEvent[], e: DatasetEvent): number {
  const i = placeById(events, e);
  if (i < 0) throw new Error(`keep: an event not in the list (${e.id})`);
  return i;
}
