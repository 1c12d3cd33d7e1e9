/**
 * keep/join-only: a meeting that no report tells by a word of meeting — every trigger that made it is a JOIN trigger
 * (what/triggers.ts, role 'join': "X attended", "Y was joined by Z", "took part in", "represented … at") — stands for
 * nothing the compile found. A join hit adds people to a happening another trigger tells ("Alder met Birch … Cedar and
 * Dogwood also attended"); when no report of the event carries such a trigger, the people named around the joining verb
 * ("Cedar, Dogwood and Elm all attended.", "Alder was joined by his trade minister and her deputy") are the guests,
 * aides or spouses of a happening told elsewhere or not at all, not a meeting of their own with each other. Such an
 * event is dropped (its reason, `join-only`, in the trace's drops). An event with any event trigger (a meeting, call or
 * visit word in one of its reports) is left alone, as are events named by an editor's correction. Pure, O(events ×
 * their rules).
 */
import type { DatasetEvent } from '../../schema';
import { TRIGGER_RULES } from '../what/triggers';
import { dropWhere, dropWhereKept, withDrops, type DropPassState, type DropRow } from './drop-pass';
import type { DroppedEvent } from './explain';

export const JOIN_ONLY_ROWS = {
  drop: {
    id: 'join-only',
    pattern: 'a meeting whose every trigger, in every report, is a joining one (role "join": attended, was joined by, took part in), none a word of meeting',
    effect: 'drop',
    example: 'Mara Quist, Tomas Vell and Ida Rook all attended. (no meeting of Quist, Vell and Rook: the guests of a happening not told)',
  },
} as const satisfies Record<string, DropRow>;

/** the ids of the joining triggers (role 'join'), as the event's rules name them ("join-attended") */
const JOIN_TRIGGERS: ReadonlySet<string> = new Set(TRIGGER_RULES.filter((r) => r.role === 'join').map((r) => r.id));

/** Whether a meeting was made by joining triggers only (at least one, and no other trigger of any report). */
export function joinOnly(e: Pick<DatasetEvent, 'type' | 'rules'>): boolean {
  if (e.type !== 'meeting' || !e.rules) return false;
  let joins = 0;
  for (const r of e.rules) {
    if (r.stage !== 'trigger') continue;
    if (!JOIN_TRIGGERS.has(r.rule)) return false;
    joins++;
  }
  return joins > 0;
}

/** The pass over the earlier keep rules' outcome: drops the join-only meetings, its drops added to theirs (sorted by event id). */
export function dropJoinOnly<E extends DatasetEvent>(prior: { events: E[]; dropped: DroppedEvent[] }, protect: ReadonlySet<string>): { events: E[]; dropped: DroppedEvent[] } {
  return withDrops(prior, dropWhere(prior.events, JOIN_ONLY_ROWS.drop.id, joinOnly, protect));
}

/**
 * dropJoinOnly with a state (the dev loop): joinOnly reads the event alone, so an event that is last run's object keeps
 * last run's answer and the rule reads only the others (keep.ts, with its diffById); the same outcome, and the state.
 */
export function dropJoinOnlyKept<E extends DatasetEvent>(
  prior: { events: E[]; dropped: DroppedEvent[] },
  protect: ReadonlySet<string>,
  previous: DropPassState | undefined,
  diff: Parameters<typeof dropWhereKept>[5],
): { events: E[]; dropped: DroppedEvent[]; state: DropPassState } {
  const r = dropWhereKept(prior.events, JOIN_ONLY_ROWS.drop.id, joinOnly, protect, previous, diff);
  return { ...withDrops(prior, r), state: r.state };
}
