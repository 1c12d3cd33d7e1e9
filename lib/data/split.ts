/**
 * The dataset split for the explorer (pure; no zod, no filesystem):
 *   index.json          the index's head: documents without text, actors, links,
 *                       compiled network positions, the list of pages (lib/data/pages.ts);
 *   index/<key>.json    the index's events without evidence, a page per month
 *                       (in columns on the wire: lib/data/codec.ts);
 *   index/documents.json the documents' titles, outlets, links, dates and kinds (not the head's: not the first draw's);
 *   events/<n>.json     the rest of the events, CHUNK events a file, in index order;
 *   docs/<id>.json      one document's text, kept ranges and every quote pointing into it.
 * emit writes them; browser tests use this to serve a fixture dataset.
 */
import type { DataIndex, Dataset, DatasetEvent, DocumentFile, DocumentQuote, EventChunk, IndexEvent } from '../schema';
import { CHUNK } from './chunk';
import { chunkPath, documentPath, fullEvent } from './files';

export { chunkPath, documentPath, fullEvent };
import { encodePaged } from './pages-encode';
import { DOCUMENTS_PATH, pagePath } from './pages';

export type Positions = DataIndex['positions'];

export { CHUNK };

export function toIndexEvent(e: DatasetEvent, chunk: number): IndexEvent {
  const documentIds = [...new Set(e.evidence.map((ev) => ev.documentId))];
  const week = e.dateInfo.precision === 'week' && e.dateInfo.range ? e.dateInfo.range : null;
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    date: e.date,
    location: e.location,
    participants: e.participants,
    status: e.status,
    confidence: e.confidence,
    respondsTo: e.respondsTo,
    documentIds,
    week,
    chunk,
  };
}

export function toIndex(dataset: Dataset, positions: Positions): DataIndex {
  return {
    schemaVersion: 1,
    documents: dataset.documents.map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, url: d.url, published: d.published, kind: d.kind })),
    actors: dataset.actors,
    events: dataset.events.map((e, i) => toIndexEvent(e, Math.floor(i / CHUNK))),
    edges: dataset.edges,
    positions,
  };
}

export function toEventChunks(dataset: Dataset): EventChunk[] {
  const chunks: EventChunk[] = [];
  dataset.events.forEach((e, i) => {
    const n = Math.floor(i / CHUNK);
    (chunks[n] ??= {})[e.id] = { evidence: e.evidence, dateInfo: e.dateInfo, disagreements: e.disagreements, edited: e.edited, ...(e.rules ? { rules: e.rules } : {}) };
  });
  return chunks;
}

export function toDocumentFiles(dataset: Dataset): DocumentFile[] {
  const quotes = new Map<string, DocumentQuote[]>();
  for (const e of dataset.events) {
    for (const ev of e.evidence) {
      const list = quotes.get(ev.documentId) ?? [];
      list.push({ eventId: e.id, quote: ev.quote, start: ev.start, end: ev.end });
      quotes.set(ev.documentId, list);
    }
  }
  return dataset.documents.map((d) => ({
    id: d.id,
    text: d.text,
    kept: d.kept,
    quotes: (quotes.get(d.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)),
  }));
}

/**
 * Every split file of a dataset as [path relative to the data folder, compact JSON], made one at a time, so that
 * emit can write each and drop it (at 10,000 documents the files are ~220 MB of text, never all held at once).
 * The index (index.json, then its pages) comes first and is released before the event chunks and documents.
 */
export function* splitEntries(dataset: Dataset, positions: Positions): Generator<[string, string]> {
  const { head, pages, documents } = encodePaged(toIndex(dataset, positions));
  yield ['index.json', JSON.stringify(head)];
  for (const [key, page] of pages) yield [pagePath(key), JSON.stringify(page)];
  yield [DOCUMENTS_PATH, JSON.stringify(documents)];
  for (let n = 0; n * CHUNK < dataset.events.length; n++) {
    // the chunk's events alone: toEventChunks of them is the chunk toEventChunks of every event makes
    const [chunk] = toEventChunks({ ...dataset, events: dataset.events.slice(n * CHUNK, (n + 1) * CHUNK) });
    yield [chunkPath(n), JSON.stringify(chunk)];
  }
  for (const doc of toDocumentFiles(dataset)) yield [documentPath(doc.id), JSON.stringify(doc)];
}

/** Every split file of a dataset, by path relative to the data folder (compact JSON). */
export function splitFiles(dataset: Dataset, positions: Positions): Map<string, string> {
  return new Map(splitEntries(dataset, positions));
}
