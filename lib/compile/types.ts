/**
 * The values passed between the compiler's pure stages:
 *   load → clean → sentences → mentions → dates → events → merge → network → overrides → emit
 * Every offset is a character offset into SourceDoc.body (the document text
 * exactly as published), so any evidence quote is body.slice(start, end).
 */
import type {
  ActorEntry,
  Correction,
  DatasetActor,
  DatasetEdge,
  DatasetEvent,
  DatePrecision,
  EventStatus,
  EventType,
  FrontMatter,
  Lexicon,
  PlaceEntry,
  Problem,
} from '../schema';

/** A document as read from data/documents/<id>.md (load stage). */
export interface SourceDoc {
  /** file name without .md */
  id: string;
  /** project-relative path, for problems */
  file: string;
  meta: FrontMatter;
  /** the text after the front matter, exactly as published */
  body: string;
  /** 1-based line number in `file` of body's first line */
  bodyLine: number;
}

/** Everything compile() needs; produced by load, never touches the filesystem after. */
export interface CompileInputs {
  documents: SourceDoc[];
  actors: ActorEntry[];
  places: PlaceEntry[];
  lexicon: Lexicon;
  corrections: Correction[];
  /** data/zones.yaml: country code → time zone (none: no country zones) */
  zones?: Record<string, string>;
  /** problems found while loading (bad YAML, bad front matter…) */
  problems: Problem[];
  /** where each correction came from, for problems: index → line */
  correctionLines?: number[];
}

// ---------- clean ----------

export interface Span {
  start: number;
  end: number;
}

export type RemovalReason = 'chrome' | 'truncated' | 'speaker-label' | 'timecode' | 'headline' | 'boilerplate';

export interface CleanDoc extends SourceDoc {
  /** ranges of body kept as running text, sorted, non-overlapping */
  kept: Span[];
  /** ranges removed, with why */
  removed: (Span & { reason: RemovalReason })[];
}

// ---------- sentences ----------

export interface Sentence {
  docId: string;
  /** index within the document, 0-based */
  index: number;
  start: number;
  end: number;
  /** verbatim: body.slice(start, end) */
  text: string;
  /**
   * normalised for matching, SAME LENGTH as text so offsets carry over:
   * doubled punctuation blanked (",," → ", "), curly quotes straightened, etc.
   */
  norm: string;
}

export interface SentencedDoc extends CleanDoc {
  sentences: Sentence[];
}

// ---------- mentions ----------

export type MentionVia = 'name' | 'alias' | 'fuzzy' | 'title' | 'role' | 'pronoun' | 'discovered';

export interface Mention {
  docId: string;
  sentence: number;
  /** offsets into body */
  start: number;
  end: number;
  surface: string;
  actorId: string;
  via: MentionVia;
  /** 0..1: how sure the match is (exact name 1, fuzzy lower, pronoun lower) */
  score: number;
  /** a country named only as a place, topic or modifier (who/countries.ts COUNTRY_AS_PLACE_ONLY): no surface of the actor */
  placeOnly?: boolean;
}

export interface PlaceMention {
  docId: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  /** canonical place name (PlaceEntry.name), or the surface for an unknown place */
  place: string;
  kind: PlaceEntry['kind'] | 'unknown';
  /** the country the place lies in (ISO code), when known */
  country?: string | null;
  /** where the place was recognised: the editors' data file or the gazetteer */
  source?: 'data' | 'gazetteer';
}

/** A span naming a host, anchor, correspondent or reporter of the document: never an actor, their exchange never an event. */
export interface MediaMention {
  docId: string;
  sentence: number;
  start: number;
  end: number;
  surface: string;
  /** the person's name as first found (speaker label, byline, "joins us" …) */
  name: string;
  role: 'host' | 'reporter';
}

export interface MentionsResult {
  mentions: Mention[];
  places: PlaceMention[];
  /** hosts and reporters named in the documents (kept out of mentions and actors) */
  media: MediaMention[];
  /** every actor known after this stage: data-file actors plus discovered ones (discovered: true) */
  actors: ActorInfo[];
  problems: Problem[];
}

/** An actor during compilation (becomes DatasetActor). */
export interface ActorInfo {
  id: string;
  name: string;
  kind: DatasetActor['kind'];
  affiliation: string | null;
  aliases: string[];
  role: string | null;
  discovered: boolean;
  surfaceForms: string[];
}

// ---------- dates ----------

export interface DateExpr {
  docId: string;
  sentence: number;
  start: number;
  end: number;
  /** the words, e.g. "last week", "on Tuesday", "Feb. 17" */
  text: string;
  /** resolved value, precision in the format; null when it depends on an anchor not yet resolved */
  value: string | null;
  precision: DatePrecision | null;
  /** human-readable: "published 2025-02-18" */
  reference: string;
  /** anchored expressions ("three days before the talks", "a day earlier") are resolved in the events stage */
  anchor?: {
    /** signed days relative to the anchor, e.g. -3 */
    offsetDays: number;
    /** the words naming the anchor ("the talks"), or null for "a day earlier" (= previous dated thing) */
    ref: string | null;
  };
  /** true when the expression is about the future relative to publication ("next week") */
  future?: boolean;
  /** a span of days rather than one date ("last week" → the previous Monday–Sunday); value and precision are then null */
  range?: { from: string; to: string };
}

// ---------- events (per document) ----------

export interface DocEvent {
  docId: string;
  type: EventType;
  status: EventStatus;
  title: string;
  date: string | null;
  dateInfo: import('../schema').DateInfo;
  location: string | null;
  participants: string[];
  /** for statements: the actors answered/rejected/warned */
  respondsTo: string[];
  /** sentences cited, as body offsets */
  evidence: Span[];
  /** the trigger words, e.g. "spoke over the phone", "telephone name" */
  trigger: string;
  /** 0..1 trigger strength */
  triggerStrength: number;
  /** the rules that fired for it, by stage (optional: hand-made DocEvents have none) */
  rules?: { stage: string; rule: string }[];
}

export interface CompileResult {
  dataset: import('../schema').Dataset;
  problems: Problem[];
  /** what the stages did, for the editors' report */
  trace: CompileTrace;
}

export interface CompileTrace {
  /** per document: ids of the events it supports */
  eventsByDocument: Record<string, string[]>;
  /** events merged from more than one document */
  merges: { eventId: string; documentIds: string[]; reasons?: string[] }[];
  /** corrections applied (index in corrections.yaml) and those that matched nothing */
  corrections: { index: number; op: string; applied: boolean; message: string }[];
}

export type { DatasetActor, DatasetEdge, DatasetEvent };
