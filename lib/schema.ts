/**
 * One schema, many uses: the zod objects below validate the editors' data
 * files and the compiled dataset; TypeScript types come from z.infer and the
 * published JSON Schema (public/data/dataset.schema.json) from the same objects.
 */
import { z } from 'zod';

// ---------- shared scalars ----------

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is a real calendar day in YYYY-MM-DD form (rejects 2025-02-30). */
export function isRealDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const IsoDay = z
  .string()
  .regex(ISO_DAY, 'must be a date written YYYY-MM-DD, e.g. 2025-02-18')
  .refine(isRealDay, 'is not a real calendar date');

/** Event dates keep their precision in their format: day, month or year. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((s) => s.length !== 10 || isRealDay(s), 'is not a real calendar date')
  .refine((s) => s.length !== 7 || (+s.slice(5) >= 1 && +s.slice(5) <= 12), 'has no such month');

export { precisionOf } from './precision';

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, e.g. ana-kovac');

/** Only http(s) links are ever published: no javascript:, data:, file: … */
export const SafeUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address');

/** A time zone as an editor writes it: an IANA name ("America/New_York") or a UTC offset ("UTC+09:00", "-05:00", "UTC"). */
export function isTimeZone(s: string): boolean {
  if (/^(?:UTC|GMT|Z)$|^(?:(?:UTC|GMT)\s*)?[+-]\s*(?:1[0-4]|0?\d)(?::?[0-5]\d)?$/i.test(s.trim())) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: s.trim() });
    return /\//.test(s);
  } catch {
    return false;
  }
}

/** data/zones.yaml: an editor's table of country (ISO 3166 code) → the zone its capital keeps */
export const ZonesFile = z
  .record(z.string(), z.string().refine(isTimeZone, 'must be an IANA time zone ("Europe/Paris") or a UTC offset ("UTC+01:00")'))
  .superRefine((rows, ctx) => {
    for (const code of Object.keys(rows)) if (!/^[A-Z]{2}$/.test(code)) ctx.addIssue({ code: 'custom', path: [code], message: `'${code}' is not a country code: a country is its ISO 3166 two-letter code ("FR")` });
  });

export const DocumentKind = z.enum(['article', 'transcript']);
export const ActorKind = z.enum(['person', 'organization', 'country', 'group']);
export const EventType = z.enum(['call', 'meeting', 'statement', 'visit', 'agreement']);
export const EdgeKind = z.enum(['met', 'called', 'responded_to']);
/** What the documents say of the happening: only `happened` is a plain past event. */
export const EventStatus = z.enum(['happened', 'ongoing', 'planned', 'cancelled', 'denied']);
export const DatePrecision = z.enum(['day', 'month', 'year']);

// ---------- editors' input files ----------

/** YAML front matter of data/documents/<id>.md */
export const FrontMatter = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    outlet: z.string().trim().min(1, 'must not be empty'),
    url: SafeUrl.nullable().optional(),
    published: IsoDay,
    kind: DocumentKind.default('article'),
    /** the zone the text's "today", "late on Monday" are written in, when the editor knows it */
    zone: z.string().trim().refine(isTimeZone, 'must be an IANA time zone ("America/New_York") or a UTC offset ("UTC+09:00")').optional(),
    note: z.string().optional(),
  })
  .strict();

/** A title that points to one person over a period ("treasury secretary" → …). */
export const ActorTitle = z
  .object({
    title: z.string().min(1),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
  })
  .strict();

/** One entry of data/actors.yaml */
export const ActorEntry = z
  .object({
    id: Slug,
    name: z.string().min(1),
    kind: ActorKind,
    affiliation: z.string().nullable().optional(),
    role: z.string().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /** job titles that designate this actor, optionally over a period */
    titles: z.array(ActorTitle).default([]),
  })
  .strict();
export const ActorsFile = z.array(ActorEntry);

/** One entry of data/places.yaml: places are locations, never people. */
export const PlaceEntry = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['city', 'country', 'region', 'venue']),
    country: z.string().nullable().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    /** for a venue or city: the place it lies in, e.g. a palace → the city it stands in */
    within: z.string().optional(),
  })
  .strict();
export const PlacesFile = z.array(PlaceEntry);

/** data/lexicon.yaml: words that are never people (outlets, programmes, organisations seen as capitalised words). */
export const LexiconFile = z
  .object({
    notPeople: z.array(z.string()).default([]),
    outlets: z.array(z.string()).default([]),
  })
  .strict();

const EventFields = {
  type: EventType,
  title: z.string().min(1),
  date: PartialDate.nullable(),
  location: z.string().nullable(),
  participants: z.array(Slug),
  status: EventStatus,
};

/** data/corrections.yaml: a list of editorial operations re-applied on every compile. */
export const Correction = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('edit-event'),
      event: z.string(),
      type: EventType.optional(),
      title: z.string().min(1).optional(),
      date: PartialDate.nullable().optional(),
      location: z.string().nullable().optional(),
      participants: z.array(Slug).optional(),
      status: EventStatus.optional(),
      note: z.string().optional(),
    })
    .strict(),
  z.object({ op: z.literal('drop-event'), event: z.string(), note: z.string().optional() }).strict(),
  z
    .object({ op: z.literal('merge-events'), events: z.array(z.string()).min(2), note: z.string().optional() })
    .strict(),
  z
    .object({
      op: z.literal('split-event'),
      event: z.string(),
      /** each part takes the evidence of the listed documents */
      parts: z
        .array(
          z
            .object({
              documents: z.array(z.string()).min(1),
              title: z.string().optional(),
              date: PartialDate.nullable().optional(),
              location: z.string().nullable().optional(),
              participants: z.array(Slug).optional(),
            })
            .strict(),
        )
        .min(2),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('add-event'),
      id: Slug.optional(),
      ...EventFields,
      status: EventStatus.default('happened'),
      evidence: z.array(z.object({ documentId: z.string(), quote: z.string().min(1) }).strict()).min(1),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('add-link'),
      source: Slug,
      target: Slug,
      kind: EdgeKind,
      event: z.string().optional(),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({ op: z.literal('remove-link'), source: Slug, target: Slug, kind: EdgeKind, note: z.string().optional() })
    .strict(),
  z
    .object({ op: z.literal('merge-actors'), into: Slug, from: z.array(Slug).min(1), note: z.string().optional() })
    .strict(),
  z
    .object({ op: z.literal('distinct-actors'), actors: z.array(Slug).length(2), note: z.string().optional() })
    .strict(),
  z
    .object({
      op: z.literal('edit-actor'),
      actor: Slug,
      name: z.string().optional(),
      kind: ActorKind.optional(),
      role: z.string().optional(),
      affiliation: z.string().nullable().optional(),
      note: z.string().optional(),
    })
    .strict(),
]);
export const CorrectionsFile = z.array(Correction);

// ---------- the compiled dataset (public contract, schemaVersion 1) ----------

export const DatasetDocument = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  url: SafeUrl.nullable(),
  published: IsoDay,
  kind: DocumentKind,
  /** the document text exactly as published (render as text only) */
  text: z.string(),
  /** character ranges of `text` the compiler kept as article text (page chrome etc. excluded) */
  kept: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const DatasetActor = z.object({
  id: Slug,
  name: z.string(),
  kind: ActorKind,
  affiliation: z.string().nullable(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  /** true when found in the text but in no data file */
  discovered: z.boolean(),
  /** surface forms the actor was found under in the documents */
  surfaceForms: z.array(z.string()),
  /** how many events the actor takes part in */
  eventCount: z.number().int(),
});

export const Evidence = z.object({
  documentId: z.string(),
  /** verbatim text of that document */
  quote: z.string(),
  /** character offsets of the quote in the document text */
  start: z.number().int(),
  end: z.number().int(),
});

/** How precise an event's date is: a `week` date is the estimated day of a stated week ("last week"), with its range. */
export const DateInfoPrecision = z.enum(['day', 'week', 'month', 'year']);

export const DateInfo = z.object({
  /** the words that gave the date, e.g. "last week", "Feb. 17" */
  expression: z.string().nullable(),
  /** what the expression was resolved against: "published 2025-02-18", "event call-…" */
  reference: z.string().nullable(),
  precision: DateInfoPrecision.nullable(),
  /** for a date estimated from a span ("last week" → the middle of that working week): the span */
  range: z.object({ from: IsoDay, to: IsoDay }).nullable().optional(),
});

export const Disagreement = z.object({
  field: z.enum(['date', 'location', 'participants', 'type']),
  values: z.array(z.object({ value: z.string().nullable(), documentIds: z.array(z.string()) })),
});

export const DatasetEvent = z.object({
  id: z.string(),
  type: EventType,
  title: z.string(),
  date: PartialDate.nullable(),
  location: z.string().nullable(),
  participants: z.array(Slug),
  evidence: z.array(Evidence).min(1),
  confidence: z.number().min(0).max(1),
  status: EventStatus,
  dateInfo: DateInfo,
  /** for a statement: the actors it answers, rejects or warns */
  respondsTo: z.array(Slug),
  disagreements: z.array(Disagreement),
  /** set when an editor's correction changed the event; `machine` is what the compiler had said */
  edited: z
    .object({ notes: z.array(z.string()), machine: z.record(z.string(), z.unknown()).nullable() })
    .nullable(),
  /** why the event exists: the compiler's rules that fired, by stage (trigger, participants, status, date, place, cluster, merge) */
  rules: z.array(z.object({ stage: z.string(), rule: z.string() })).optional(),
});

export const DatasetEdge = z.object({
  source: Slug,
  target: Slug,
  kind: EdgeKind,
  eventIds: z.array(z.string()).min(1),
});

export const Dataset = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(DatasetDocument),
  actors: z.array(DatasetActor),
  events: z.array(DatasetEvent),
  edges: z.array(DatasetEdge),
});

// ---------- the explorer's split files (derived from the dataset at emit) ----------
// index.json: what the first view needs (no document texts, no quotes);
// events/<chunk>.json: the rest of each event (evidence with quotes, how the date was found…);
// docs/<document id>.json: one document's text, kept ranges and the quotes pointing into it.

export const IndexDocument = DatasetDocument.omit({ text: true, kept: true });

export const IndexEvent = DatasetEvent.pick({
  id: true,
  type: true,
  title: true,
  date: true,
  location: true,
  participants: true,
  status: true,
  confidence: true,
  respondsTo: true,
}).extend({
  /** the documents whose quotes support the event */
  documentIds: z.array(z.string()),
  /** for a date estimated from a stated week ("last week"): that week */
  week: z.object({ from: IsoDay, to: IsoDay }).nullable(),
  /** which events/<chunk>.json holds the rest of the event */
  chunk: z.number().int(),
});

export const DataIndex = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(IndexDocument),
  actors: z.array(DatasetActor),
  events: z.array(IndexEvent),
  edges: z.array(DatasetEdge),
  /** network positions computed at compile time: actor id → [x, y] */
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
});

export const EventDetail = DatasetEvent.pick({ evidence: true, dateInfo: true, disagreements: true, edited: true, rules: true });
/** events/<chunk>.json: event id → the fields the index leaves out */
export const EventChunk = z.record(z.string(), EventDetail);

export const DocumentQuote = z.object({
  eventId: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const DocumentFile = z.object({
  id: z.string(),
  text: z.string(),
  kept: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** every evidence quote of every event that points into this document, by offset */
  quotes: z.array(DocumentQuote),
});

// ---------- problems ----------

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  /** path relative to the project, e.g. data/documents/x.md */
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable().optional(),
  field: z.string().nullable().optional(),
  message: z.string(),
  /** what would be right, e.g. "did you mean 'ana-kovac'?" */
  hint: z.string().nullable().optional(),
});

// ---------- types ----------

export type FrontMatter = z.infer<typeof FrontMatter>;
export type ActorEntry = z.infer<typeof ActorEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type Lexicon = z.infer<typeof LexiconFile>;
export type Correction = z.infer<typeof Correction>;
export type DatasetDocument = z.infer<typeof DatasetDocument>;
export type DatasetActor = z.infer<typeof DatasetActor>;
export type Evidence = z.infer<typeof Evidence>;
export type DateInfo = z.infer<typeof DateInfo>;
export type Disagreement = z.infer<typeof Disagreement>;
export type DatasetEvent = z.infer<typeof DatasetEvent>;
export type DatasetEdge = z.infer<typeof DatasetEdge>;
export type Dataset = z.infer<typeof Dataset>;
export type Problem = z.infer<typeof Problem>;
export type IndexDocument = z.infer<typeof IndexDocument>;
export type IndexEvent = z.infer<typeof IndexEvent>;
export type DataIndex = z.infer<typeof DataIndex>;
export type EventDetail = z.infer<typeof EventDetail>;
export type EventChunk = z.infer<typeof EventChunk>;
export type DocumentQuote = z.infer<typeof DocumentQuote>;
export type DocumentFile = z.infer<typeof DocumentFile>;
export type EventType = z.infer<typeof EventType>;
export type EdgeKind = z.infer<typeof EdgeKind>;
export type ActorKind = z.infer<typeof ActorKind>;
export type EventStatus = z.infer<typeof EventStatus>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type DateInfoPrecision = z.infer<typeof DateInfoPrecision>;

/** The JSON Schema published beside the dataset, from the same zod objects. */
export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
}

// ---------- stories (data/stories/<id>.yaml) ----------

/** One step of a story: an event, an actor, or a date window, with an optional caption and speaker notes. */
export const StoryStep = z
  .object({
    event: z.string().min(1).optional(),
    actor: Slug.optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    /** shown under the step's title (the teacher's words) */
    caption: z.string().trim().min(1).optional(),
    /** shown only in the presenter view */
    notes: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((s) => [s.event, s.actor, s.from ?? s.to].filter((v) => v !== undefined).length === 1, {
    message: 'a step names exactly one of: event, actor, or a date window (from and to)',
  })
  .refine((s) => (s.from === undefined) === (s.to === undefined), { message: 'a date window needs both from and to' })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { message: 'from must not be after to' });

/** data/stories/<id>.yaml: a guided path through the events, written by a teacher or an editor. */
export const StoryFile = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    introduction: z.string().trim().min(1, 'must not be empty').optional(),
    steps: z.array(StoryStep).min(1, 'a story needs at least one step'),
  })
  .strict();

export type StoryStep = z.infer<typeof StoryStep>;
export type StoryFile = z.infer<typeof StoryFile>;
