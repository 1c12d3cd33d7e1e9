/**
 * Full garbage collections asked for where V8 would not make them soon enough for the process's peak memory.
 *
 * Why: V8 collects its old space only when the heap reaches a limit set at the last full collection, and with
 * this machine's default heap size (4 GB) that limit is up to 4× what was then alive — in the search thread
 * at 10,000 documents ~540 MB of heap for ~120 MB alive.
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
