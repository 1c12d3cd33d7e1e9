/**
 * Annotated ids are the annotator's spelling ("king-charles-iii"); compiled ids
 * are slugs of the name the compiler found ("charles-iii"). Before events and
 * edges are matched, a compiled actor whose id no annotation uses is read as
 * the ONE annotated actor that lists its name or one of its aliases
 * (case-insensitive). A name two annotated actors list is ambiguous and
 * resolves nothing; two compiled actors standing for one annotated actor are
 * left apart and counted as duplicate actors. Pure.
 */
import type { Dataset, DatasetActor } from '../schema';
import type { Annotations } from './annotations';

/**
 * compiled id → annotated id, for compiled actors that only differ from an annotated actor by the id's spelling:
 * the compiled actor's name or one of its aliases is listed by exactly one annotated actor, no compiled actor
 * already has that annotated id, and no other compiled actor resolves to it (two compiled actors for one
 * person are a duplicate the figures must show, see `duplicateActors`).
 */
export function annotatedIds(ann: Annotations, actors: DatasetActor[]): Map<string, string> {
  const { resolved } = resolveNames(ann, actors);
  return resolved;
}

/** Annotated actors that two or more compiled actors stand for (by id or by name): [annotated id, compiled ids]. */
export function duplicateActors(ann: Annotations, actors: DatasetActor[]): [string, string[]][] {
  return resolveNames(ann, actors).duplicates;
}

function resolveNames(ann: Annotations, actors: DatasetActor[]): { resolved: Map<string, string>; duplicates: [string, string[]][] } {
  const known = new Set(ann.realActors.map((r) => r.id));
  const byName = new Map<string, Set<string>>();
  for (const r of ann.realActors) {
    for (const n of r.names) {
      const ids = byName.get(n) ?? new Set<string>();
      ids.add(r.id);
      byName.set(n, ids);
    }
  }
  const standFor = new Map<string, string[]>();
  const candidate = new Map<string, string>();
  for (const a of actors) {
    if (known.has(a.id)) {
      standFor.set(a.id, [...(standFor.get(a.id) ?? []), a.id]);
      continue;
    }
    const hits = new Set<string>();
    for (const n of [a.name, ...a.aliases]) {
      for (const id of byName.get(n.toLowerCase()) ?? []) hits.add(id);
    }
    if (hits.size !== 1) continue;
    const id = [...hits][0]!;
    candidate.set(a.id, id);
    standFor.set(id, [...(standFor.get(id) ?? []), a.id]);
  }
  const resolved = new Map<string, string>();
  for (const [c, id] of candidate) if (standFor.get(id)!.length === 1) resolved.set(c, id);
  const duplicates = [...standFor.entries()]
    .filter(([, cs]) => cs.length > 1)
    .map(([id, cs]): [string, string[]] => [id, [...cs].sort()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { resolved, duplicates };
}

/** The dataset with its events' participants and its edges read through `ids` (unmapped ids kept). */
export function withAnnotatedIds(ds: Dataset, ids: Map<string, string>): Dataset {
  if (ids.size === 0) return ds;
  const to = (id: string) => ids.get(id) ?? id;
  return {
    ...ds,
    events: ds.events.map((e) => {
      if (!e.participants.some((p) => ids.has(p)) && !e.respondsTo.some((p) => ids.has(p))) return e;
      return { ...e, participants: [...new Set(e.participants.map(to))], respondsTo: [...new Set(e.respondsTo.map(to))] };
    }),
    edges: ds.edges.map((e) => (ids.has(e.source) || ids.has(e.target) ? { ...e, source: to(e.source), target: to(e.target) } : e)),
  };
}
