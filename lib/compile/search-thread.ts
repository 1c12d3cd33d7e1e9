/**
 * The search index (MiniSearch over names, titles and every quote: the write side's biggest part) built on a
 * worker thread while this thread serialises, reports, lays out and splits. The thread writes each file
 * (search.json, then the quote shards) into the staging folder as soon as it is made (lib/compile/staging.ts),
 * so no shard is held or sent back: the same files as writeSearch here. null when a thread cannot start; the
 * caller then builds it here.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Dataset } from '../schema';
import type { SearchSource } from '../search/build';

/** What the search index reads of a dataset (lib/search/build.ts): no texts, no offsets. */
export function searchSource(d: Dataset): SearchSource {
  return {
    actors: d.actors,
    events: d.events.map((e) => ({ id: e.id, type: e.type, title: e.title, date: e.date, location: e.location, evidence: e.evidence.map((q) => ({ quote: q.quote })) })),
  };
}

/** What the thread wrote: files (written or linked) and bytes written. */
export interface SearchWritten {
  files: number;
  bytes: number;
}

/**
 * Builds the search files on a thread, writing them into `stagingDir` (linking those `outDir` already has).
 * Resolves when all are written; rejects when the thread fails. `source` is made here only when the thread
 * has started (a function, so that the copy is dropped as soon as it has been sent).
 */
export function searchInThread(root: string, source: () => SearchSource, stagingDir: string, outDir: string): Promise<SearchWritten> | null {
  let w: Worker;
  try {
    const req = createRequire(join(root, 'package.json'));
    const tsx = req.resolve('tsx/cjs/api');
    const emit = join(root, 'lib', 'search', 'emit.ts');
    const staging = join(root, 'lib', 'compile', 'staging.ts');
    const code = [
      `require(${JSON.stringify(tsx)}).register();`,
      `const { parentPort } = require('node:worker_threads');`,
      `const { writeSearchStaged } = require(${JSON.stringify(emit)});`,
      `const { StagedWriter } = require(${JSON.stringify(staging)});`,
      `parentPort.once('message', ({ source, stagingDir, outDir }) => {`,
      `  const writer = new StagedWriter(stagingDir, outDir);`,
      `  writeSearchStaged(writer, source);`,
      `  parentPort.postMessage({ files: writer.files, bytes: writer.bytes });`,
      `});`,
    ].join('\n');
    w = new Worker(code, { eval: true });
  } catch {
    return null;
  }
  return new Promise<SearchWritten>((resolve, reject) => {
    w.once('message', (r: SearchWritten) => {
      void w.terminate();
      resolve(r);
    });
    w.once('error', (e) => {
      void w.terminate();
      reject(e);
    });
    w.once('exit', (code) => reject(new Error(`the search thread stopped (exit code ${code})`)));
    w.postMessage({ source: source(), stagingDir, outDir });
  });
}
