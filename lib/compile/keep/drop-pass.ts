/**
 * keep/drop-pass: what the keep stage's rule passes that drop events share (keep/same-side.ts, keep/join-only.ts): the
 * row of a dropping rule, the loop that drops the events a rule reads as none, and the merge of a pass's drops into the
 * earlier passes'. Pure. dropWhereKept: the loop with a state, for a rule that reads nothing but the event (the dev loop's
 * edit reads the rule again only on the events that are not last run's objects).
 */
import type { DatasetEvent } from '../../schema';
import type { DroppedEvent } from './explain';

/** A dropping rule as data. */
export interface DropRow {
  id: string;
  pattern: string;
  effect: 'drop';
  example: string;
}

export interface DropResult<E> {
  events: E[];
  dropped: (DroppedEvent & { rule: string })[];
}

/** The events `drop` holds for (none of `protect`) dropped by `rule`, in order; the very list when none is. */
export function dropWhere<E extends DatasetEvent>(events: E[], rule: string, drop: (e: E, i: number) => boolean, protect: ReadonlySet<string>): DropResult<E> {
  const dropped: DropResult<E>['dropped'] = [];
  let kept: E[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!protect.has(e.id) && drop(e, i)) {
      kept ??= events.slice(0, i);
      dropped.push({ eventId: e.id, title: e.title, score: 0, threshold: 0, against: [], rule });
    } else kept?.push(e);
  }
  return { events: kept ?? events, dropped };
}

/**
 * What a pass over a rule reading the event alone keeps for its next run: its input (sorted by id) and, aligned, 1 where
 * the rule read the event as one to drop (before the corrections' protection, which the output applies).
 */
export interface DropPassState {
  input: readonly DatasetEvent[];
  drop: Uint8Array;
}

/** keep.ts diffById's shape (passed in: keep.ts imports this module) */
type Diff = (before: readonly DatasetEvent[], after: readonly DatasetEvent[]) => { from: Int32Array } | null;

/**
 * dropWhere for a rule whose answer is a function of the event object alone (the same object, the same answer): from
 * `previous`, an event that is the same object as one of last run's input takes that one's answer (a walk comparing
 * pointers: diffById), the rule runs only on the others. The same events, drops and order as dropWhere
 * (keep.incremental.test.ts); the state for the next run.
 */
export function dropWhereKept<E extends DatasetEvent>(
  events: E[],
  rule: string,
  drop: (e: E) => boolean,
  protect: ReadonlySet<string>,
  previous: DropPassState | undefined,
  diff: Diff,
): DropResult<E> & { state: DropPassState } {
  const bits = new Uint8Array(events.length);
  const from = previous ? diff(previous.input, events)?.from : undefined;
  for (let i = 0; i < events.length; i++) bits[i] = from && from[i] >= 0 ? previous!.drop[from[i]] : drop(events[i]) ? 1 : 0;
  return { ...dropWhere(events, rule, (_e, i) => bits[i] === 1, protect), state: { input: events, drop: bits } };
}

/** A pass's outcome over the earlier passes': its drops added to theirs (sorted by event id); `prior` itself when it dropped none. */
export function withDrops<E>(prior: { events: E[]; dropped: DroppedEvent[] }, r: DropResult<E>): { events: E[]; dropped: DroppedEvent[] } {
  if (!r.dropped.length) return prior;
  return { events: r.events, dropped: [...prior.dropped, ...r.dropped].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)) };
}
