/**
 * A small pool of worker threads running lib/compile/parallel/worker.ts (the
 * TypeScript sources, loaded through tsx's CommonJS hook, so it works under
 * `npx tsx`, `npm run compile` and the tests alike). Tasks are spread over the
 * workers in chunks; results come back in the order of the tasks.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packTask, Strings, unpackResult, type WorkerRequest, type WorkerResponse } from './protocol';

/** the thread ids of every pool worker started in this process (Linux; threads.ts), for the profiling scripts */
export const poolThreadIds = new Set<number>();

export function poolSize(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Where a pool's time goes, per kind of task (filled when given to the pool): for each worker the time its chunks were
 * out (sent → answered) and the time it computed (measured on the worker), and on this thread the time spent sending
 * (postMessage clones the chunk here, synchronously). Out minus computed is the chunk's transfer (the clone on this side
 * and the other, both ways) and its wait for this thread; the stage's span minus a worker's out time is its idle time.
 */
export type PoolStats = Record<string, { tasks: number; chunks: number; spanMs: number; sendMs: number; outMs: number[]; computeMs: number[]; heapMb?: number[] }>;

export class WorkerPool {
  private workers: Worker[] = [];
  private ready: Promise<void>[] = [];
  stats: PoolStats | null = null;
  /** one copy of each short string of the workers' answers, for as long as the pool lives (protocol.ts Strings) */
  private strings = new Strings();

  constructor(root: string, size = poolSize()) {
    const req = createRequire(join(root, 'package.json'));
    const tsx = req.resolve('tsx/cjs/api');
    const file = join(root, 'lib', 'compile', 'parallel', 'worker.ts');
    const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`;
    for (let i = 0; i < size; i++) {
      const young = Number(process.env.PARLEY_YOUNG_MB ?? 0);
      const w = new Worker(code, { eval: true, ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) });
      w.unref();
      this.workers.push(w);
      this.ready.push(new Promise((resolve, reject) => {
        w.once('message', (m: { ready?: number | null }) => {
          if (typeof m?.ready === 'number') poolThreadIds.add(m.ready);
          resolve();
        });
        w.once('error', reject);
      }));
    }
  }

  /** Resolves once every worker has loaded the compiler. */
  async started(): Promise<void> {
    await Promise.all(this.ready);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends every worker the same message (e.g. the actor table) before tasks that need it. */
  async broadcast(msg: WorkerRequest): Promise<void> {
    await Promise.all(this.ready);
    await Promise.all(this.workers.map((w) => call(w, msg)));
  }

  /**
   * Runs `tasks` in chunks over the workers; results in task order. `sent(i)`, when given, is called once task i has
   * been posted (postMessage clones it synchronously): the caller may let go of what only that task needed (memory:
   * e.g. a document's sentences, held otherwise until the whole stage is done).
   */
  async map<T, R>(kind: WorkerRequest['kind'], tasks: T[], chunk = 16, sent?: (i: number) => void): Promise<R[]> {
    await Promise.all(this.ready);
    const out: R[] = new Array(tasks.length);
    let next = 0;
    const st = this.stats ? (this.stats[kind] ??= { tasks: 0, chunks: 0, spanMs: 0, sendMs: 0, outMs: this.workers.map(() => 0), computeMs: this.workers.map(() => 0) }) : null;
    const t0 = performance.now();
    const run = async (w: Worker, k: number) => {
      while (next < tasks.length) {
        const from = next;
        next = Math.min(tasks.length, next + chunk);
        const t = performance.now();
        // (documents packed for the clone: protocol.ts packDoc)
        const items: unknown[] = [];
        for (let i = from; i < next; i++) items.push(packTask(kind, tasks[i]));
        const answer = call(w, { kind, items } as WorkerRequest, st, k);
        items.length = 0;
        if (sent) for (let i = from; i < next; i++) sent(i);
        const res = (await answer) as R[];
        if (st) {
          st.outMs[k] += performance.now() - t;
          st.chunks++;
        }
        for (let i = 0; i < res.length; i++) {
          unpackResult(kind, res[i], this.strings);
          out[from + i] = res[i];
        }
      }
    };
    await Promise.all(this.workers.map(run));
    if (st) {
      st.tasks += tasks.length;
      st.spanMs += performance.now() - t0;
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
    this.strings = new Strings();
  }
}

function call(w: Worker, msg: WorkerRequest, st?: PoolStats[string] | null, k = 0): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (res: WorkerResponse) => {
      w.off('error', onError);
      if (st && res.ok) {
        st.computeMs[k] += res.ms ?? 0;
        // the most heap worker k held after a chunk of this kind
        if (res.heap !== undefined) (st.heapMb ??= st.outMs.map(() => 0))[k] = Math.max(st.heapMb[k] ?? 0, res.heap / 2 ** 20);
      }
      if (res.ok) resolve(res.value);
      else reject(Object.assign(new Error(res.message), { stack: res.stack }));
    };
    const onError = (e: Error) => {
      w.off('message', onMessage);
      reject(e);
    };
    w.once('message', onMessage);
    w.once('error', onError);
    const t = st ? performance.now() : 0;
    w.postMessage(msg);
    if (st) st.sendMs += performance.now() - t;
  });
}
