/**
 * keep/planned-day: a happened call, meeting, visit or agreement that no sentence of its own reports dates
 * ("the talks in Nordvik opened with sharp words") takes the day of an EARLIER planned report of the same
 * happening ("Alder will meet Birch in Nordvik on May 4", "will be in Nordvik from 3 to 5 June"): same type,
 * the plan's people all among the happening's (or the other way round, at least two shared when the happening has two),
 * places that can be the same (one within the other), the plan published before the happened report and at most
 * PLAN_WINDOW_DAYS before it, and the plan's day neither after the happened report's publication nor more than
 * STALE_DAYS before it. When several plans qualify and disagree, the latest published wins (plans move), and among
 * those the earliest day (a span's first day). The plan's own day must be a stated day (not a day estimated from
 * "next week"). The rule id is recorded in the event's rules (stage `keep`) and the plan named in its dateInfo.
 * Pure (a re-dated event is a copy); O(events), plans indexed by type and person.
 */
import type { DatasetEvent } from '../../schema';
import type { KeepContext } from './features';
import { firstReport, STALE_DAYS } from './stale';

export interface PlannedDayRow {
  id: string;
  pattern: string;
  effect: 're-date';
  example: string;
}

export const PLANNED_DAY_ROWS = {
  dayOfEarlierPlan: {
    id: 'day-from-earlier-plan',
    pattern: 'an undated happened call, meeting, visit or agreement takes the stated day of an earlier planned report of the same type, people and compatible place (published at most 60 days before; the day not after the happened report)',
    effect: 're-date',
    example: 'Alder will visit Nordvik from 3 to 5 June, aides said. (May 2) … Crowds lined the streets as Alder toured Nordvik. (June 4)',
  },
} satisfies Record<string, PlannedDayRow>;

/** how many days before the happened report a plan may have been published (measured on the first runs: notes dates-r11) */
export const PLAN_WINDOW_DAYS = 60;

const DAY_MS = 86_400_000;
const dayNo = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;
const TYPES = new Set<DatasetEvent['type']>(['call', 'meeting', 'visit', 'agreement']);

/** the plan's people and the happening's: one side's all among the other's, at least two shared when the happening has two or more */
export function samePeople(happened: readonly string[], plan: readonly string[]): boolean {
  if (!happened.length || !plan.length) return false;
  const h = new Set(happened);
  const shared = plan.filter((x) => h.has(x)).length;
  if (shared < Math.min(2, happened.length)) return false;
  return shared === plan.length || shared === happened.length;
}

export interface PlannedDayResult<E> {
  events: E[];
  /** ids of the events re-dated */
  dated: string[];
}

/**
 * The pass. `compatiblePlaces` says whether two location labels can name the same place (what/places.ts
 * placesCompatible over the compile's place book); events named in `protect` (an editor's corrections) are left alone.
 */
export function plannedDays<E extends DatasetEvent>(
  events: E[],
  ctx: KeepContext,
  compatiblePlaces: (a: string | null, b: string | null) => boolean,
  protect: ReadonlySet<string> = new Set(),
  window: number = PLAN_WINDOW_DAYS,
): PlannedDayResult<E> {
  // plans with a stated day, by type and person
  const plans: Plans<E> = new Map();
  let undated = 0;
  for (const e of events) {
    if (!TYPES.has(e.type)) continue;
    if (e.date == null && (e.status === 'happened' || e.status === 'ongoing')) undated++;
    addPlan(plans, e, ctx);
  }
  if (!undated || !plans.size) return { events, dated: [] };
  const dated: string[] = [];
  const out = events.map((e) => {
    const d = dateOne(e, plans, ctx, compatiblePlaces, protect, window);
    if (d !== e) dated.push(e.id);
    return d;
  });
  return { events: dated.length ? out : events, dated };
}

type PlanEntry<E> = { e: E; published: number; day: number };
type Plans<E> = Map<string, PlanEntry<E>[]>;

/** the plan entry of an event with a stated day (null when it is none), under each of its people */
function planOf<E extends DatasetEvent>(e: E, ctx: KeepContext): PlanEntry<E> | null {
  if (!TYPES.has(e.type) || e.status !== 'planned' || !e.date || e.date.length !== 10 || e.dateInfo.precision !== 'day' || e.dateInfo.range) return null;
  const first = firstReport(e, ctx);
  if (!first) return null;
  return { e, published: dayNo(first), day: dayNo(e.date) };
}

function addPlan<E extends DatasetEvent>(plans: Plans<E>, e: E, ctx: KeepContext): void {
  const entry = planOf(e, ctx);
  if (!entry) return;
  for (const p of new Set(e.participants)) {
    const key = `${e.type}|${p}`;
    const list = plans.get(key) ?? [];
    list.push(entry);
    plans.set(key, list);
  }
}

/** whether the pass may re-date the event (an undated happened or ongoing call, meeting, visit or agreement) */
function candidate(e: DatasetEvent, protect: ReadonlySet<string>): boolean {
  return e.date == null && TYPES.has(e.type) && (e.status === 'happened' || e.status === 'ongoing') && !protect.has(e.id);
}

/** one event through the pass: itself, or its copy dated by the best earlier plan (the entries' order does not matter) */
function dateOne<E extends DatasetEvent>(
  e: E,
  plans: Plans<E>,
  ctx: KeepContext,
  compatiblePlaces: (a: string | null, b: string | null) => boolean,
  protect: ReadonlySet<string>,
  window: number,
): E {
  if (!candidate(e, protect)) return e;
  const first = firstReport(e, ctx);
  if (!first) return e;
  const reported = dayNo(first);
  const seen = new Set<E>();
  let best: PlanEntry<E> | null = null;
  for (const p of new Set(e.participants)) {
    for (const c of plans.get(`${e.type}|${p}`) ?? []) {
      if (seen.has(c.e)) continue;
      seen.add(c.e);
      if (c.published >= reported || reported - c.published > window) continue;
      if (c.day > reported || reported - c.day > STALE_DAYS) continue;
      if (!samePeople(e.participants, c.e.participants) || !compatiblePlaces(e.location, c.e.location)) continue;
      if (!best || c.published > best.published || (c.published === best.published && (c.day < best.day || (c.day === best.day && c.e.id < best.e.id)))) best = c;
    }
  }
  if (!best) return e;
  return {
    ...e,
    date: best.e.date,
    dateInfo: { expression: best.e.dateInfo.expression, reference: `the day of an earlier planned report of the same happening (event ${best.e.id})`, precision: 'day' as const, range: null },
    rules: [...(e.rules ?? []), { stage: 'keep', rule: PLANNED_DAY_ROWS.dayOfEarlierPlan.id }],
  };
}

/**
 * What a long-lived process keeps of the last pass (keep.ts KeepState), to run it again only where its inputs changed:
 * the input (sorted by id) and, aligned, each event's outcome; the plans by type and person; what else the pass read
 * (each document's publication day, the protected ids, the place book's key, the window).
 */
export interface PlannedDayState {
  events: readonly DatasetEvent[];
  out: readonly DatasetEvent[];
  plans: Plans<DatasetEvent>;
  published: Map<string, string>;
  protectKey: string;
  placesKey: string;
  window: number;
}

/**
 * The pass with a state: the same result as plannedDays. From `previous` (the same documents with the same days, the
 * same protected ids and places): the plans of the events gone and come are taken out and put in, and the pass runs
 * again on the events come and on the candidates sharing a type and person with a plan gone or come (a candidate's
 * outcome reads only the plans under its type and people, its documents' days, the protected ids and the places); every
 * other event keeps its last outcome. `diff` tells two id-sorted lists apart (keep.ts diffById); null: the whole pass.
 */
export function plannedDaysKept<E extends DatasetEvent>(
  events: E[],
  ctx: KeepContext,
  compatiblePlaces: (a: string | null, b: string | null) => boolean,
  protect: ReadonlySet<string>,
  placesKey: string,
  previous: PlannedDayState | undefined,
  diff: (before: readonly E[], after: readonly E[]) => { from: Int32Array; removed: E[]; added: E[] } | null,
  window: number = PLAN_WINDOW_DAYS,
): PlannedDayResult<E> & { state: PlannedDayState } {
  const published = new Map<string, string>();
  for (const [id, d] of ctx.docs) published.set(id, d.published);
  const protectKey = [...protect].sort().join('\u0000');
  const full = () => {
    const plans: Plans<E> = new Map();
    for (const e of events) addPlan(plans, e, ctx);
    const out = events.map((e) => dateOne(e, plans, ctx, compatiblePlaces, protect, window));
    return finish(out, plans);
  };
  const finish = (out: E[], plans: Plans<E>) => {
    const dated: string[] = [];
    for (let i = 0; i < events.length; i++) if (out[i] !== events[i]) dated.push(events[i].id);
    const state: PlannedDayState = { events, out, plans: plans as Plans<DatasetEvent>, published, protectKey, placesKey, window };
    return { events: dated.length ? out : events, dated, state };
  };
  const prev = previous;
  if (!prev || prev.protectKey !== protectKey || prev.placesKey !== placesKey || prev.window !== window || prev.published.size !== published.size) return full();
  for (const [id, p] of published) if (prev.published.get(id) !== p) return full();
  const d = diff(prev.events as E[], events);
  if (!d) return full();
  // the plans patched: those of the events gone out, of the events come in; the keys they are under, touched
  const plans = prev.plans as Plans<E>;
  const touched = new Set<string>();
  const gone = new Set<E>();
  for (const e of d.removed)
    if (planOf(e, ctx)) {
      gone.add(e);
      for (const p of e.participants) touched.add(`${e.type}|${p}`);
    }
  for (const key of touched) {
    const list = plans.get(key);
    if (!list) continue;
    const kept = list.filter((c) => !gone.has(c.e));
    if (kept.length) plans.set(key, kept);
    else plans.delete(key);
  }
  for (const e of d.added)
    if (planOf(e, ctx)) {
      addPlan(plans, e, ctx);
      for (const p of e.participants) touched.add(`${e.type}|${p}`);
    }
  // the state's plans are this run's now: the previous state may not be used again
  prev.plans = new Map();
  prev.events = [];
  const out: E[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const j = d.from[i];
    if (j >= 0 && !(touched.size && candidate(e, protect) && e.participants.some((p) => touched.has(`${e.type}|${p}`)))) out[i] = prev.out[j] as E;
    else out[i] = dateOne(e, plans, ctx, compatiblePlaces, protect, window);
  }
  return finish(out, plans);
}
