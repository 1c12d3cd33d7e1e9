/**
 * npx tsx scripts/profile-edit.ts DIR [--cache DIR/.edit-cache] [--out FILE] [--come-and-go]
 *
 * The dev loop's compile thread on a bench corpus, in one process (compileProject with keepMerge): a first compile
 * (cold unless the cache folder holds this compiler version's entries), then edits — new people named in one document,
 * another new person in a second document, the bench's edit (a sentence naming nobody), and back to the start — each
 * compiled as the dev loop would; with --come-and-go, then a document deleted, one added, both, and back again. Prints per compile: wall, CPU (all threads), CPU per stage, the dataset's hash (and the trace's and problems'), cache
 * reads and misses, whether linking ran, and how many second passes were kept or run. Prints figures; asserts nothing.
 */
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import { compileProject, type CacheStats } from '../lib/compile/parallel/project';
import { hashOf, stableJson } from '../lib/compile/emit';
import type { StageTimings } from '../lib/compile';

const dir = process.argv[2];
const argv = process.argv.slice(3);
const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : null);
const cacheDir = opt('cache') ?? join(dir, '.edit-cache');
const inputs = load(dir, dir);
const fmt = (t: StageTimings) => Object.entries(t).map(([k, x]) => `${k} ${Math.round(x!)}`).join(' · ');

async function run(label: string, docs: typeof inputs.documents) {
  const timings: StageTimings = {};
  const cpu: StageTimings = {};
  const stats = {} as CacheStats;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await compileProject({ ...inputs, documents: docs }, { cacheDir, keepMerge: true, timings, cpu, cacheStats: stats });
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const sp = (stats as { secondPass?: { kept: number; ran: number } }).secondPass;
  console.log(
    `${label}: ${(ms / 1000).toFixed(2)} s wall, cpu ${((c.user + c.system) / 1e6).toFixed(2)} s · ${hashOf(stableJson(r.dataset))} (trace ${hashOf(stableJson(r.trace))}, problems ${hashOf(stableJson(r.problems))}) · events ${r.dataset.events.length} · actors ${r.dataset.actors.length}\n` +
      `   wall ${fmt(timings)}\n   cpu  ${fmt(cpu)}\n` +
      `   cache hits ${stats.hits} (memory ${stats.memoryHits}) misses ${stats.misses} · linking ${stats.linking ?? '-'} · second passes ${sp ? `kept ${sp.kept}, ran ${sp.ran}` : '-'}`,
  );
}

void (async () => {
  const docs = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const i = Math.floor(docs.length / 2);
  const with_ = (changes: [number, string][]) => {
    const out = [...docs];
    for (const [k, extra] of changes) out[k] = { ...out[k], body: out[k].body + extra };
    return out;
  };
  const newA: [number, string] = [i + 7, '\nForeign Minister Oskar Quendal met Prime Minister Ilse Varnholt in Vienna on Tuesday.\n'];
  const newB: [number, string] = [i + 13, '\nDefence Minister Maren Ostrovik said Quendal would travel to Oslo.\n'];
  await run('first compile', docs);
  await run('new people (two, one document)', with_([newA]));
  await run('another new person (another document)', with_([newA, newB]));
  await run('bench edit (a sentence naming nobody)', with_([newA, newB, [i, '\nThe talks were described as constructive by both sides.\n']]));
  await run('back to the start', docs);
  if (argv.includes('--come-and-go')) {
    // documents gone and come: one deleted; a new one (another document's text under a new id, a sentence added); both
    const gone = docs.filter((_, k) => k !== i + 3);
    const added = { ...docs[i + 5], id: `${docs[i + 5].id}-copy`, body: docs[i + 5].body + '\nThe talks were described as constructive by both sides.\n' };
    await run('a document deleted', gone);
    await run('a document added', [...docs, added]);
    await run('one deleted, one added', [...gone, added]);
    await run('back to the start again', docs);
  }
  process.exit(0);
})();
