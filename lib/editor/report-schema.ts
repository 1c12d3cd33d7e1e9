/**
 * The editors' report (public/data/report.json): what the compiler found, what
 * it was unsure of, what changed since the last compile, and every problem.
 */
import { z } from 'zod';
import { EventType, Problem } from '../schema';

const EventRef = z.object({ id: z.string(), type: EventType, date: z.string().nullable(), title: z.string() });

export const ReportDocument = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  published: z.string(),
  url: z.string().nullable(),
  kind: z.string(),
  events: z.array(EventRef),
});

export const DiscoveredPerson = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  surfaceForms: z.array(z.string()),
  eventIds: z.array(z.string()),
  /** where the person was found (first sentences mentioning a surface form) */
  sentences: z.array(z.object({ documentId: z.string(), text: z.string() })),
  /** ready to paste into data/actors.yaml */
  yaml: z.string(),
});

export const FieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const Changes = z.object({
  /** false on the first compile (no previous dataset to compare with) */
  previous: z.boolean(),
  added: z.array(EventRef),
  removed: z.array(EventRef),
  changed: z.array(z.object({ id: z.string(), title: z.string(), fields: z.array(FieldChange) })),
  actorsAdded: z.array(z.string()),
  actorsRemoved: z.array(z.string()),
});

export const Report = z.object({
  schemaVersion: z.literal(1),
  /** first 16 hex of the sha256 of dataset.json (same as version.json) */
  hash: z.string(),
  summary: z.object({
    documents: z.number().int(),
    events: z.number().int(),
    eventsByType: z.record(z.string(), z.number().int()),
    actors: z.number().int(),
    discovered: z.number().int(),
    edges: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  documents: z.array(ReportDocument),
  discovered: z.array(DiscoveredPerson),
  undated: z.array(EventRef),
  lowConfidence: z.array(EventRef.extend({ confidence: z.number() })),
  merges: z.array(z.object({ eventId: z.string(), title: z.string(), documentIds: z.array(z.string()), reasons: z.array(z.string()).default([]) })),
  disagreements: z.array(
    z.object({
      eventId: z.string(),
      title: z.string(),
      field: z.string(),
      values: z.array(z.object({ value: z.string().nullable(), documentIds: z.array(z.string()) })),
    }),
  ),
  corrections: z.array(z.object({ index: z.number().int(), line: z.number().int().nullable(), op: z.string(), applied: z.boolean(), message: z.string() })),
  changes: Changes,
  problems: z.array(Problem),
});

export type Report = z.infer<typeof Report>;
export type Changes = z.infer<typeof Changes>;
export type DiscoveredPerson = z.infer<typeof DiscoveredPerson>;
export type EventRef = z.infer<typeof EventRef>;
