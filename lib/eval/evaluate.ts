/**
 * Scores one compiled dataset against one set of annotations: events
 * (match.ts), people/actors and edges (actors.ts), and the targets. Pure.
 */
import type { Dataset } from '../schema';
import type { Annotations } from './annotations';
import { matchEvents, type MatchResult } from './match';
import { scoreActors, scoreEdges, type ActorFigures, type EdgeFigures } from './actors';
import { annotatedIds, duplicateActors, withAnnotatedIds } from './resolve';

export interface Target {
  name: string;
  value: number | null;
  goal: string;
  pass: boolean;
}

export interface SetFigures {
  set: string;
  documents: number;
  compiledEvents: number;
  annotatedEvents: number;
  annotatedMain: number;
  events: MatchResult;
  actors: ActorFigures;
  edges: EdgeFigures;
  targets: Target[];
  /** compiled ids read as the annotated actor that lists the same name ([compiled, annotated], sorted) */
  resolvedIds: [string, string][];
  /** annotated actors two or more compiled actors stand for: [annotated id, compiled ids] */
  duplicateActors: [string, string[]][];
}

export function evaluate(set: string, ann: Annotations, ds: Dataset): SetFigures {
  const ids = annotatedIds(ann, ds.actors);
  const read = withAnnotatedIds(ds, ids);
  const events = matchEvents(ann.events, read.events);
  const actors = scoreActors(ann, ds.actors);
  const edges = scoreEdges(ann, read.edges);
  return {
    set,
    documents: ds.documents.length,
    compiledEvents: ds.events.length,
    annotatedEvents: ann.events.length,
    annotatedMain: ann.events.filter((e) => e.main).length,
    events,
    actors,
    edges,
    targets: targets(events, actors),
    resolvedIds: [...ids.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    duplicateActors: duplicateActors(ann, ds.actors),
  };
}

const atLeast = (v: number | null, goal: number) => v != null && v >= goal - 1e-9;

export function targets(ev: MatchResult, ac: ActorFigures): Target[] {
  const o = ev.overall;
  return [
    { name: 'core-event F1 (main events, all types)', value: o.f1, goal: '>= 0.9', pass: atLeast(o.f1, 0.9) },
    { name: 'precision', value: o.precision, goal: '>= 0.9', pass: atLeast(o.precision, 0.9) },
    { name: 'exact-day accuracy', value: o.exactDay, goal: '>= 0.9', pass: atLeast(o.exactDay, 0.9) },
    { name: 'duplicates', value: ev.duplicates.length, goal: '= 0', pass: ev.duplicates.length === 0 },
    { name: 'people recall', value: ac.peopleRecall, goal: '= 1', pass: atLeast(ac.peopleRecall, 1) },
    { name: 'junk actors', value: ac.junk.length, goal: '= 0', pass: ac.junk.length === 0 },
  ];
}

/** Machine-readable figures (for --json): no full events, just ids. */
export function figuresJson(f: SetFigures): unknown {
  const e = f.events;
  return {
    set: f.set,
    documents: f.documents,
    compiledEvents: f.compiledEvents,
    annotatedEvents: f.annotatedEvents,
    annotatedMain: f.annotatedMain,
    byType: e.byType,
    overall: e.overall,
    strict: e.strict,
    participants: e.participants,
    people: { recall: f.actors.peopleRecall, missed: f.actors.peopleMissed },
    actors: { compiled: f.actors.compiled, real: f.actors.real, precision: f.actors.actorPrecision, junk: f.actors.junk.map((j) => j.id) },
    edges: { recall: f.edges.recall, found: f.edges.found, total: f.edges.total, missed: f.edges.missed, wrong: f.edges.wrong, respondedTo: { found: f.edges.respondedFound, total: f.edges.respondedTotal } },
    misses: e.misses.map((m, i) => ({ id: m.id, nearest: e.missReasons[i]?.compiled.id ?? null, reason: e.missReasons[i]?.reason ?? null })),
    falsePositives: e.falsePositives.map((c) => c.id),
    duplicates: e.duplicates.map((d) => ({ compiled: d.compiled.id, of: d.of })),
    ignored: e.ignored.map((c) => c.id),
    dateErrors: e.dateErrors.map((p) => ({ annotated: p.annotated.id, want: p.annotated.date, got: p.compiled.date })),
    matches: e.pairs.map((p) => ({ annotated: p.annotated.id, compiled: p.compiled.id, main: p.annotated.main })),
    targets: f.targets,
    resolvedIds: f.resolvedIds,
    duplicateActors: f.duplicateActors,
  };
}
