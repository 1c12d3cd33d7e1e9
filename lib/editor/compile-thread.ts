/**
 * The dev loop compiles on a worker thread of its own, so that its main thread
 * stays free: a SIGTERM or Ctrl-C is answered at once even in the middle of a
 * long compile (tsx force-kills a child that does not answer a signal within
 * 60 ms, which left the loop's status file and lock behind). The thread lives
 * as long as the loop: modules, the NLP model and memory caches are loaded once.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from '../schema';

export interface ThreadRun {
  ok: boolean;
  problems: Problem[];
  /** the report's summary (formatSummary) when the compile succeeded */
  summary: string | null;
  hash: string | null;
  ms: number;
}

export interface CompileThread {
  run(root: string): Promise<ThreadRun>;
  close(): Promise<void>;
}

export function compileThread(): CompileThread {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (r: ThreadRun) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
    worker = null;
  };
  const start = (): Worker => {
    const req = createRequire(__filename);
    const tsx = req.resolve('tsx/cjs/api');
    const file = join(__dirname, 'compile-thread-worker.ts');
    const w = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`, { eval: true });
    w.on('message', (m: ThreadRun & { id: number; error?: string }) => {
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      if (!p) return;
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve({ ok: m.ok, problems: m.problems, summary: m.summary, hash: m.hash, ms: m.ms });
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => failAll(new Error(`the compile thread stopped (exit code ${code})`)));
    return w;
  };
  return {
    run(root) {
      worker ??= start();
      const id = ++next;
      const w = worker;
      return new Promise<ThreadRun>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.postMessage({ id, root });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
