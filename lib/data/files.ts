/**
 * The explorer's split files read in the browser (lib/data/split.ts writes them): where an event
 * chunk and a document file live, and an event made whole again from its index entry and its chunk
 * entry. Apart from split.ts so that the explorer's code does not carry the writing side.
 */
import type { DatasetEvent, EventChunk, IndexEvent } from '../schema';

/** The whole event again: its index entry and its chunk entry. */
export function fullEvent(e: IndexEvent, detail: EventChunk[string]): DatasetEvent {
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    date: e.date,
    location: e.location,
    participants: e.participants,
    evidence: detail.evidence,
    confidence: e.confidence,
    status: e.status,
    dateInfo: detail.dateInfo,
    respondsTo: e.respondsTo,
    disagreements: detail.disagreements,
    edited: detail.edited,
    ...(detail.rules ? { rules: detail.rules } : {}),
  };
}

/** Where a document's file lives, relative to the data folder. Ids are slugs, safe as file names. */
export function documentPath(id: string): string {
  return `docs/${encodeURIComponent(id)}.json`;
}

export function chunkPath(n: number): string {
  return `events/${n}.json`;
}

