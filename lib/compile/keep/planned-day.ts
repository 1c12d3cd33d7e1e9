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
  const plans = new Map<string, { e: E; published: number; day: number }[]>();
  let undated = 0;
  for (const e of events) {
    if (!TYPES.has(e.type)) continue;
    if (e.date == null && (e.status === 'happened' || e.status === 'ongoing')) undated++;
    if (e.status !== 'planned' || !e.date || e.date.length !== 10 || e.dateInfo.precision !== 'day' || e.dateInfo.range) continue;
    const first = firstReport(e, ctx);
    if (!first) continue;
    const entry = { e, published: dayNo(first), day: dayNo(e.date) };
    for (const p of new Set(e.participants)) {
      const key = `${e.type}|${p}`;
      const list = plans.get(key) ?? [];
      list.push(entry);
      plans.set(key, list);
    }
  }
  if (!undated || !plans.size) return { events, dated: [] };
  const dated: string[] = [];
  const out = events.map((e) => {
    if (e.date != null || !TYPES.has(e.type) || (e.status !== 'happened' && e.status !== 'ongoing') || protect.has(e.id)) return e;
    const first = firstReport(e, ctx);
    if (!first) return e;
    const reported = dayNo(first);
    const seen = new Set<E>();
    let best: { e: E; published: number; day: number } | null = null;
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
    dated.push(e.id);
    return {
      ...e,
      date: best.e.date,
      dateInfo: { expression: best.e.dateInfo.expression, reference: `the day of an earlier planned report of the same happening (event ${best.e.id})`, precision: 'day' as const, range: null },
      rules: [...(e.rules ?? []), { stage: 'keep', rule: PLANNED_DAY_ROWS.dayOfEarlierPlan.id }],
    };
  });
  return { events: dated.length ? out : events, dated };
}
