/**
 * Matching compiled events against annotated ones, with exactly the client's
 * rules (printed in the eval header by RULES below):
 * - types agree; statuses agree (happened/ongoing together; planned,
 *   cancelled, denied each only with themselves);
 * - dates agree: annotated day → compiled day within 3 days (or a month/year
 *   containing it); annotated month/year → same month/year; compiled null
 *   matches (but is wrong on dates); annotated null matches any date;
 * - actors agree: statement → the speaker is a compiled participant; other
 *   types → at least two of the annotated main participants (or the only one)
 *   are compiled participants; no main participants annotated → the location
 *   must agree;
 * - one-to-one by maximum bipartite matching preferring more matches, then
 *   main events, exact dates, closer dates and more participant overlap;
 * - a compiled event left over that matches an already matched annotated
 *   event is a duplicate (false positive); a compiled planned/cancelled/denied
 *   event that matches nothing is a false positive only when its type and
 *   actors match no annotated event at all.
 */
import type { DatasetEvent, EventStatus, EventType } from '../schema';
import { mainChoices, speakerChoices, acceptableParticipants, type AnnotatedEvent } from './annotations';
import { maxWeightAssignment } from './hungarian';

export const RULES = [
  'Matching rules:',
  '- a compiled event matches an annotated one when types agree, statuses agree (happened/ongoing together; planned, cancelled, denied only with themselves),',
  '  dates agree (annotated day: within 3 days, or a compiled month/year containing it; annotated month/year: same month/year;',
  '  compiled null matches but is scored wrong on dates; annotated null matches any date), and actors agree',
  '  (statement: the speaker is a compiled participant; others: >= 2 of the annotated main participants, or the only one;',
  '  none annotated: the location must agree);',
  '- a compiled actor whose id no annotation uses counts as the one annotated actor listing one of its names ("mara-quist",',
  '  named "Mara Quist", as "president-mara-quist" with that alias); a name listed by two annotated actors resolves nothing;',
  '- one-to-one by maximum bipartite matching (more pairs first, then main events, exact day, closer date, evidence from an',
  '  annotated document, more participant overlap); documents are only a tie-break, never required;',
  '- TP = compiled events matched to MAIN annotated events; matches to minor (main: false) events are neutral;',
  '- FP = compiled events matching nothing + duplicates (a second compiled event matching an already matched annotated event);',
  '  compiled planned/cancelled/denied events that match nothing are FP only if their type+actors match no annotation at all;',
  '- FN = main annotated events not matched; exact-day = matched main events with an annotated day whose compiled date is',
  '  that day; strict = the same with a wrong day (annotated day, another compiled day) counted as a miss and a false positive;',
  '- compiled actors = discovered actors + data-file actors found in the text (surface forms or events); junk = not in realActors.',
].join('\n');

export const EVENT_TYPES: EventType[] = ['call', 'meeting', 'statement', 'visit', 'agreement'];

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
}

export interface DateAgreement {
  agree: boolean;
  /** annotated precision is day and the compiled date is that day (or an acceptDay) */
  exact: boolean;
  /** |days| between the two when both are days, else 0 */
  distance: number;
}

/** Whether an annotated date and a compiled date agree (see RULES). */
export function compareDates(ann: string | null, comp: string | null): DateAgreement {
  if (comp == null) return { agree: true, exact: false, distance: 0 };
  if (ann == null) return { agree: true, exact: false, distance: 0 };
  if (ann.length === 10) {
    if (comp.length === 10) {
      const distance = Math.min(
        Math.abs(dayNumber(ann) - dayNumber(comp)),
      );
      return { agree: distance <= 3, exact: comp === ann, distance };
    }
    return { agree: ann.startsWith(comp), exact: false, distance: 0 };
  }
  // annotated month or year: compare at the annotated precision (or the compiled one if coarser)
  const n = Math.min(ann.length, comp.length);
  return { agree: ann.slice(0, n) === comp.slice(0, n), exact: false, distance: 0 };
}

export type StatusClass = 'occurred' | 'planned' | 'cancelled' | 'denied';
export function statusClass(s: EventStatus): StatusClass {
  return s === 'happened' || s === 'ongoing' ? 'occurred' : s;
}

function normPlace(s: string | null): string {
  return (s ?? '').trim().toLowerCase();
}

/** How many annotated main participants (as alternatives) the compiled participants cover, and whether the actor rule holds. */
export function actorsAgree(ann: AnnotatedEvent, comp: Pick<DatasetEvent, 'participants' | 'location'>): { agree: boolean; overlap: number } {
  const have = new Set(comp.participants);
  if (ann.type === 'statement') {
    const ok = speakerChoices(ann).some((s) => have.has(s));
    const overlap = ann.participants.filter((p) => have.has(p)).length;
    return { agree: ok, overlap: ok ? Math.max(overlap, 1) : 0 };
  }
  const choices = mainChoices(ann);
  if (choices.length === 0) {
    const a = normPlace(ann.location);
    if (!a) return { agree: true, overlap: 0 };
    const c = normPlace(comp.location);
    return { agree: c !== '' && (c === a || c.includes(a) || a.includes(c)), overlap: 0 };
  }
  const overlap = choices.filter((alts) => alts.some((x) => have.has(x))).length;
  return { agree: overlap >= Math.min(2, choices.length), overlap };
}

export interface Compat {
  ok: boolean;
  exact: boolean;
  distance: number;
  overlap: number;
}

export function compatible(ann: AnnotatedEvent, comp: DatasetEvent): Compat {
  const no: Compat = { ok: false, exact: false, distance: 0, overlap: 0 };
  if (ann.type !== comp.type) return no;
  if (statusClass(ann.status) !== statusClass(comp.status)) return no;
  const d = compareDates(ann.date, comp.date);
  if (!d.agree) return no;
  const a = actorsAgree(ann, comp);
  if (!a.agree) return no;
  return { ok: true, exact: d.exact, distance: d.distance, overlap: a.overlap };
}

/** Type and actors only (date and status ignored): for the planned/cancelled/denied FP rule. */
function looselyCompatible(ann: AnnotatedEvent, comp: DatasetEvent): boolean {
  return ann.type === comp.type && actorsAgree(ann, comp).agree;
}

/**
 * Why a missed annotated event was not matched: the nearest compiled event
 * failing only one rule (type, status, date or actors), or null when nothing
 * comes close.
 */
export function diagnoseMiss(ann: AnnotatedEvent, compiled: DatasetEvent[]): { compiled: DatasetEvent; reason: string } | null {
  const checks = (c: DatasetEvent) => {
    const d = compareDates(ann.date, c.date);
    const a = actorsAgree(ann, c);
    return {
      type: ann.type === c.type,
      status: statusClass(ann.status) === statusClass(c.status),
      date: d.agree,
      actors: a.agree,
      overlap: a.overlap,
    };
  };
  let best: { c: DatasetEvent; failed: string[]; rank: number } | null = null;
  for (const c of [...compiled].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    const k = checks(c);
    const failed = (['type', 'status', 'date', 'actors'] as const).filter((f) => !k[f]);
    if (failed.length !== 1) continue;
    const sameDoc = sharesDocument(ann, c);
    const sharesActor = c.participants.some((p) => acceptableParticipants(ann).has(p));
    // near = from an annotated document, or sharing an actor (when the annotation names any)
    if (!sameDoc && !(sharesActor || ann.participants.length === 0)) continue;
    const rank = (sameDoc ? 10 : 0) + k.overlap;
    if (!best || rank > best.rank) best = { c, failed, rank };
  }
  if (!best) return null;
  const c = best.c;
  const reason =
    best.failed[0] === 'type'
      ? `typed as ${c.type}`
      : best.failed[0] === 'status'
        ? `status ${c.status}`
        : best.failed[0] === 'date'
          ? `date ${c.date} (from "${c.dateInfo.expression ?? ''}")`
          : `participants [${c.participants.join(', ')}]${c.location ? ` at ${c.location}` : ''}`;
  return { compiled: c, reason };
}

export interface MatchedPair {
  annotated: AnnotatedEvent;
  compiled: DatasetEvent;
  exact: boolean;
}

export interface TypeFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** exact-day: matched main events with an annotated day */
  exactDays: number;
  dayTotal: number;
  exactDay: number | null;
}

export interface MatchResult {
  pairs: MatchedPair[];
  /** main annotated events not found */
  misses: AnnotatedEvent[];
  /** for each miss (same order): the nearest compiled event and the rule it fails */
  missReasons: ({ compiled: DatasetEvent; reason: string } | null)[];
  /** compiled events matching nothing (and counted) */
  falsePositives: DatasetEvent[];
  /** compiled events matching an annotated event already matched: [compiled, the annotated id it duplicates] */
  duplicates: { compiled: DatasetEvent; of: string }[];
  /** compiled non-happened events matching nothing but resembling an annotation: not counted */
  ignored: DatasetEvent[];
  /** matched main events whose date is not exact (annotated day only) */
  dateErrors: MatchedPair[];
  byType: Record<EventType, TypeFigures>;
  overall: TypeFigures;
  /** strict: a matched main event on a wrong day (annotated day, compiled another) counts as a miss and a false positive */
  strict: TypeFigures;
  participants: { precision: number | null; recall: number | null; correct: number; compiled: number; covered: number; annotated: number };
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function figures(tp: number, fp: number, fn: number, exactDays: number, dayTotal: number): TypeFigures {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision != null && recall != null ? (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)) : null;
  return { tp, fp, fn, precision, recall, f1, exactDays, dayTotal, exactDay: ratio(exactDays, dayTotal) };
}

const BIG = 1_000_000;

/** Whether the compiled event cites one of the documents the annotation quotes (a tie-break, not a rule). */
export function sharesDocument(ann: AnnotatedEvent, comp: DatasetEvent): boolean {
  return comp.evidence.some((e) => e.documentId in ann.quotes);
}

/** Scores compiled events against annotated ones. Deterministic for the same inputs. */
export function matchEvents(annotated: AnnotatedEvent[], compiledIn: DatasetEvent[]): MatchResult {
  const compiled = [...compiledIn].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const compat = annotated.map((a) => compiled.map((c) => compatible(a, c)));
  const weights = compat.map((row, i) =>
    row.map((m, j) => {
      if (!m.ok) return 0;
      const sameDoc = sharesDocument(annotated[i], compiled[j]) ? 5 : 0;
      return BIG + (annotated[i].main ? 1000 : 0) + (m.exact ? 100 : 0) + (3 - Math.min(3, m.distance)) * 10 + sameDoc + Math.min(4, m.overlap);
    }),
  );
  const assignment = maxWeightAssignment(weights, compiled.length);
  const annToComp = new Map<number, number>();
  const compToAnn = new Map<number, number>();
  for (const [a, c] of assignment) {
    annToComp.set(a, c);
    compToAnn.set(c, a);
  }

  const pairs: MatchedPair[] = assignment.map(([a, c]) => ({ annotated: annotated[a], compiled: compiled[c], exact: compat[a][c].exact }));
  const misses = annotated.filter((a, i) => a.main && !annToComp.has(i));
  const falsePositives: DatasetEvent[] = [];
  const duplicates: { compiled: DatasetEvent; of: string }[] = [];
  const ignored: DatasetEvent[] = [];
  compiled.forEach((c, j) => {
    if (compToAnn.has(j)) return;
    const dupOf = annotated.findIndex((_, i) => compat[i][j].ok);
    if (dupOf >= 0) {
      duplicates.push({ compiled: c, of: annotated[dupOf].id });
      return;
    }
    if (statusClass(c.status) !== 'occurred' && annotated.some((a) => looselyCompatible(a, c))) {
      ignored.push(c);
      return;
    }
    falsePositives.push(c);
  });

  const zero = () => ({ tp: 0, fp: 0, fn: 0, ex: 0, days: 0 });
  const acc: Record<string, ReturnType<typeof zero>> = {};
  for (const t of EVENT_TYPES) acc[t] = zero();
  const dateErrors: MatchedPair[] = [];
  for (const p of pairs) {
    if (!p.annotated.main) continue;
    const t = acc[p.annotated.type];
    t.tp++;
    if (p.annotated.date != null && p.annotated.date.length === 10) {
      t.days++;
      if (p.exact) t.ex++;
      else dateErrors.push(p);
    }
  }
  for (const c of falsePositives) acc[c.type].fp++;
  for (const d of duplicates) acc[d.compiled.type].fp++;
  for (const m of misses) acc[m.type].fn++;

  const byType = {} as Record<EventType, TypeFigures>;
  const all = zero();
  for (const t of EVENT_TYPES) {
    const x = acc[t];
    byType[t] = figures(x.tp, x.fp, x.fn, x.ex, x.days);
    all.tp += x.tp;
    all.fp += x.fp;
    all.fn += x.fn;
    all.ex += x.ex;
    all.days += x.days;
  }

  // participants of matched meetings and calls (main and minor), micro-averaged
  let correct = 0;
  let compiledCount = 0;
  let covered = 0;
  let annotatedCount = 0;
  for (const p of pairs) {
    const a = p.annotated;
    if ((a.type !== 'meeting' && a.type !== 'call') || a.participants.length === 0) continue;
    const ok = acceptableParticipants(a);
    const have = new Set(p.compiled.participants);
    compiledCount += have.size;
    correct += [...have].filter((x) => ok.has(x)).length;
    const alts = mainChoices(a);
    for (const q of a.participants) {
      annotatedCount++;
      const group = alts.find((g) => g.includes(q)) ?? [q];
      if (group.some((x) => have.has(x))) covered++;
    }
  }

  return {
    pairs,
    misses,
    missReasons: misses.map((m) => diagnoseMiss(m, compiled.filter((_, j) => !compToAnn.has(j)).concat(compiled.filter((_, j) => compToAnn.has(j))))),
    falsePositives,
    duplicates,
    ignored,
    dateErrors,
    byType,
    overall: figures(all.tp, all.fp, all.fn, all.ex, all.days),
    strict: figures(all.tp - dateErrors.length, all.fp + dateErrors.length, all.fn + dateErrors.length, all.ex, all.days),
    participants: {
      precision: ratio(correct, compiledCount),
      recall: ratio(covered, annotatedCount),
      correct,
      compiled: compiledCount,
      covered,
      annotated: annotatedCount,
    },
  };
}
