/**
 * npx tsx scripts/profile-parallel.ts DIR [--docs N] [--workers 2] [--no-cache] [--memory]
 *
 * A cold compileProject() of the corpus in DIR (workers, a fresh cache in DIR/.profile-cache unless --no-cache) with
 * the worker pools' time per kind of task (lib/compile/parallel/pool.ts PoolStats): for each worker its chunks' time
 * out (sent → answered), computed (on the worker) and idle (the stage's span minus time out), this thread's time
 * sending (the structured clone of the chunks), and out minus computed (the clones both ways and the wait for this
 * thread). Prints stage wall/CPU and the dataset's hash. With --memory (best under `PARLEY_HEAP_GC=1 node --expose-gc --import tsx`: heaps after a full collection): this
 * thread's heap and the RSS at the end of every step, and each pool's workers' heap. Prints figures; asserts nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import type { StageTimings } from '../lib/compile';
import { hashOfValue } from '../lib/compile/emit';
import { compileProject } from '../lib/compile/parallel/project';
import type { PoolStats } from '../lib/compile/parallel/pool';

const argv = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const dir = argv[0];

async function main() {
  const inputs = load(dir, dir);
  const n = opt('docs');
  if (n) inputs.documents = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, Number(n));
  const cacheDir = argv.includes('--no-cache') ? null : join(dir, '.profile-cache');
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  // memory at every stage boundary (the stage clock writes `timings` at each): this thread's heap in use (after a full
  // collection when run with --expose-gc: what is held, not garbage), the process's RSS (all threads) and its peak
  const marks: { stage: string; heapMb: number; rssMb: number; peakMb: number }[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const timings: StageTimings = new Proxy({} as StageTimings, {
    set(t, k, v) {
      (t as Record<string, unknown>)[k as string] = v;
      if (argv.includes('--memory')) {
        gc?.();
        const m = process.memoryUsage();
        marks.push({ stage: String(k), heapMb: mb(m.heapUsed), rssMb: mb(m.rss), peakMb: Math.round(process.resourceUsage().maxRSS / 1024) });
      }
      return true;
    },
  });
  const cpu: StageTimings = {};
  const poolStats: PoolStats = {};
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await compileProject(inputs, { cacheDir, timings, cpu, poolStats, workers: opt('workers') ? Number(opt('workers')) : undefined });
  const c = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  const round = (o: StageTimings) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v!)]));
  console.log(`${inputs.documents.length} documents, wall ${(wall / 1000).toFixed(2)} s, cpu (all threads) ${((c.user + c.system) / 1e6).toFixed(2)} s, hash ${hashOfValue(result.dataset)}, ${result.dataset.actors.filter((a) => a.discovered).length} people discovered`);
  console.log(`  wall ms ${JSON.stringify(round(timings))}\n  cpu ms  ${JSON.stringify(round(cpu))}`);
  const f = (x: number) => Math.round(x).toLocaleString('en');
  let out = 0;
  let computed = 0;
  for (const [kind, s] of Object.entries(poolStats)) {
    const per = s.outMs.map((o, k) => `w${k} out ${f(o)} / computed ${f(s.computeMs[k])} / idle ${f(s.spanMs - o)}`).join(' · ');
    const o = s.outMs.reduce((a, b) => a + b, 0);
    const cm = s.computeMs.reduce((a, b) => a + b, 0);
    out += o;
    computed += cm;
    console.log(`  ${kind.padEnd(10)} ${s.tasks} tasks in ${s.chunks} chunks, span ${f(s.spanMs)} ms, sending ${f(s.sendMs)} ms · ${per} · out − computed ${f(o - cm)} ms (${((100 * (o - cm)) / o).toFixed(0)} %)`);
  }
  if (marks.length) {
    // consecutive marks of one stage folded: the last of each run
    const runs: typeof marks = [];
    for (const m of marks) if (runs.length && runs[runs.length - 1].stage === m.stage) runs[runs.length - 1] = m; else runs.push(m);
    console.log(`  memory at the end of each step (this thread's heap${gc ? ' after a full collection' : ''} / RSS all threads / peak RSS so far, MB):`);
    console.log('    ' + runs.map((m) => `${m.stage} ${m.heapMb}/${m.rssMb}/${m.peakMb}`).join(' · '));
    console.log('  workers\' heap in use after their chunks, most per kind of task (MB): ' + Object.entries(poolStats).map(([kind, s]) => `${kind} ${(s.heapMb ?? []).map((x) => Math.round(x)).join('/')}`).join(' · '));
  }
  console.log(`  all pools: out ${f(out)} ms, computed ${f(computed)} ms, out − computed ${f(out - computed)} ms · peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
