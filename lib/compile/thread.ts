/**
 * One function of one of the project's modules run on a worker thread of its own (TypeScript loaded through
 * tsx, as the compile's workers do): the write side runs the search index and the layout beside its own work.
 * The function gets `input` (structured-cloned) and its result is posted back. null when a thread cannot start.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A thread's result, and a way to stop it (resolves once the thread has stopped: nothing of it runs any more). */
export type Threaded<O> = Promise<O> & { stop: () => Promise<void> };

export function runInThread<I, O>(root: string, modulePath: string, exportName: string, input: () => I): Threaded<O> | null {
  let w: Worker;
  try {
    const req = createRequire(join(root, 'package.json'));
    const tsx = req.resolve('tsx/cjs/api');
    const file = join(root, modulePath);
    const code = [
      `require(${JSON.stringify(tsx)}).register();`,
      `const { parentPort } = require('node:worker_threads');`,
      `const fn = require(${JSON.stringify(file)})[${JSON.stringify(exportName)}];`,
      `parentPort.once('message', (input) => parentPort.postMessage(fn(input)));`,
    ].join('\n');
    w = new Worker(code, { eval: true });
  } catch {
    return null;
  }
  const result = new Promise<O>((resolve, reject) => {
    w.once('message', (r: O) => {
      void w.terminate();
      resolve(r);
    });
    w.once('error', (e) => {
      void w.terminate();
      reject(e);
    });
    w.once('exit', (code) => reject(new Error(`the thread running ${exportName} stopped (exit code ${code})`)));
    // made only now that the thread has started, and dropped as soon as it has been sent
    w.postMessage(input());
  });
  return Object.assign(result, { stop: () => w.terminate().then(() => undefined) });
}
