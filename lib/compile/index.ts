/**
 * compile(inputs) → { dataset, problems, trace }: pure, no filesystem.
 * Stages, one file each: load (fs) → clean → sentences → mentions → dates →
 * events → merge → network → overrides → emit (fs).
 */
import type { Dataset, DatasetActor, DatasetEvent, Problem } from '../schema';
import { clean } from './clean';
import { splitSentences } from './sentences';
import { findMentions } from './mentions';
import { findDates } from './dates';
import { extractEvents } from './events';
import { mergeEvents, type MergeOptions, type MergeState } from './merge';
import { joinCorpusReferences } from './events/corpus-references';
import { buildEdges, edgesKept, type EdgeState } from './network';
import { applyCorrections, applyLinkCorrections } from './overrides';
import { groupBy } from './group';
import { diffById, keepStage, sortedLike, type KeepState } from './keep';
import type { ActorInfo, CompileInputs, CompileResult, DateExpr, DocEvent, Mention, MentionsResult, PlaceMention, SentencedDoc, SourceDoc } from './types';

export interface CompileOptions {
  /** filled with milliseconds per stage (for the bench) */
  timings?: StageTimings;
  /** filled with CPU milliseconds per stage (all threads of the process) */
  cpu?: StageTimings;
  /** filled with the process's peak RSS (MB) by the end of each stage */
  peakRss?: StageTimings;
}

/** Milliseconds spent per stage; per-document stages summed over documents. */
export type StageTimings = Partial<Record<StageName, number>>;
export type StageName = 'prepare' | 'mentions' | 'events' | 'merge' | 'references' | 'keep' | 'finalize' | 'cache' | 'keys' | 'workers';

/** What the per-document stages make of one document: clean → sentences → dates. */
export interface PreparedDoc {
  doc: SentencedDoc;
  dates: DateExpr[];
}

/** clean → sentences → dates: depends on the document alone (cacheable, parallel). */
export function prepareDoc(d: SourceDoc): PreparedDoc {
  const doc = splitSentences(clean(d));
  return { doc, dates: findDates(doc) };
}

/** A document as merge and the dataset read it: text, metadata, kept spans; its sentences dropped (memory). */
export const slimDoc = (d: SentencedDoc): SentencedDoc => ({ ...d, sentences: [] });

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The input of one document's events stage, once the cross-document "who" stage has run. */
export interface EventsInput {
  mentions: Mention[];
  places: PlaceMention[];
}

/** The cross-document "who" stage, split per document for the events stage. */
export function whoStage(inputs: CompileInputs, docs: SentencedDoc[]): WhoStage {
  return splitWho(findMentions(docs, inputs.actors, inputs.places, inputs.lexicon), docs);
}

export interface WhoStage {
  who: MentionsResult;
  perDoc: Map<string, EventsInput>;
  actorById: Map<string, ActorInfo>;
}

/** The who stage's result split per document for the events stage. */
export function splitWho(who: MentionsResult, docs: SentencedDoc[], byDocument?: Map<string, Mention[]>, placesByDocument?: Map<string, PlaceMention[]>): WhoStage {
  // (the mentions and places handed over per document already, when whoConclude was asked to: its ConcludeRenames.byDocument)
  const mentionsByDoc = byDocument ?? groupBy(who.mentions, (m) => m.docId);
  const placesByDoc = placesByDocument ?? groupBy(who.places, (p) => p.docId);
  const perDoc = new Map<string, EventsInput>();
  for (const d of docs) perDoc.set(d.id, { mentions: mentionsByDoc.get(d.id) ?? [], places: placesByDoc.get(d.id) ?? [] });
  return { who, perDoc, actorById: new Map<string, ActorInfo>(who.actors.map((a) => [a.id, a])) };
}

export function docEvents(p: PreparedDoc, input: EventsInput, actorById: Map<string, ActorInfo>, placeEntries: CompileInputs['places'], zoneEntries?: CompileInputs['zones']): DocEvent[] {
  return extractEvents({ doc: p.doc, mentions: input.mentions, places: input.places, dates: p.dates, actors: actorById, placeEntries, zoneEntries });
}

export function compile(inputs: CompileInputs, opts: CompileOptions = {}): CompileResult {
  const clock = stageClock(opts.timings, opts.cpu, opts.peakRss);
  const prepared = [...inputs.documents].sort(byId).map(prepareDoc);
  clock('prepare');
  const docs = prepared.map((p) => p.doc);
  const { who, perDoc, actorById } = whoStage(inputs, docs);
  clock('mentions');
  const events: DocEvent[] = [];
  for (const p of prepared) events.push(...docEvents(p, perDoc.get(p.doc.id)!, actorById, inputs.places, inputs.zones));
  clock('events');
  // merge and the dataset need a document's text and metadata, not its sentences or mentions
  prepared.length = 0;
  perDoc.clear();
  docs.forEach((d, i) => (docs[i] = slimDoc(d)));
  who.mentions = [];
  who.places = [];
  who.media = [];
  return finishCompile(inputs, docs, who, actorById, events, clock);
}

/** merge → overrides → network → trace: the cross-document tail of compile(). */
export function finishCompile(
  inputs: CompileInputs,
  docs: SentencedDoc[],
  who: MentionsResult,
  actorById: Map<string, ActorInfo>,
  docEvents: DocEvent[],
  clock: (stage: StageName) => void = () => {},
  /** incremental merge: last run's state (previous), keys of the documents (docKeys), and where to put this run's state */
  mergeOpts: Pick<MergeOptions, 'previous' | 'docKeys' | 'byDocument'> & {
    onState?: (state: MergeState) => void;
    /** the state stays in this process for its next compile (not only on disk): keep the edges' state in it too */
    resident?: boolean;
  } = {},
): CompileResult {
  const problems: Problem[] = [...inputs.problems, ...who.problems];
  const merged = mergeEvents(docEvents, docs, { actors: actorById, places: inputs.places, previous: mergeOpts.previous, docKeys: mergeOpts.docKeys, byDocument: mergeOpts.byDocument, keep: !!mergeOpts.onState, once: mergeOpts.resident === false });
  clock('merge');
  const refs = joinCorpusReferences(merged, docs, actorById, inputs.places, { previous: mergeOpts.previous?.refs, keep: !!merged.state });
  if (merged.state) merged.state.refs = refs;
  // the previous state is not needed any more (memory, through the rest of the compile); its edges are patched
  const previousEdges = mergeOpts.previous?.edges;
  clock('references');
  // the keep filter (lib/compile/keep.ts): merged events an annotator would not record, dropped by a fitted score
  // a long-lived process (resident): the stages after the merge redo only what the changed events touch, from the
  // last compile's tail (memory only, beside the merge state like refs and edges)
  const resident = !!merged.state && !!mergeOpts.resident;
  const previousTail = resident ? mergeOpts.previous?.tail : undefined;
  mergeOpts.previous = undefined;
  const kept = keepStage(merged.events, docs, actorById, inputs, undefined, resident ? { previous: previousTail?.keep } : undefined);
  merged.events = kept.events;
  clock('keep');
  const state = merged.state;
  if (state) mergeOpts.onState?.(state);
  delete merged.state;

  const machineDataset: Dataset = {
    schemaVersion: 1,
    documents: docs.map(datasetDocument),
    actors: who.actors.map((a) => toDatasetActor(a)),
    events: merged.events,
    edges: [],
  };

  const corrected = applyCorrections(machineDataset, inputs.corrections, inputs.correctionLines ?? []);
  problems.push(...corrected.problems);
  const { dataset, edges, tail } = finalize(
    corrected.dataset,
    // (no link correction: the edges as made — sorted, one per source, target and kind — which applyLinkCorrections
    // would hand back after reading every edge's ends to check their order)
    (edges) => (corrected.extraEdges.length || corrected.removedEdges.length ? applyLinkCorrections(edges, corrected.extraEdges, corrected.removedEdges) : edges),
    state && resident ? { previous: previousEdges, tail: previousTail } : undefined,
  );
  // kept (memory only, like the references' state) for the next compile of this process
  if (state) state.edges = edges;
  const eventsByDocument = tail ? tail.eventsByDocument : eventsByDocumentOf(dataset);
  if (state && tail && kept.state) state.tail = { ...tail.state, keep: kept.state };
  clock('finalize');

  return {
    dataset,
    problems: sortProblems(problems),
    trace: { eventsByDocument, merges: merged.merges, corrections: corrected.applied, dropped: kept.dropped },
  };
}

/** Calls to clock(stage) add the time since the previous call to timings[stage]. */
export function stageClock(timings: StageTimings | undefined, cpu?: StageTimings, peakRss?: StageTimings): (stage: StageName) => void {
  if (!timings && !cpu && !peakRss) return () => {};
  let t = performance.now();
  let c = cpu ? process.cpuUsage() : null;
  return (stage) => {
    const now = performance.now();
    if (timings) timings[stage] = (timings[stage] ?? 0) + (now - t);
    t = now;
    if (cpu && c) {
      const d = process.cpuUsage(c);
      cpu[stage] = (cpu[stage] ?? 0) + (d.user + d.system) / 1000;
      c = process.cpuUsage();
    }
    if (peakRss) peakRss[stage] = Math.round(process.resourceUsage().maxRSS / 1024);
  };
}

/**
 * A document's entry in the dataset, made once per document object: a long-lived process's cache hands the same (slim,
 * never changed) document to each compile, and its entry is then last compile's (read only, as the document).
 */
function datasetDocument(d: SentencedDoc): Dataset['documents'][number] {
  let entry = documentEntries.get(d);
  if (!entry)
    documentEntries.set(
      d,
      (entry = {
        id: d.id,
        title: d.meta.title,
        outlet: d.meta.outlet,
        url: d.meta.url ?? null,
        published: d.meta.published,
        kind: d.meta.kind,
        text: d.body,
        kept: d.kept.map((s) => [s.start, s.end] as [number, number]),
      }),
    );
  return entry;
}
const documentEntries = new WeakMap<SentencedDoc, Dataset['documents'][number]>();

function toDatasetActor(a: ActorInfo): DatasetActor {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    affiliation: a.affiliation,
    aliases: [...a.aliases],
    role: a.role,
    discovered: a.discovered,
    surfaceForms: [...a.surfaceForms].sort(),
    eventCount: 0,
  };
}

/** Each document's events (ids, in the dataset's order, each once), every document listed. */
function eventsByDocumentOf(dataset: Dataset): Record<string, string[]> {
  const eventsByDocument: Record<string, string[]> = {};
  for (const d of dataset.documents) eventsByDocument[d.id] = [];
  for (const e of dataset.events)
    for (const ev of e.evidence) {
      // an event once per document: a document it already named has its id last (events one after another)
      const list = (eventsByDocument[ev.documentId] ??= []);
      if (list[list.length - 1] !== e.id) list.push(e.id);
    }
  return eventsByDocument;
}

declare module './merge' {
  interface MergeState {
    /** the stages after the merge (keep, finalize, the trace's events by document): memory only, like refs and edges */
    tail?: TailState;
  }
}

/**
 * What a long-lived process keeps of the last compile's tail (after the merge), to redo only what changed events touch.
 * Events are told by identity, as the edges' state does (network.ts EdgeState): the merge hands back the same object
 * for an event it did not change, and corrections copy only the events they touch.
 */
export interface TailState {
  keep: KeepState;
  /** finalize's events (sorted by id, before link corrections) */
  events: readonly DatasetEvent[];
  /** actor → how many times the events name it as a participant (eventCount) */
  count: Map<string, number>;
  /** actor → how many times the events name it as a participant or as answered */
  named: Map<string, number>;
  /** document → its events' ids in the dataset's order (the trace's eventsByDocument; arrays never changed once handed out) */
  byDoc: Map<string, string[]>;
  /** set once a run took the state over (its maps are then that run's) */
  spent?: boolean;
}

const add = (m: Map<string, number>, k: string, n: number) => {
  const v = (m.get(k) ?? 0) + n;
  if (v) m.set(k, v);
  else m.delete(k);
};

/** an event's participants counted (events per actor) and named (participants and those it responds to), by +1 or -1 */
function countEvent(count: Map<string, number>, named: Map<string, number>, e: DatasetEvent, by: 1 | -1): void {
  for (const p of e.participants) {
    add(count, p, by);
    add(named, p, by);
  }
  for (const p of e.respondsTo) add(named, p, by);
}

/** count, named and byDoc over every event (a run without a usable tail) */
function tailOf(events: readonly DatasetEvent[]): Omit<TailState, 'keep'> {
  const count = new Map<string, number>();
  const named = new Map<string, number>();
  const byDoc = new Map<string, string[]>();
  for (const e of events) {
    countEvent(count, named, e, 1);
    for (const ev of e.evidence) {
      let list = byDoc.get(ev.documentId);
      if (!list) byDoc.set(ev.documentId, (list = []));
      if (list[list.length - 1] !== e.id) list.push(e.id);
    }
  }
  // (a copy: the list itself is the dataset's, which a caller may change)
  return { events: copySorted(events), count, named, byDoc };
}

/** the tail's counts and lists patched by the events gone and come (the state taken over: its maps are changed) */
function tailPatched(prev: TailState, events: readonly DatasetEvent[], removed: readonly DatasetEvent[], added: readonly DatasetEvent[]): Omit<TailState, 'keep'> {
  prev.spent = true;
  const { count, named, byDoc } = prev;
  const docs = new Map<string, { gone: Set<string>; come: string[] }>();
  const doc = (id: string) => {
    let d = docs.get(id);
    if (!d) docs.set(id, (d = { gone: new Set(), come: [] }));
    return d;
  };
  for (const e of removed) {
    countEvent(count, named, e, -1);
    for (const ev of e.evidence) doc(ev.documentId).gone.add(e.id);
  }
  for (const e of added) {
    countEvent(count, named, e, 1);
    for (const ev of e.evidence) {
      const come = doc(ev.documentId).come;
      if (come[come.length - 1] !== e.id) come.push(e.id);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const [id, { gone, come }] of docs) {
    // a new array (a trace handed out earlier keeps its own): the list without the gone ids, the new ones merged in by id
    const old = (byDoc.get(id) ?? []).filter((x) => !gone.has(x));
    const add_ = [...new Set(come)].sort(cmp);
    const list: string[] = [];
    let j = 0;
    for (const x of old) {
      while (j < add_.length && add_[j] < x) list.push(add_[j++]);
      list.push(x);
    }
    while (j < add_.length) list.push(add_[j++]);
    if (list.length) byDoc.set(id, list);
    else byDoc.delete(id);
  }
  return { events: copySorted(events), count, named, byDoc };
}

/** a copy of the list, known sorted when the list is (keep.ts diffById: the next compile's diff reads no id to check it) */
function copySorted(events: readonly DatasetEvent[]): DatasetEvent[] {
  const copy = events.slice();
  sortedLike(copy, events);
  return copy;
}

/**
 * Derives edges, drops actors nobody mentions in any event unless they come
 * from the data file, counts activity and sorts everything for byte-stable output.
 * With `kept`, also the state for the next compile (edges, counts, events by document), patched from the last one by
 * the events gone and come (by id and identity) — the same output as a run over every event.
 */
function finalize(
  ds: Dataset,
  linkCorrections: (edges: Dataset['edges']) => Dataset['edges'] = (e) => e,
  /** keep the edges' state for the next compile (edges patched per changed event), from the last one's */
  kept?: { previous?: EdgeState; tail?: TailState },
): { dataset: Dataset; edges?: EdgeState; tail?: { state: Omit<TailState, 'keep'>; eventsByDocument: Record<string, string[]> } } {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const prevTail = kept?.tail && !kept.tail.spent ? kept.tail : undefined;
  // told from last run's first: a diff found the list strictly sorted by id (the keep stage hands the merge's order on)
  // and reads ids only where the lists differ — sorting it again would read every event's id to change nothing
  const told = prevTail ? diffById(prevTail.events, ds.events) : null;
  const events = told ? ds.events.slice() : [...ds.events].sort(byId);
  if (told) sortedLike(events, ds.events);
  const diff = told ?? (prevTail ? diffById(prevTail.events, events) : null);
  const made = kept ? edgesKept(events, ds.actors, kept.previous, diff ?? undefined) : { edges: buildEdges(events, ds.actors), state: undefined };
  const edges = linkCorrections(made.edges);
  const tail = kept ? (diff ? tailPatched(prevTail!, events, diff.removed, diff.added) : tailOf(events)) : null;
  let count: Map<string, number>;
  const referenced = new Set<string>();
  if (tail) {
    count = tail.count;
    for (const id of tail.named.keys()) referenced.add(id);
  } else {
    count = new Map<string, number>();
    for (const e of events) for (const p of e.participants) count.set(p, (count.get(p) ?? 0) + 1);
    for (const e of events) {
      e.participants.forEach((p) => referenced.add(p));
      e.respondsTo.forEach((p) => referenced.add(p));
    }
  }
  for (const e of edges) {
    referenced.add(e.source);
    referenced.add(e.target);
  }
  const actors = ds.actors
    // only actors the documents mention (or events and corrections name): not the whole who's who
    .filter((a) => referenced.has(a.id) || a.surfaceForms.length > 0)
    .map((a) => ({ ...a, eventCount: count.get(a.id) ?? 0 }))
    .sort((a, b) => cmp(a.id, b.id));
  const dataset: Dataset = {
    schemaVersion: 1,
    documents: [...ds.documents].sort((a, b) => cmp(a.id, b.id)),
    actors,
    events,
    edges,
  };
  if (!tail) return { dataset, edges: made.state };
  // the trace's events by document: every document listed, in the dataset's order; a document an event names that
  // is not in the dataset would come last in the order events name it (the walk over every event does that)
  const eventsByDocument: Record<string, string[]> = {};
  let listed = 0;
  for (const d of dataset.documents) {
    const list = tail.byDoc.get(d.id);
    if (list) listed++;
    eventsByDocument[d.id] = list ?? [];
  }
  return { dataset, edges: made.state, tail: { state: tail, eventsByDocument: listed === tail.byDoc.size ? eventsByDocument : eventsByDocumentOf(dataset) } };
}

function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}
