import type { DatasetEvent } from '../schema';
import type { DocEvent, SentencedDoc } from './types';

export interface MergeResult {
  events: DatasetEvent[];
  merges: { eventId: string; documentIds: string[] }[];
}

/** STUB (to be replaced): one event per document event. */
export function mergeEvents(docEvents: DocEvent[], docs: SentencedDoc[]): MergeResult {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const events = docEvents.map((e, i) => ({
    id: `${e.type}-${i}`,
    type: e.type,
    title: e.title,
    date: e.date,
    location: e.location,
    participants: e.participants,
    evidence: e.evidence.map((s) => ({ documentId: e.docId, quote: byId.get(e.docId)!.body.slice(s.start, s.end), start: s.start, end: s.end })),
    confidence: 0.5,
    status: e.status,
    dateInfo: e.dateInfo,
    respondsTo: e.respondsTo,
    disagreements: [],
    edited: null,
  }));
  return { events, merges: [] };
}
