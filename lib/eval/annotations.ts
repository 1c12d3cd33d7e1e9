/**
 * The gold annotations of an eval set (data/eval/<set>/annotations.yaml):
 * zod schema, parsing with line numbers, and the derived helpers the matcher
 * needs. Pure: takes the YAML text, never reads files.
 */
import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import { EdgeKind, EventStatus, EventType, PartialDate, Slug, type Problem } from '../schema';

/** YAML reads `2025` as a number: accept it as the year "2025". */
const DateValue = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), PartialDate.nullable());

/** One actor, or a list of alternatives any of which satisfies it. */
export const ActorChoice = z.union([Slug, z.array(Slug).min(1)]);
export type ActorChoice = z.infer<typeof ActorChoice>;

export const AnnotatedEvent = z
  .object({
    id: Slug,
    type: EventType,
    /** minor events (main: false) are neither required nor counted as false positives */
    main: z.boolean(),
    status: EventStatus.default('happened'),
    date: DateValue,
    /** other days the text supports equally well; a compiled date equal to one counts as exact */
    participants: z.array(Slug).default([]),
    /** the principals used for matching (default: participants) */
    mainParticipants: z.array(ActorChoice).optional(),
    /** statements: who spoke (default: the first participant) */
    speaker: ActorChoice.optional(),
    respondsTo: z.array(Slug).default([]),
    location: z.string().nullable().default(null),
    /** optional, must equal the keys of quotes when given */
    documents: z.array(z.string()).optional(),
    /** documentId → verbatim part of one sentence of that document */
    quotes: z.record(z.string(), z.string().min(1)),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (Object.keys(e.quotes).length === 0) ctx.addIssue({ code: 'custom', path: ['quotes'], message: 'needs at least one quote' });
    if (e.documents) {
      const a = [...e.documents].sort().join(',');
      const b = Object.keys(e.quotes).sort().join(',');
      if (a !== b) ctx.addIssue({ code: 'custom', path: ['documents'], message: `must list exactly the documents quoted (${b})` });
    }
    if (e.type === 'statement' && !e.speaker && e.participants.length === 0)
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'a statement needs a speaker or a participant' });
  });
export type AnnotatedEvent = z.infer<typeof AnnotatedEvent>;

export const AnnotatedPerson = z
  .object({ id: Slug, name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) })
  .strict();
export type AnnotatedPerson = z.infer<typeof AnnotatedPerson>;

export const RealActor = z.union([
  Slug,
  z.object({ id: Slug, names: z.array(z.string().min(1)).default([]) }).strict(),
]);

export const AnnotatedEdge = z
  .object({ kind: EdgeKind, pair: z.tuple([Slug, Slug]) })
  .strict();
export type AnnotatedEdge = z.infer<typeof AnnotatedEdge>;

export const AnnotationsFile = z
  .object({
    people: z.array(AnnotatedPerson).default([]),
    realActors: z.array(RealActor).default([]),
    events: z.array(AnnotatedEvent),
    edges: z.array(AnnotatedEdge).default([]),
    /** links that must not appear (a denied or postponed meeting) */
    absentEdges: z.array(AnnotatedEdge).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.events.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate event id ${e.id}` });
      seen.add(e.id);
    });
  });
export type AnnotationsFile = z.infer<typeof AnnotationsFile>;

/** A real actor with every name it may appear under (lower-cased). */
export interface RealActorNames {
  id: string;
  names: string[];
}

export interface Annotations {
  events: AnnotatedEvent[];
  people: AnnotatedPerson[];
  /** people + realActors, with names */
  realActors: RealActorNames[];
  edges: AnnotatedEdge[];
  absentEdges: AnnotatedEdge[];
}

export function parseAnnotations(text: string, file: string): { annotations: Annotations | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  for (const e of doc.errors)
    problems.push({ severity: 'error', file, line: e.linePos?.[0].line ?? null, message: e.message.split('\n')[0] });
  if (doc.errors.length) return { annotations: null, problems };
  const parsed = AnnotationsFile.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lc.linePos(node.range[0]).line : null;
      problems.push({ severity: 'error', file, line, field: issue.path.join('.') || null, message: issue.message });
    }
    return { annotations: null, problems };
  }
  return { annotations: normalise(parsed.data), problems };
}

function normalise(f: AnnotationsFile): Annotations {
  const real = new Map<string, Set<string>>();
  const add = (id: string, names: string[]) => {
    const set = real.get(id) ?? new Set<string>();
    for (const n of names) set.add(n.toLowerCase());
    real.set(id, set);
  };
  for (const p of f.people) add(p.id, [p.name, ...p.aliases]);
  for (const r of f.realActors) {
    if (typeof r === 'string') add(r, []);
    else add(r.id, r.names);
  }
  // every participant of an annotated event is a real actor too
  for (const e of f.events) for (const p of [...e.participants, ...e.respondsTo]) add(p, []);
  return {
    events: f.events,
    people: f.people,
    realActors: [...real.entries()].map(([id, names]) => ({ id, names: [...names].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: f.edges,
    absentEdges: f.absentEdges,
  };
}

/** The principals of an event, as lists of alternatives. */
export function mainChoices(e: AnnotatedEvent): string[][] {
  const raw = e.mainParticipants ?? e.participants;
  return raw.map((c) => (typeof c === 'string' ? [c] : c));
}

/** The speaker of a statement, as alternatives. */
export function speakerChoices(e: AnnotatedEvent): string[] {
  if (e.speaker) return typeof e.speaker === 'string' ? [e.speaker] : e.speaker;
  return e.participants.slice(0, 1);
}

/** Every actor id acceptable as a participant of the event (participants + alternatives). */
export function acceptableParticipants(e: AnnotatedEvent): Set<string> {
  const s = new Set<string>(e.participants);
  for (const c of mainChoices(e)) c.forEach((x) => s.add(x));
  if (e.type === 'statement') speakerChoices(e).forEach((x) => s.add(x));
  return s;
}

/** Checks every quote occurs verbatim in the named document body. */
export function checkQuotes(a: Annotations, bodies: Map<string, string>, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const e of a.events)
    for (const [docId, quote] of Object.entries(e.quotes)) {
      const body = bodies.get(docId);
      if (body == null) problems.push({ severity: 'error', file, line: null, message: `event ${e.id}: no document ${docId}` });
      else if (!body.includes(quote))
        problems.push({ severity: 'error', file, line: null, message: `event ${e.id}: quote not found verbatim in ${docId}: "${quote.slice(0, 80)}"` });
    }
  return problems;
}
