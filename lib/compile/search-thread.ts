/**
 * The search index (MiniSearch over names, titles and every quote) built on a worker thread while this thread
 * writes the dataset, the report and the split files. The thread writes each file (search.json, then the quote
 * shards) into the staging folder as soon as it is made (lib/compile/staging.ts), so no shard is held or sent
 * back: the same files as writeSearch here. null when a thread cannot start; the caller then builds it here.
 */
import type { Dataset } from '../schema';
import { quotesOf, type SearchSource } from '../search/build';
import { writeSearchStaged } from '../search/emit';
import { StagedWriter } from './staging';
import { HeapBound } from './gc';
import { runInThread, type Threaded } from './thread';

/**
 * What the search index reads of a dataset (lib/search/build.ts), as the thread is sent it: no texts, no offsets,
 * each event's quotes one string (its distinct quotes joined, as a quote shard indexes them; none when it has no
 * evidence) instead of an object per quote — at 10,000 documents the thread's copy of the source 116 → N MB.
 */
export function searchSource(d: Dataset): SearchSource {
  return {
    actors: d.actors,
    events: d.events.map((e) => ({ id: e.id, type: e.type, title: e.title, date: e.date, location: e.location, quotes: e.evidence.length ? quotesOf(e) : undefined })),
  };
}

/** What the thread wrote: files (written or linked) and bytes written; its heap's largest size seen (MB) and the collections asked for. */
export interface SearchWritten {
  files: number;
  bytes: number;
  heapMb?: number;
  collections?: number;
}

interface SearchJob {
  source: SearchSource;
  stagingDir: string;
  outDir: string;
}

/** On the thread: the search files written into the staging folder. */
export function writeSearchJob({ source, stagingDir, outDir }: SearchJob): SearchWritten {
  const writer = new StagedWriter(stagingDir, outDir);
  // each file's garbage collected before it piles up (lib/compile/gc.ts): the thread's heap stays near twice what it holds
  const bound = new HeapBound();
  const sink = {
    mkdir: (rel: string) => writer.mkdir(rel),
    write: (rel: string, text: string) => {
      writer.write(rel, text);
      bound.step();
    },
  };
  // the source is this thread's own copy: each shard's quotes are let go once the shard is made
  writeSearchStaged(sink, source, true);
  return { files: writer.files, bytes: writer.bytes, heapMb: bound.peakMb, collections: bound.collections };
}

/**
 * Builds the search files on a thread, writing them into `stagingDir` (linking those `outDir` already has).
 * Resolves when all are written; rejects when the thread fails. `source` is made only once the thread has
 * started (a function, so that the copy is dropped as soon as it has been sent).
 */
export function searchInThread(root: string, source: () => SearchSource, stagingDir: string, outDir: string): Threaded<SearchWritten> | null {
  return runInThread<SearchJob, SearchWritten>(root, 'lib/compile/search-thread.ts', 'writeSearchJob', () => ({ source: source(), stagingDir, outDir }));
}
