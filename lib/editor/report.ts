/**
 * Builds the editors' report from a compile result (pure): events per
 * document, people discovered in no data file (with a YAML snippet), undated
 * and low-confidence events, cross-document merges, disagreements,
 * corrections, changes since the last compile, problems.
 */
import type { Dataset, DatasetActor, DatasetEvent, Problem } from '../schema';
import type { CompileTrace } from '../compile/types';
import { countProblems } from '../problems';
import { diffDatasets, eventRef } from './diff';
import type { DiscoveredPerson, Report } from './report-schema';

export const LOW_CONFIDENCE = 0.5;

/** Set by `npm run dev` (PARLEY_REPORT_CHANGES=1): the report lists what changed since the last compile. */
export function reportChanges(): boolean {
  return process.env.PARLEY_REPORT_CHANGES === '1';
}

export interface ReportInput {
  dataset: Dataset;
  trace: CompileTrace;
  problems: Problem[];
  /** line of each correction in data/corrections.yaml */
  correctionLines?: number[];
  /** the previous dataset.json, parsed (or null on a first compile) */
  previous: unknown;
  hash: string;
}

export function buildReport({ dataset, trace, problems, correctionLines = [], previous, hash }: ReportInput): Report {
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  const byType: Record<string, number> = {};
  for (const e of dataset.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const counts = countProblems(problems);
  const cmpId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byDate = (a: { id: string; date: string | null }, b: { id: string; date: string | null }) =>
    (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : cmpId(a, b);

  // each document's events from the evidence, in one pass (not every event per document)
  const quoted = new Map<string, string[]>();
  for (const e of dataset.events) {
    for (const x of e.evidence) {
      const list = quoted.get(x.documentId);
      if (!list) quoted.set(x.documentId, [e.id]);
      else if (list[list.length - 1] !== e.id) list.push(e.id);
    }
  }
  const documents = dataset.documents.map((d) => {
    const ids = new Set([...(trace.eventsByDocument[d.id] ?? []), ...(quoted.get(d.id) ?? [])]);
    const events = [...ids].map((id) => eventById.get(id)).filter((e) => e !== undefined).map(eventRef).sort(byDate);
    return { id: d.id, title: d.title, outlet: d.outlet, published: d.published, url: d.url, kind: d.kind, events };
  });

  // each actor's events (as participant or answered), in dataset order, in one pass
  const eventsOf = new Map<string, DatasetEvent[]>();
  for (const e of dataset.events) {
    for (const id of new Set([...e.participants, ...e.respondsTo])) {
      const list = eventsOf.get(id);
      if (list) list.push(e);
      else eventsOf.set(id, [e]);
    }
  }
  const discovered = dataset.actors
    .filter((a) => a.discovered)
    .map((a) => discoveredPerson(a, eventsOf.get(a.id) ?? [], dataset.documents))
    .sort(cmpId);

  const disagreements = dataset.events.flatMap((e) =>
    e.disagreements.map((d) => ({ eventId: e.id, title: e.title, field: d.field, values: d.values.map((v) => ({ value: v.value, documentIds: [...v.documentIds] })) })),
  );

  return {
    schemaVersion: 1,
    hash,
    summary: {
      documents: dataset.documents.length,
      events: dataset.events.length,
      eventsByType: Object.fromEntries(Object.entries(byType).sort()),
      actors: dataset.actors.length,
      discovered: discovered.length,
      edges: dataset.edges.length,
      errors: counts.errors,
      warnings: counts.warnings,
    },
    documents,
    discovered,
    undated: dataset.events.filter((e) => e.date === null).map(eventRef).sort(cmpId),
    lowConfidence: dataset.events
      .filter((e) => e.confidence < LOW_CONFIDENCE)
      .map((e) => ({ ...eventRef(e), confidence: e.confidence }))
      .sort((a, b) => a.confidence - b.confidence || cmpId(a, b)),
    merges: trace.merges
      .filter((m) => m.documentIds.length > 1)
      .map((m) => ({ eventId: m.eventId, title: eventById.get(m.eventId)?.title ?? m.eventId, documentIds: [...m.documentIds].sort(), reasons: [...(m.reasons ?? [])] }))
      .sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)),
    disagreements,
    corrections: trace.corrections.map((c) => ({ ...c, line: correctionLines[c.index] ?? null })),
    // only the dev loop compares with the previous compile: a build's report must not depend on the builder's history
    changes: diffDatasets(reportChanges() ? previous : null, dataset),
    problems,
  };
}

/** `events`: the actor's events (participant or answered), in dataset order. */
function discoveredPerson(a: DatasetActor, events: DatasetEvent[], documents: Dataset['documents']): DiscoveredPerson {
  const eventIds = events.map((e) => e.id).sort();
  const forms = [...new Set([a.name, ...a.surfaceForms])].filter((f) => f.trim().length > 1).sort((x, y) => y.length - x.length);
  const sentences: DiscoveredPerson['sentences'] = [];
  // prefer the evidence of the person's events, then any sentence naming them
  for (const e of events) {
    for (const ev of e.evidence) if (forms.some((f) => ev.quote.includes(f)) && sentences.length < 2 && !sentences.some((s) => s.text === ev.quote)) sentences.push({ documentId: ev.documentId, text: ev.quote });
  }
  for (const d of documents) {
    if (sentences.length >= 2) break;
    for (const f of forms) {
      const at = d.text.indexOf(f);
      if (at < 0) continue;
      const text = sentenceAround(d.text, at, at + f.length);
      if (!sentences.some((s) => s.text === text)) sentences.push({ documentId: d.id, text });
      break;
    }
  }
  return { id: a.id, name: a.name, kind: a.kind, surfaceForms: [...a.surfaceForms], eventIds, sentences, yaml: actorYaml(a) };
}

/** The sentence (or line) holding text[start, end), at most ~400 characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 300) {
    const c = text[s - 1];
    if (c === '\n' || (/[.!?]/.test(c) && /\s/.test(text[s] ?? ''))) break;
    s--;
  }
  let e = end;
  while (e < text.length && e - end < 300) {
    const c = text[e];
    if (c === '\n') break;
    e++;
    if (/[.!?]/.test(c) && /\s|$/.test(text[e] ?? '')) break;
  }
  return text.slice(s, e).trim();
}

/** A ready-to-paste entry for data/actors.yaml. */
export function actorYaml(a: Pick<DatasetActor, 'id' | 'name' | 'kind' | 'affiliation' | 'role' | 'surfaceForms'>): string {
  const q = (s: string) => JSON.stringify(s);
  const aliases = [...new Set(a.surfaceForms)].filter((f) => f !== a.name).sort();
  return [
    `- id: ${a.id}`,
    `  name: ${q(a.name)}`,
    `  kind: ${a.kind}`,
    `  affiliation: ${a.affiliation ? q(a.affiliation) : 'null'}  # country code, e.g. US, RU, UA`,
    `  role: ${q(a.role ?? '')}  # e.g. Foreign Minister of Croatia`,
    `  aliases: [${aliases.map(q).join(', ')}]`,
    '',
  ].join('\n');
}

/** The short summary printed after a compile. */
export function formatSummary(r: Report, ms?: number): string {
  const types = Object.entries(r.summary.eventsByType)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const lines = [
    `${r.summary.documents} documents → ${r.summary.events} events${types ? ` (${types})` : ''}, ${r.summary.actors} actors (${r.summary.discovered} discovered), ${r.summary.edges} links`,
  ];
  const extras: string[] = [];
  if (r.undated.length) extras.push(`${r.undated.length} undated`);
  if (r.lowConfidence.length) extras.push(`${r.lowConfidence.length} low-confidence`);
  if (r.disagreements.length) extras.push(`${r.disagreements.length} disagreements`);
  const failed = r.corrections.filter((c) => !c.applied).length;
  if (r.corrections.length) extras.push(`${r.corrections.length - failed}/${r.corrections.length} corrections applied`);
  extras.push(`${r.summary.warnings} warning${r.summary.warnings === 1 ? '' : 's'}`);
  lines.push(extras.join(', '));
  if (r.changes.previous) {
    const c = r.changes;
    lines.push(c.added.length + c.removed.length + c.changed.length ? `since last compile: +${c.added.length} −${c.removed.length} ~${c.changed.length} events` : 'since last compile: no event changed');
  }
  if (ms !== undefined) lines.push(`recompiled in ${ms} ms`);
  return lines.join('\n');
}
