/**
 * Test helpers of the keep stage (not used by the compiler): a merged event whose one evidence is a quote of a
 * document's text, as the keep and stale tests build them.
 */
import type { DatasetEvent } from '../../schema';
import type { KeepDoc } from './features';

/** an event of `doc` with `quote` (which must be in its text) as its one evidence; `over` replaces fields */
export function keepEvent(doc: KeepDoc, id: string, type: DatasetEvent['type'], quote: string, date: string, over: Partial<DatasetEvent> = {}): DatasetEvent {
  const start = doc.text.indexOf(quote);
  if (start < 0) throw new Error(`not in the text: ${quote}`);
  return {
    id,
    type,
    title: id,
    date,
    location: null,
    participants: ['alder', 'birch'],
    evidence: [{ documentId: doc.id, quote, start, end: start + quote.length }],
    confidence: 0.8,
    status: 'happened',
    dateInfo: { expression: null, reference: null, precision: 'day', range: null },
    respondsTo: [],
    disagreements: [],
    edited: null,
    rules: [],
    ...over,
  };
}
