/**
 * Actor and edge figures: recall of annotated people, share of compiled
 * actors that are real (junk listed), recall of annotated met/called pairs
 * and of responded_to links.
 */
import type { DatasetActor, DatasetEdge } from '../schema';
import type { Annotations } from './annotations';

/** An actor the compiler found in the text (not merely listed in data/actors.yaml). */
export function isFound(a: DatasetActor): boolean {
  return a.discovered || a.surfaceForms.length > 0 || a.eventCount > 0;
}

function namesOf(a: DatasetActor): Set<string> {
  return new Set([a.name, ...a.aliases, ...a.surfaceForms].map((s) => s.toLowerCase()));
}

export interface ActorFigures {
  peopleFound: string[];
  peopleMissed: string[];
  peopleRecall: number | null;
  /** compiled (found) actors */
  compiled: number;
  real: number;
  actorPrecision: number | null;
  junk: { id: string; name: string; surfaceForms: string[] }[];
}

export function scoreActors(ann: Annotations, actors: DatasetActor[]): ActorFigures {
  const found = actors.filter(isFound);
  const peopleFound: string[] = [];
  const peopleMissed: string[] = [];
  for (const p of ann.people) {
    const wanted = new Set([p.name, ...p.aliases].map((s) => s.toLowerCase()));
    const hit = found.some((a) => a.id === p.id || [...namesOf(a)].some((n) => wanted.has(n)));
    (hit ? peopleFound : peopleMissed).push(p.id);
  }
  const realIds = new Set(ann.realActors.map((r) => r.id));
  const realNames = new Set(ann.realActors.flatMap((r) => r.names));
  const junk: ActorFigures['junk'] = [];
  let real = 0;
  for (const a of found) {
    const ok = realIds.has(a.id) || [...namesOf(a)].some((n) => realNames.has(n));
    if (ok) real++;
    else junk.push({ id: a.id, name: a.name, surfaceForms: [...a.surfaceForms].sort() });
  }
  return {
    peopleFound,
    peopleMissed,
    peopleRecall: ann.people.length ? peopleFound.length / ann.people.length : null,
    compiled: found.length,
    real,
    actorPrecision: found.length ? real / found.length : null,
    junk: junk.sort((x, y) => (x.id < y.id ? -1 : 1)),
  };
}

export interface EdgeFigures {
  /** met/called pairs (unordered, same kind) */
  found: number;
  total: number;
  recall: number | null;
  missed: string[];
  /** responded_to links (directed) */
  respondedFound: number;
  respondedTotal: number;
  respondedMissed: string[];
  /** compiled met/called edges not annotated (for information) */
  extra: string[];
  /** annotated absentEdges that the compiler produced anyway */
  wrong: string[];
}

function key(kind: string, a: string, b: string, directed: boolean): string {
  const [x, y] = directed || a < b ? [a, b] : [b, a];
  return `${kind}:${x}${directed ? '→' : '—'}${y}`;
}

export function scoreEdges(ann: Annotations, edges: DatasetEdge[]): EdgeFigures {
  const have = new Set(edges.map((e) => key(e.kind, e.source, e.target, e.kind === 'responded_to')));
  const wanted = new Set<string>();
  let found = 0;
  let total = 0;
  let respondedFound = 0;
  let respondedTotal = 0;
  const missed: string[] = [];
  const respondedMissed: string[] = [];
  for (const e of ann.edges) {
    const directed = e.kind === 'responded_to';
    const k = key(e.kind, e.pair[0], e.pair[1], directed);
    if (wanted.has(k)) continue;
    wanted.add(k);
    if (directed) {
      respondedTotal++;
      if (have.has(k)) respondedFound++;
      else respondedMissed.push(k);
    } else {
      total++;
      if (have.has(k)) found++;
      else missed.push(k);
    }
  }
  const extra = edges
    .filter((e) => e.kind !== 'responded_to')
    .map((e) => key(e.kind, e.source, e.target, false))
    .filter((k) => !wanted.has(k))
    .sort();
  const wrong = ann.absentEdges
    .map((e) => key(e.kind, e.pair[0], e.pair[1], e.kind === 'responded_to'))
    .filter((k) => have.has(k));
  return {
    found,
    total,
    recall: total ? found / total : null,
    missed,
    respondedFound,
    respondedTotal,
    respondedMissed,
    extra: [...new Set(extra)],
    wrong: [...new Set(wrong)].sort(),
  };
}
