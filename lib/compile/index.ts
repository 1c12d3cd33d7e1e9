/**
 * compile(inputs) → { dataset, problems, trace }: pure, no filesystem.
 * Stages, one file each: load (fs) → clean → sentences → mentions → dates →
 * events → merge → network → overrides → emit (fs).
 */
import type { Dataset, DatasetActor, Problem } from '../schema';
import { clean } from './clean';
import { splitSentences } from './sentences';
import { findMentions } from './mentions';
import { findDates } from './dates';
import { extractEvents } from './events';
import { mergeEvents } from './merge';
import { buildEdges } from './network';
import { applyCorrections, applyLinkCorrections } from './overrides';
import { groupBy } from './group';
import type { ActorInfo, CompileInputs, CompileResult, DocEvent } from './types';

export function compile(inputs: CompileInputs): CompileResult {
  const problems: Problem[] = [...inputs.problems];

  const docs = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => splitSentences(clean(d)));

  const who = findMentions(docs, inputs.actors, inputs.places, inputs.lexicon);
  problems.push(...who.problems);
  const actorById = new Map<string, ActorInfo>(who.actors.map((a) => [a.id, a]));

  const mentionsByDoc = groupBy(who.mentions, (m) => m.docId);
  const placesByDoc = groupBy(who.places, (p) => p.docId);
  const docEvents: DocEvent[] = [];
  for (const doc of docs) {
    const dates = findDates(doc);
    docEvents.push(
      ...extractEvents({
        doc,
        mentions: mentionsByDoc.get(doc.id) ?? [],
        places: placesByDoc.get(doc.id) ?? [],
        dates,
        actors: actorById,
        placeEntries: inputs.places,
      }),
    );
  }

  const merged = mergeEvents(docEvents, docs, { actors: actorById, places: inputs.places });

  const machineDataset: Dataset = {
    schemaVersion: 1,
    documents: docs.map((d) => ({
      id: d.id,
      title: d.meta.title,
      outlet: d.meta.outlet,
      url: d.meta.url ?? null,
      published: d.meta.published,
      kind: d.meta.kind,
      text: d.body,
      kept: d.kept.map((s) => [s.start, s.end] as [number, number]),
    })),
    actors: who.actors.map((a) => toDatasetActor(a)),
    events: merged.events,
    edges: [],
  };

  const corrected = applyCorrections(machineDataset, inputs.corrections, inputs.correctionLines ?? []);
  problems.push(...corrected.problems);
  const dataset = finalize(corrected.dataset, (edges) => applyLinkCorrections(edges, corrected.extraEdges, corrected.removedEdges));

  const eventsByDocument: Record<string, string[]> = {};
  for (const d of dataset.documents) eventsByDocument[d.id] = [];
  for (const e of dataset.events)
    for (const ev of e.evidence) {
      const list = (eventsByDocument[ev.documentId] ??= []);
      if (!list.includes(e.id)) list.push(e.id);
    }

  return {
    dataset,
    problems: sortProblems(problems),
    trace: { eventsByDocument, merges: merged.merges, corrections: corrected.applied },
  };
}

function toDatasetActor(a: ActorInfo): DatasetActor {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    affiliation: a.affiliation,
    aliases: [...a.aliases],
    role: a.role,
    discovered: a.discovered,
    surfaceForms: [...a.surfaceForms].sort(),
    eventCount: 0,
  };
}

/**
 * Derives edges, drops actors nobody mentions in any event unless they come
 * from the data file, counts activity and sorts everything for byte-stable output.
 */
function finalize(ds: Dataset, linkCorrections: (edges: Dataset['edges']) => Dataset['edges'] = (e) => e): Dataset {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const events = [...ds.events].sort((a, b) => cmp(a.id, b.id));
  const edges = linkCorrections(buildEdges(events, ds.actors));
  const count = new Map<string, number>();
  for (const e of events) for (const p of e.participants) count.set(p, (count.get(p) ?? 0) + 1);
  const referenced = new Set<string>();
  for (const e of events) {
    e.participants.forEach((p) => referenced.add(p));
    e.respondsTo.forEach((p) => referenced.add(p));
  }
  for (const e of edges) {
    referenced.add(e.source);
    referenced.add(e.target);
  }
  const actors = ds.actors
    // only actors the documents mention (or events and corrections name): not the whole who's who
    .filter((a) => referenced.has(a.id) || a.surfaceForms.length > 0)
    .map((a) => ({ ...a, eventCount: count.get(a.id) ?? 0 }))
    .sort((a, b) => cmp(a.id, b.id));
  return {
    schemaVersion: 1,
    documents: [...ds.documents].sort((a, b) => cmp(a.id, b.id)),
    actors,
    events,
    edges,
  };
}

function sortProblems(ps: Problem[]): Problem[] {
  return [...ps].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}
