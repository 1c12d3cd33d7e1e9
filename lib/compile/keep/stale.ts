/**
 * keep/stale: events dated more than STALE_DAYS before the first document that reports them. On the
 * first runs of the blind sets such an event was a false positive far more often than a main event
 * (the notes of round 10 give the counts); what they are, by kind:
 * - a plan whose day is long past when it is reported: a date error (a future day read in a past year)
 *   or an old plan told in passing, never an annotated main event → dropped (`stale-plan`); a cancelled
 *   or denied happening is news of its own ("did not meet him last month") and is demoted like background;
 * - a remark whose day was borrowed from another clause or from the narrative (a background day told
 *   just before it: "they accepted … in Brussels on Feb. 27. “We have a deal,” he said"): re-dated to
 *   the document's main day (the day most of its other events fall on) or, without one, estimated at
 *   its publication day (`stale-remark-borrowed-day`);
 * - a remark whose own verb carries the old day ("he said in June that …"), and any other happening told
 *   as background ("the June summit in Paris"): real, kept, but demoted — its confidence capped below the
 *   report's "unsure" line and the rule recorded (`stale-remark-own-day`, `stale-background`);
 * - background whose day is another happening's (an offset from it, a day of another clause, the day right after another
 *   kind of happening's word: "first visit since he took office in May") → dropped (`stale-day-of-another-clause`) when
 *   DROP_DAY_OF_ANOTHER is on (on since round 15, the lead's decision; see the constant).
 * Each decision is recorded in the event's rules (stage `keep`) or, for a drop, in the trace. Pure (an
 * edited event is a copy); O(events + evidence).
 */
import type { DatasetEvent } from '../../schema';
import { DATE_ROWS } from '../lang/en-dates';
import { findTriggers, typeOfReference, type TriggerHit } from '../what/triggers';
import { clauseAt, splitClauses } from '../what/clauses';
import type { KeepContext } from './features';
import type { DroppedEvent } from './explain';

/** more days than this between an event's day and its first report make it stale */
export const STALE_DAYS = 14;
/** the confidence a demoted (background) event keeps at most: below the report's "unsure" line (0.5) */
export const BACKGROUND_CONFIDENCE = 0.4;

export interface StaleRow {
  id: string;
  pattern: string;
  effect: 'drop' | 're-date' | 'demote';
  example: string;
}

export const STALE_ROWS = {
  plan: {
    id: 'stale-plan',
    pattern: 'a planned happening dated more than 14 days before its first report',
    effect: 'drop',
    example: 'Last year Birch invited Alder to visit Avalon. (published in the following spring)',
  },
  borrowedDay: {
    id: 'stale-remark-borrowed-day',
    pattern: 'a remark dated more than 14 days before its first report by a day that is not attached to its verb of saying (the narrative\'s day, another clause\'s day)',
    effect: 're-date',
    example: 'They accepted the plan in Avalon on March 2. “We have a deal,” Birch said. (published April 1)',
  },
  ownDay: {
    id: 'stale-remark-own-day',
    pattern: 'a remark whose own verb of saying carries a day more than 14 days before its first report ("said in June that …")',
    effect: 'demote',
    example: 'Birch said in June that he would not meet Alder. (published in August)',
  },
  dayOfAnother: {
    id: 'stale-day-of-another-clause',
    pattern: 'a background call, meeting, visit or agreement whose day is not told with it: the day is an offset from another happening ("two weeks after …", "a week later"), or the words of the day sit in no clause that holds its own trigger ("… since taking office in 2021"), or the nearest word of a happening before the day is another kind of happening\'s ("welcomed them to back the accord from June"; not when the event is framed in it: "met him during his visit last month") — an old happening on a day borrowed from another one',
    effect: 'drop',
    example: 'It was Birch\'s first visit to Avalon since he took office in May. (published in December)',
  },
  background: {
    id: 'stale-background',
    pattern: 'a call, meeting, visit or agreement (happened, cancelled or denied) more than 14 days before its first report: background told in passing',
    effect: 'demote',
    example: 'The talks build on the accord Birch and Alder signed in Nordvik in March. (published in June)',
  },
} satisfies Record<string, StaleRow>;

export type StaleDrop = DroppedEvent & { rule: string; lag: number };

const DAY_MS = 86_400_000;
const dayNo = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** the last day a (partial) date covers: a day itself, the last of a month or a year */
function lastDayOf(date: string): number {
  // few distinct dates, read for every event of every compile: each read once
  let n = lastDays.get(date);
  if (n !== undefined) return n;
  if (date.length === 10) n = dayNo(date);
  else if (date.length === 7) n = dayNo(isoOf(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 1) / DAY_MS - 1));
  else n = dayNo(`${date.slice(0, 4)}-12-31`);
  if (lastDays.size > 100_000) lastDays.clear();
  lastDays.set(date, n);
  return n;
}
const lastDays = new Map<string, number>();

/** the event's first reporting day (earliest publication of its documents) */
export function firstReport(e: DatasetEvent, ctx: KeepContext): string | null {
  let best: string | null = null;
  for (const ev of e.evidence) {
    const p = ctx.docs.get(ev.documentId)?.published;
    if (p && (!best || p < best)) best = p;
  }
  return best;
}

/** days from the last day the event's date covers to its first report; null when undated or unknown */
export function staleLag(e: DatasetEvent, ctx: KeepContext): number | null {
  if (!e.date) return null;
  const first = firstReport(e, ctx);
  if (!first) return null;
  return lastDayOf(first) - lastDayOf(e.date);
}

/** whether the date's words sit on a verb of saying in one of the remark's quotes ("said in June", "In June, she said") */
export function ownDayOfRemark(e: DatasetEvent): boolean {
  const expr = e.dateInfo.expression;
  if (!expr) return false;
  for (const ev of e.evidence) {
    const at = ev.quote.indexOf(expr);
    if (at < 0) continue;
    if (DATE_ROWS.sayingBeforeDay.pattern.test(ev.quote.slice(0, at))) return true;
    // "In June, the minister said …": only a day opening its sentence, not one ending a long clause before ", Birch told …"
    if (/(?:^|[.;:!?…]\s+|\n)\s*$/.test(ev.quote.slice(0, at)) && DATE_ROWS.sayingAfterDay.pattern.test(ev.quote.slice(at + expr.length))) return true;
  }
  return false;
}

/**
 * Whether `stale-day-of-another-clause` drops (true) or leaves its events demoted like any background (false). Round 14
 * measured it (first runs: 6 sets up (+0.078 summed), none down, no real happening dropped; today's pool: blind-10, blind-24 and blind-31;
 * the unseen pages: 1 drop, right) but it fires in fewer than the four blind sets of today's compile a rule needs to be
 * taken, so it was off; round 15 switched it on (the lead's decision: on new text — first runs, fresh sets, unseen pages —
 * the junk it targets is what is left; notes/dups-r15.md), to go off again if it drops real happenings on new pages.
 */
export const DROP_DAY_OF_ANOTHER = true;

/** a day given as an offset from another happening's day ("two weeks after", "a week later", "less than three years after") */
export const OFFSET_DAY = /\b(?:days?|weeks?|months?|years?)\s+(?:after|later|afterwards|before|earlier|prior)\b/i;

/** what frames one happening inside another, whose day it then shares ("met him during his visit last month") */
export const FRAMED_BY = /\b(?:during|at|amid|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins?)\s+of)\s+(?:\S+\s+){0,3}$/i;

/**
 * Whether the words of the event's day are told with the event itself (true when it has no words of a day): in one of its quotes, inside a clause that
 * holds one of its own triggers (the trigger rules recorded in its rules; without any, a trigger of its type), not
 * right after the word of another kind of happening ("welcomed them to affirm the accord from June": the day is the
 * accord's — unless the event is framed inside that happening: "met him during his visit last month"), and not as an
 * offset from another happening. False for "first visit to Avalon since he took office in May" (the day is the taking
 * of office's) and for "the envoys' meeting a week later" (the day is another meeting's plus a week).
 */
export function dayToldWithIt(e: DatasetEvent): boolean {
  const expr = e.dateInfo.expression;
  // no words of a day to read (a day estimated from the page): nothing tells it is another happening's
  if (!expr) return true;
  if (OFFSET_DAY.test(expr)) return false;
  const own = new Set((e.rules ?? []).filter((r) => r.stage === 'trigger').map((r) => r.rule));
  const isOwn = (h: TriggerHit) => (own.size ? own.has(h.rule.id) : h.type === e.type);
  for (const ev of e.evidence) {
    const at = ev.quote.indexOf(expr);
    if (at < 0) continue;
    const hits = findTriggers(ev.quote).filter((h) => h.role === 'event' && h.type !== null);
    const clauses = splitClauses(ev.quote);
    const c = clauseAt(clauses, at);
    const inClause = hits.filter((h) => clauseAt(clauses, h.start) === c);
    if (!inClause.some(isOwn)) continue;
    // the nearest happening's word before the day, in its clause, is the day's owner: a noun of a happening in the
    // three words before it ("the accord from June"), else the nearest trigger before it
    const near = /(?:^|\s)((?:\S+\s+){0,2}\S+)\s+(?:from|of|in|on|since|last|this)?\s*$/.exec(ev.quote.slice(Math.max(c.start, at - 60), at));
    const nounType = near ? typeOfReference(near[1]) : null;
    if (nounType && nounType !== e.type) {
      if (!FRAMED_BY.test(ev.quote.slice(0, at - near![0].length + near![0].indexOf(near![1])))) continue;
      return true;
    }
    const before = inClause.filter((h) => h.end <= at).sort((a, b) => b.end - a.end)[0];
    if (before && !isOwn(before) && before.type !== e.type && !FRAMED_BY.test(ev.quote.slice(0, before.start))) continue;
    return true;
  }
  return false;
}

/**
 * Per document, its main day: the day most of its dated, happened, not stale events (other than
 * `except`) fall on; ties go to the later day. Computed once per pass.
 */
function mainDays(events: readonly DatasetEvent[], lags: readonly (number | null)[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e.date || e.date.length !== 10 || (e.status !== 'happened' && e.status !== 'ongoing')) continue;
    const lag = lags[i];
    if (lag == null || lag > STALE_DAYS || lag < 0) continue;
    for (const doc of new Set(e.evidence.map((x) => x.documentId))) {
      const m = counts.get(doc) ?? new Map<string, number>();
      m.set(e.date, (m.get(e.date) ?? 0) + 1);
      counts.set(doc, m);
    }
  }
  return counts;
}

function mainDayOf(counts: Map<string, number> | undefined): string | null {
  if (!counts) return null;
  let best: string | null = null;
  let n = 0;
  for (const [day, c] of counts) if (c > n || (c === n && best && day > best)) [best, n] = [day, c];
  return best;
}

export interface StaleResult<E> {
  events: E[];
  dropped: StaleDrop[];
}

/** The pass (events named in `protect` left alone): drops stale plans, re-dates remarks with a borrowed stale day, demotes the rest (edited events are copies; the others the same objects). */
export function staleEvents<E extends DatasetEvent>(
  events: E[],
  ctx: KeepContext,
  protect: ReadonlySet<string> = new Set(),
  opts: { dropDayOfAnother: boolean } = { dropDayOfAnother: DROP_DAY_OF_ANOTHER },
): StaleResult<E> {
  const kept: E[] = [];
  const dropped: StaleDrop[] = [];
  let days: Map<string, Map<string, number>> | null = null;
  let changed = false;
  // each event's lag once (the documents' main days read them again)
  const lags = events.map((e) => staleLag(e, ctx));
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const lag = lags[i];
    // an event an editor's correction names is the editor's: left as it is
    if (lag == null || lag <= STALE_DAYS || protect.has(e.id)) {
      kept.push(e);
      continue;
    }
    if (e.status === 'planned') {
      dropped.push({ eventId: e.id, title: e.title, score: 0, threshold: 0, against: [], rule: STALE_ROWS.plan.id, lag });
      changed = true;
      continue;
    }
    // an edited event is a copy: the merge's state (kept between compiles) holds the objects it made
    if (e.type === 'statement' && !ownDayOfRemark(e)) {
      days ??= mainDays(events, lags);
      const first = firstReport(e, ctx)!;
      const firstDoc = e.evidence.map((x) => ctx.docs.get(x.documentId)!).filter(Boolean).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1))[0];
      const main = mainDayOf(days.get(firstDoc.id));
      kept.push({
        ...e,
        date: main ?? first,
        dateInfo: {
          expression: null,
          reference: main ? `the main day of its document (${main}); the day it had (${e.date}) was ${lag} days before the report` : `published ${first} (no day of its own; the day it had, ${e.date}, was ${lag} days before the report)`,
          precision: main ? 'day' : 'week',
          range: null,
        },
        rules: [...(e.rules ?? []), { stage: 'keep', rule: STALE_ROWS.borrowedDay.id }],
      });
      changed = true;
      continue;
    }
    // background whose day is another happening's: dropped when the drop is active (no real happening had such a day
    // on the first runs of the blind sets; every real one had its day told beside its own trigger)
    if (opts.dropDayOfAnother && e.type !== 'statement' && !dayToldWithIt(e)) {
      dropped.push({ eventId: e.id, title: e.title, score: 0, threshold: 0, against: [], rule: STALE_ROWS.dayOfAnother.id, lag });
      changed = true;
      continue;
    }
    kept.push({
      ...e,
      confidence: Math.min(e.confidence, BACKGROUND_CONFIDENCE),
      rules: [...(e.rules ?? []), { stage: 'keep', rule: e.type === 'statement' ? STALE_ROWS.ownDay.id : STALE_ROWS.background.id }],
    });
    changed = true;
  }
  // nothing changed: the very list (the stage's callers may compare)
  return { events: changed ? kept : events, dropped };
}
