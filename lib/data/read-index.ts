/** The explorer's index read from its files at build time or in tests (lib/data/server.ts): never in the browser bundle. */
import type { DataIndex } from '../schema';
import { decodeIndex, isIndexWire } from './codec';
import { decodePaged, DOCUMENTS_PATH, isPagedHead, pagePath, type DocumentsWire, type PageWire } from './pages';

/** The whole index from its files (`read(path)` gives a data file's text): the paged head, its pages and documents, or a single-file index. */
export function readIndex(read: (path: string) => string): DataIndex {
  const raw = JSON.parse(read('index.json')) as unknown;
  if (isPagedHead(raw)) return decodePaged(raw, raw.pages.map((p) => JSON.parse(read(pagePath(p.key))) as PageWire), JSON.parse(read(DOCUMENTS_PATH)) as DocumentsWire);
  return isIndexWire(raw) ? decodeIndex(raw) : (raw as DataIndex);
}
