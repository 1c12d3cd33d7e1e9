/**
 * npx tsx scripts/profile-parallel.ts DIR [--docs N] [--workers 2] [--no-cache]
 *
 * A cold compileProject() of the corpus in DIR (workers, a fresh cache in DIR/.profile-cache unless --no-cache) with
 * the worker pools' time per kind of task (lib/compile/parallel/pool.ts PoolStats): for each worker its chunks' time
 * out (sent → answered), computed (on the worker) and idle (the stage's span minus time out), this thread's time
 * sending (the structured clone of the chunks), and out minus computed (the clones both ways and the wait for this
 * thread). Prints stage wall/CPU and the dataset's hash. Prints figures; asserts nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import type { StageTimings } from '../lib/compile';
import { hashOf, stableJson } from '../lib/compile/emit';
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
  const timings: StageTimings = {};
  const cpu: StageTimings = {};
  const poolStats: PoolStats = {};
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await compileProject(inputs, { cacheDir, timings, cpu, poolStats, workers: opt('workers') ? Number(opt('workers')) : undefined });
  const c = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  const round = (o: StageTimings) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v!)]));
  console.log(`${inputs.documents.length} documents, wall ${(wall / 1000).toFixed(2)} s, cpu (all threads) ${((c.user + c.system) / 1e6).toFixed(2)} s, hash ${hashOf(stableJson(result.dataset))}`);
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
  console.log(`  all pools: out ${f(out)} ms, computed ${f(computed)} ms, out − computed ${f(out - computed)} ms · peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
