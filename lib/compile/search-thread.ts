/**
 * The search index (MiniSearch over names, titles and every quote: the write
 * side's biggest part) built on a worker thread while this thread serialises,
 * reports and lays out: the same files as searchFiles here. null when a
 * thread cannot start; the caller then builds it here.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset } from '../schema';
import type { SearchSource } from '../search/build';

/** What the search index reads of a dataset (lib/search/build.ts searchDocs): no texts, no offsets. */
export function searchSource(d: Dataset): SearchSource {
  return {
    actors: d.actors,
    events: d.events.map((e) => ({ id: e.id, type: e.type, title: e.title, date: e.date, location: e.location, evidence: e.evidence.map((q) => ({ quote: q.quote })) })),
  };
}

export function searchInThread(root: string, source: SearchSource): Promise<Map<string, string>> | null {
  try {
    const req = createRequire(join(root, 'package.json'));
    const tsx = req.resolve('tsx/cjs/api');
    const file = join(root, 'lib', 'search', 'build.ts');
    const code = [
      `require(${JSON.stringify(tsx)}).register();`,
      `const { parentPort } = require('node:worker_threads');`,
      `const { searchFiles } = require(${JSON.stringify(file)});`,
      `parentPort.once('message', (s) => parentPort.postMessage(searchFiles(s)));`,
    ].join('\n');
    const w = new Worker(code, { eval: true });
    return new Promise<Map<string, string>>((resolve, reject) => {
      w.once('message', (json: Map<string, string>) => {
        void w.terminate();
        resolve(json);
      });
      w.once('error', (e) => {
        void w.terminate();
        reject(e);
      });
      w.postMessage(source);
    });
  } catch {
    return null;
  }
}
