/**
 * keep/drop-pass: what the keep stage's rule passes that drop events share (keep/same-side.ts, keep/join-only.ts): the
 * row of a dropping rule, the loop that drops the events a rule reads as none, and the merge of a pass's drops into the
 * earlier passes'. Pure.
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
export function dropWhere<E extends DatasetEvent>(events: E[], rule: string, drop: (e: E) => boolean, protect: ReadonlySet<string>): DropResult<E> {
  const dropped: DropResult<E>['dropped'] = [];
  let kept: E[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!protect.has(e.id) && drop(e)) {
      kept ??= events.slice(0, i);
      dropped.push({ eventId: e.id, title: e.title, score: 0, threshold: 0, against: [], rule });
    } else kept?.push(e);
  }
  return { events: kept ?? events, dropped };
}

/** A pass's outcome over the earlier passes': its drops added to theirs (sorted by event id); `prior` itself when it dropped none. */
export function withDrops<E>(prior: { events: E[]; dropped: DroppedEvent[] }, r: DropResult<E>): { events: E[]; dropped: DroppedEvent[] } {
  if (!r.dropped.length) return prior;
  return { events: r.events, dropped: [...prior.dropped, ...r.dropped].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)) };
}
