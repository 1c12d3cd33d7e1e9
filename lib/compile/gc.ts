/**
 * Full garbage collections asked for where V8 would not make them soon enough for the process's peak memory.
 *
 * Why: V8 collects its old space only when the heap reaches a limit set at the last full collection, and with
 * this machine's default heap size (4 GB) that limit is up to 4× what was then alive.
 * - The write side's start (writeStarts), in a process that compiles once (`npm run compile`, the benches): at
 *   10,000 documents the compile ends with ~2.0 GB of heap of which ~0.6 GB is alive (the merge's and the people
 *   stages' working sets are garbage by then), and the write side used to add its own memory and its threads' on
 *   top of that garbage. A long-lived process (the dev loop, which keeps its merge state between compiles: ~1.7 GB
 *   alive, ~2 s of CPU to collect) does not ask for it.
 * - Between the search thread's files (HeapBound): ~540 MB of heap for ~120 MB alive at 10,000 documents.
 *
 * The collector is called through `globalThis.gc` when Node was started with --expose-gc, else through a
 * context made while that flag is set for a moment (V8's documented way to reach it at run time).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | null | undefined;

function collectorOf(): (() => void) | null {
  if (collector !== undefined) return collector;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return (collector = exposed);
  try {
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  } catch {
    collector = null;
  } finally {
    // no context made later gets a gc function
    setFlagsFromString('--no-expose-gc');
  }
  return typeof collector === 'function' ? collector : (collector = null);
}

/** A full collection now; false when the collector cannot be reached. */
export function collectGarbage(): boolean {
  const gc = collectorOf();
  if (!gc) return false;
  gc();
  return true;
}

let beforeWriting = false;

/**
 * Whether the write side starts with a full collection (writeStarts): set by the processes that compile once and
 * then write (scripts/compile.ts, the benches); off by default (tests, the dev loop).
 */
export function collectBeforeWriting(on?: boolean): boolean {
  if (on !== undefined) beforeWriting = on;
  return beforeWriting;
}

const started = new WeakSet<object>();
let lastMs: number | null = null;

/**
 * Called by each part of the write side that can come first (the layout thread's start, dataset.json) with the
 * dataset being written: the first call for a dataset collects the garbage (when collectBeforeWriting), before
 * any thread's heap or file is added to it. The collection's ms, or null when none was made now.
 */
export function writeStarts(dataset: object): number | null {
  if (!beforeWriting || started.has(dataset)) return null;
  started.add(dataset);
  const t0 = performance.now();
  if (!collectGarbage()) return null;
  return (lastMs = performance.now() - t0);
}

/** The ms of the last collection writeStarts made (bench-write prints it), or null. */
export const lastCollectionMs = (): number | null => lastMs;

/**
 * A bound on this thread's heap over a job made of many like steps (the search thread's files): after a step,
 * when the heap holds more than `factor` × what was alive after the last collection (and more than `floor`
 * bytes), it is collected. V8 alone lets a thread's heap grow to up to 4× what was alive at its last full
 * collection; a step's garbage is what it built for one file. `peakMb`: the largest heap (committed) seen.
 */
export class HeapBound {
  collections = 0;
  private peak = 0;
  private limit: number;

  constructor(
    private readonly factor = 2,
    private readonly floor = 64 << 20,
  ) {
    this.limit = Math.max(floor, factor * getHeapStatistics().used_heap_size);
    this.seen();
  }

  private seen(): void {
    this.peak = Math.max(this.peak, getHeapStatistics().total_heap_size);
  }

  /** After a step: collect when the heap has outgrown the bound. */
  step(): void {
    this.seen();
    if (getHeapStatistics().used_heap_size <= this.limit || !collectGarbage()) return;
    this.collections++;
    this.limit = Math.max(this.floor, this.factor * getHeapStatistics().used_heap_size);
  }

  get peakMb(): number {
    this.seen();
    return Math.round(this.peak / 1048576);
  }
}
