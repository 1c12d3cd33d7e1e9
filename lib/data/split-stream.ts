/**
 * The explorer's split files one at a time (pure; no filesystem): the same paths and bytes as
 * splitFiles (lib/data/split.ts), in the same order, but made lazily, so that the writer can write each
 * and drop it — at 10,000 documents the files are ~220 MB of text, never all held at once. The index
 * (index.json and its pages) is made first and released before the event chunks and documents.
 */
import type { Dataset } from '../schema';
import { CHUNK } from './chunk';
import { chunkPath, documentPath } from './files';
import { pagePath } from './pages';
import { encodePaged } from './pages-encode';
import { toDocumentFiles, toEventChunks, toIndex, type Positions } from './split';

function* indexEntries(dataset: Dataset, positions: Positions): Generator<[string, string]> {
  const { head, pages } = encodePaged(toIndex(dataset, positions));
  yield ['index.json', JSON.stringify(head)];
  for (const [key, page] of pages) yield [pagePath(key), JSON.stringify(page)];
}

function* chunkEntries(dataset: Dataset): Generator<[string, string]> {
  for (let n = 0; n * CHUNK < dataset.events.length; n++) {
    // the chunk's events alone: toEventChunks of them is the chunk splitFiles makes
    const [chunk] = toEventChunks({ ...dataset, events: dataset.events.slice(n * CHUNK, (n + 1) * CHUNK) });
    yield [chunkPath(n), JSON.stringify(chunk)];
  }
}

function* documentEntries(dataset: Dataset): Generator<[string, string]> {
  for (const doc of toDocumentFiles(dataset)) yield [documentPath(doc.id), JSON.stringify(doc)];
}

/** splitFiles(dataset, positions)'s entries, made one at a time. */
export function* splitEntries(dataset: Dataset, positions: Positions): Generator<[string, string]> {
  yield* indexEntries(dataset, positions);
  yield* chunkEntries(dataset);
  yield* documentEntries(dataset);
}
