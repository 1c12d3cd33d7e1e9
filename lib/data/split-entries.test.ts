import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { compile } from '../compile';
import { load } from '../compile/load';
import { computePositions } from '../compile/layout';
import type { Dataset } from '../schema';
import { CHUNK } from './chunk';
import { chunkPath, documentPath, splitEntries, toDocumentFiles, toEventChunks, toIndex, type Positions } from './split';
import { encodePaged } from './pages-encode';
import { DOCUMENTS_PATH, pagePath } from './pages';

/** The split files built whole, the plain definition the streamed entries must equal (index, pages, documents, every chunk, every document). */
function wholeFiles(dataset: Dataset, positions: Positions): Map<string, string> {
  const files = new Map<string, string>();
  const { head, pages, documents } = encodePaged(toIndex(dataset, positions));
  files.set('index.json', JSON.stringify(head));
  for (const [key, page] of pages) files.set(pagePath(key), JSON.stringify(page));
  files.set(DOCUMENTS_PATH, JSON.stringify(documents));
  toEventChunks(dataset).forEach((c, n) => files.set(chunkPath(n), JSON.stringify(c)));
  for (const doc of toDocumentFiles(dataset)) files.set(documentPath(doc.id), JSON.stringify(doc));
  return files;
}

describe('splitEntries: the split files one at a time', () => {
  const samples = compile(load(join(process.cwd(), 'data'), process.cwd())).dataset;
  // more than one chunk of events (and a last chunk not full)
  const many: Dataset = {
    ...samples,
    events: Array.from({ length: 2 * CHUNK + 7 }, (_, i) => ({ ...samples.events[i % samples.events.length], id: `${samples.events[i % samples.events.length].id}-${i}` })),
  };
  const cases: [string, Dataset][] = [
    ['the fixture', FIXTURE],
    ['the compiled samples', samples],
    ['events over several chunks', many],
    ['no events', { ...FIXTURE, events: [], edges: [] }],
  ];
  for (const [name, d] of cases) {
    it(`${name}: the same paths, bytes and order as the files built whole`, () => {
      const positions = computePositions(d);
      const streamed = [...splitEntries(d, positions)];
      expect(streamed.map(([p]) => p)).toEqual([...wholeFiles(d, positions).keys()]);
      expect(new Map(streamed)).toEqual(wholeFiles(d, positions));
    });
  }
});
