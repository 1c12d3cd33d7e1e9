/**
 * The typed candidate list the event passes work on: one Cand per trigger
 * (event, reference, join or statement), grouped by the cluster pass into
 * Clusters (one per happening of the document). Each candidate records the
 * rules that fired for it (`why`), carried to the dataset event.
 */
import type { EventStatus, EventType } from '../../schema';
import type { Span } from '../types';
import type { DateChoice } from '../what/anchors';
import type { DateSource } from '../what/types';

/** a rule that fired: its stage (trigger, participants, status, date, place, cluster, merge) and id */
export interface Why {
  stage: string;
  rule: string;
}

export type CandRole = 'event' | 'ref' | 'join' | 'statement';

export interface Cand {
  order: number;
  sentence: number;
  span: Span;
  type: EventType | null;
  role: CandRole;
  trigger: string;
  strength: number;
  participants: string[];
  certainty: number;
  status: EventStatus;
  ongoing: boolean;
  date: DateChoice;
  place: string | null;
  placeRank: number;
  speaker: string | null;
  respondsTo: string[];
  gist: string | null;
  /** where the trigger is (sentence-relative) */
  hit: { start: number; end: number };
  /** where an anchored date expression is ("three days before the talks"), sentence-relative */
  anchorSpan: { start: number; end: number } | null;
  /** the trigger lies inside an anchored date expression ("two days after the summit") */
  inAnchor?: boolean;
  /** one of several happenings told by one trigger ("spoke with both Birch and Cedar"): never clustered together */
  split?: string;
  /** a day in the clause of a definite reference but not tied to it ("talks with X in Avalon on Tuesday"): used only when nothing better dates the happening */
  weakDate?: DateChoice;
  /** a reference inside a temporal adjunct ("X spoke after the talks"): its subject is a participant only of a happening not yet peopled, or one X already takes part in */
  adjunct?: boolean;
  /** a reference that tells something of its happening: how it went, what was said at or after it ("the talks ended without agreement", "X said after the call that …") */
  outcome?: boolean;
  /** "talks on <topic>" told with fewer than two of their people: never merged into another happening */
  topical?: boolean;
  /** a visit told by a host's reception of the guest: that reception */
  reception?: Cand;
  /** a happening named in passing, as a yardstick ("the first since the palace meeting of May 2"): never a happening of its own */
  passing?: boolean;
  /** a plural reference ("their talks"): the people its sentence names */
  named?: string[];
  /** told in a live blog: its entries are apart */
  live?: boolean;
  /** paragraph index (statements) */
  para?: number;
  /** told as what came next ("straight afterwards", "and then"): a new happening unless all its people are already in the one it would join */
  sequel?: boolean;
  /** the sentence says the adjunct's subject took part ("the head of the delegation, X, said after the talks") */
  tookPart?: boolean;
  /** the rules that fired for this candidate, in order */
  why: Why[];
}

export interface Cluster {
  type: EventType;
  cands: Cand[];
  participants: string[];
  main: string[];
  /** first and last sentence of its mentions */
  first: number;
  last: number;
  /** best date, place and all statuses of its mentions (kept up to date by addCand) */
  date: DateChoice;
  place: string | null;
  placeRank: number;
  statuses: Set<EventStatus>;
  /** stems of its trigger words */
  words: Set<string>;
  /** sentence → order of its first non-reference mention there */
  eventSentences: Map<number, number>;
  /** every sentence it is mentioned in */
  sentences: Set<number>;
  /** rules that fired for the cluster as a whole (dates settled after clustering) */
  why?: Why[];
}


export const DATE_RANK: Record<DateSource, number> = { explicit: 4, anchored: 3, range: 2, published: 1, none: 0 };
