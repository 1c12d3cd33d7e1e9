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
import { plannedDays } from './keep/planned-day';
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
  for (const d of docs) map.set(d.id, { id: d.id, published: d.meta.published, kind: d.meta.kind, outlet: d.meta.outlet, text: d.body, kept: d.kept });
  return { docs: map, actor: (id) => actorById.get(id) };
}

/**
 * The stage as finishCompile calls it: merged.events filtered in place of the list (same objects),
 * the drops for the trace. A no-op when the model is not adopted or the inputs turn it off.
 */
export function keepStage<E extends DatasetEvent>(
  events: E[],
  docs: readonly SentencedDoc[],
  actorById: ReadonlyMap<string, ActorInfo>,
  inputs: { corrections: readonly Correction[]; keep?: 'off'; places?: PlaceEntry[] },
  model: KeepModel = KEEP_MODEL,
): KeepResult<E> {
  if (inputs.keep === 'off') return { events, dropped: [] };
  const ctx = keepContext(docs, actorById);
  const protect = namedByCorrections(inputs.corrections);
  // events dated long before their first report (keep/stale.ts): plans dropped, borrowed days re-dated, background demoted
  const stale = staleEvents(events, ctx, protect);
  // undated happenings dated by an earlier planned report of the same happening (keep/planned-day.ts)
  const book = placeBook(inputs.places);
  stale.events = plannedDays(stale.events, ctx, (a, b) => placesCompatible(book, a, b), protect).events;
  if (!model.adopted) return stale;
  const scored = keepEvents(stale.events, ctx, weightsOf(model), protect);
  return { events: scored.events, dropped: [...stale.dropped, ...scored.dropped].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)) };
}
