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
import { codeRoot, compilerVersion, DiskCache, sha } from '../lib/compile/cache';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import type { StageTimings } from '../lib/compile';
import { hashOfValue } from '../lib/compile/emit';
import { compileProject } from '../lib/compile/parallel/project';
import { poolThreadIds, type PoolStats } from '../lib/compile/parallel/pool';
import { threadCpu, threadNames } from '../lib/compile/parallel/threads';

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
  // CPU per thread over every step between two stage-clock calls (Linux, /proc): this thread's, the pool's workers', the
  // other threads' (V8's helpers: the collector's parallel and concurrent work, the optimising compiler's)
  const steps: { stage: string; wall: number; main: number; other: number; workers: Map<number, number>; lost: number }[] = [];
  let lastCpu = threadCpu();
  let lastT = performance.now();
  const timings: StageTimings = new Proxy({} as StageTimings, {
    set(t, k, v) {
      (t as Record<string, unknown>)[k as string] = v;
      const now = threadCpu();
      const at = performance.now();
      const step = { stage: String(k), wall: at - lastT, main: 0, other: 0, workers: new Map<number, number>(), lost: 0 };
      for (const [tid, ms] of now) {
        const d = ms - (lastCpu.get(tid) ?? 0);
        if (tid === process.pid) step.main += d;
        else if (poolThreadIds.has(tid)) step.workers.set(tid, d);
        else step.other += d;
      }
      for (const tid of lastCpu.keys()) if (!now.has(tid)) step.lost++;
      steps.push(step);
      lastCpu = now;
      lastT = at;
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
  // the trace's and the problems' hashes, and the saved merge state's (read back from the cache, as JSON: maps as their
  // entries, typed arrays in hex — its v8-serialised bytes differ between two runs of the same compile)
  const saved = cacheDir ? new DiskCache(cacheDir, compilerVersion(codeRoot())).get<unknown>('merge', sha('merge-state')) : undefined;
  const canon = (_k: string, v: unknown) => (v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') : v);
  const stateHash = saved === undefined ? 'none' : createHash('sha256').update(JSON.stringify(saved, canon)).digest('hex').slice(0, 16);
  console.log(`  trace ${hashOfValue(result.trace)} · problems ${hashOfValue(result.problems)} · merge state ${stateHash}`);
  console.log(`  wall ms ${JSON.stringify(round(timings))}\n  cpu ms  ${JSON.stringify(round(cpu))}`);
  const f = (x: number) => Math.round(x).toLocaleString('en');
  if (steps.length) {
    // the steps in order (consecutive steps of one stage folded), then by stage: wall, and the CPU of this thread, of each
    // pool worker (in the order they first worked) and of the other threads. A step where the workers used under a tenth
    // of its wall time ran on this thread alone ("one thread"): the other core had only V8's helpers' work.
    const tids = [...new Set(steps.flatMap((r) => [...r.workers.keys()]))];
    type Row = { wall: number; main: number; other: number; w: number[]; lost: number };
    const add = (r: Row, x: (typeof steps)[number]) => {
      r.wall += x.wall;
      r.main += x.main;
      r.other += x.other;
      r.lost += x.lost;
      tids.forEach((t, i) => (r.w[i] += x.workers.get(t) ?? 0));
    };
    const row = (): Row => ({ wall: 0, main: 0, other: 0, w: tids.map(() => 0), lost: 0 });
    const line = (name: string, r: Row) =>
      `    ${name.padEnd(14)} wall ${f(r.wall).padStart(7)} · main ${f(r.main).padStart(7)} · workers ${r.w.map((x) => f(x).padStart(7)).join(' ')} · other ${f(r.other).padStart(6)}${r.lost ? ` (${r.lost} threads ended)` : ''}`;
    const oneThread = (r: Row) => r.w.reduce((a, b) => a + b, 0) < 0.1 * r.wall;
    console.log(`  CPU ms per thread, step by step (this thread · pool workers · other threads: V8's helpers; * one thread):`);
    const runs: { stage: string; r: Row }[] = [];
    for (const x of steps) {
      const last = runs[runs.length - 1];
      if (last && last.stage === x.stage) add(last.r, x);
      else {
        const r = row();
        add(r, x);
        runs.push({ stage: x.stage, r });
      }
    }
    const one = row();
    for (const { stage, r } of runs) {
      if (oneThread(r)) add(one, { stage, wall: r.wall, main: r.main, other: r.other, workers: new Map(tids.map((t, i) => [t, r.w[i]])), lost: r.lost });
      console.log(line(`${oneThread(r) ? '*' : ' '} ${stage}`, r));
    }
    console.log(`  by stage:`);
    const byStage = new Map<string, Row>();
    const all = row();
    for (const x of steps) {
      let r = byStage.get(x.stage);
      if (!r) byStage.set(x.stage, (r = row()));
      add(r, x);
      add(all, x);
    }
    for (const [stage, r] of byStage) console.log(line(`  ${stage}`, r));
    console.log(line('  all', all));
    console.log(line('* one thread', one));
    // the other threads' CPU since the process started, by thread name (those alive at the end)
    const names = threadNames();
    const byName = new Map<string, { ms: number; n: number }>();
    for (const [tid, ms] of threadCpu()) {
      if (tid === process.pid || poolThreadIds.has(tid)) continue;
      const name = names.get(tid) ?? '?';
      const e = byName.get(name) ?? { ms: 0, n: 0 };
      e.ms += ms;
      e.n++;
      byName.set(name, e);
    }
    console.log(`  other threads (id: CPU ms since the start): ${[...threadCpu()].filter(([t]) => t !== process.pid && !poolThreadIds.has(t)).map(([t, ms]) => `${t - process.pid}: ${f(ms)}`).join(' · ')}`);
    console.log(`  other threads by name (CPU ms since the start): ${[...byName].sort((a, b) => b[1].ms - a[1].ms).map(([k, e]) => `${k} ×${e.n} ${f(e.ms)}`).join(' · ')}`);
  }
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
