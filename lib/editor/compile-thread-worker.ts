/** The dev loop's compile thread (see compile-thread.ts): one compile per message, modules and caches kept between. */
import { parentPort } from 'node:worker_threads';
import { runCompileParallel } from './run';
import { formatSummary } from './report';

parentPort!.on('message', (msg: { id: number; root: string }) => {
  runCompileParallel({ root: msg.root, write: true, keepMerge: true }).then(
    (r) => parentPort!.postMessage({ id: msg.id, ok: r.ok && !!r.report, problems: r.problems, summary: r.report ? formatSummary(r.report) : null, hash: r.hash, ms: r.ms }),
    (e: unknown) => parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
