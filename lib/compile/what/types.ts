/**
 * Values private to the "what" stages (events → merge → network). A WhatDocEvent
 * is a DocEvent with optional extras the merge and confidence use; every extra is
 * optional so a plain DocEvent is still accepted.
 */
import type { DocEvent } from '../types';

/** Where an event's date came from, best first. */
export type DateSource = 'explicit' | 'anchored' | 'range' | 'published' | 'none';

export interface DocEventExtras {
  /** how the date was obtained */
  dateSource: DateSource;
  /** for a vague date ("last week"): the days it may be */
  dateRange: { from: string; to: string } | null;
  /** 0..1: how sure the participants are (names 1, fuzzy/pronoun lower) */
  participantCertainty: number;
  /** participants named by the trigger's own clause, most important first */
  mainParticipants: string[];
  /** the document's kind (transcripts weigh less) */
  docKind: 'article' | 'transcript';
  /** the document's publication day */
  published: string;
  /** for a statement: the speaker */
  speaker: string | null;
  /** told as what came next in its report ("straight afterwards", "and then"): never one with another happening of that report */
  sequel: boolean;
}

export type WhatDocEvent = DocEvent & Partial<DocEventExtras>;
