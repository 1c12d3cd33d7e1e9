/**
 * npm run bench [-- --docs N] [--sizes 500,1000,2000] [--actors 2000] [--seed 1] [--mode serial|parallel|all]
 *                [--timeout 900] [--incremental]
 *
 * Builds a corpus from REAL text (lib/bench/corpus.ts: the sample and eval
 * documents' lines with their noise, people swapped for an invented pool, the
 * same happening reported by several documents, ~630 words a document) into
 * .parley/bench/, then compiles it in a fresh process per size and prints
 * time, per-stage ms/document, words/s, peak RSS, actors found vs the pool and
 * the ratio to a floor measured in the same run (read the files + Intl.Segmenter
 * sentence split). Without --docs/--sizes: 2,000 and 10,000 documents and the
 * 10k/2k ratio (linear = 5). Prints figures; asserts nothing.
 *   --mode serial      compile() in one thread (the pure function the tests use)
 *   --mode parallel    compileProject(): worker threads + cache, as `npm run compile` (default)
 *   --incremental      with parallel: also edits one document and times the recompile (warm cache)
 *   --keep             keep the corpus folders (they are rebuilt only when options change)
 *   --no-write         skip the write side (by default, after the compile, the bench times what
 *                      `npm run compile` does next: serialise, report, layout, split files, search
 *                      index, writing — per part, with bytes — into <corpus>/.bench-out/)
 *   --write-from DIR   time only the write side, from DIR/dataset.json (a compiled out folder)
 *                      then, in a fresh process, compiles the corpus again with that warm cache (the edit undone:
 *                      one document changed since the cache was written, as after a redeploy or a restarted server)
 *   --edit-prof FILE   with --incremental: a CPU profile of the edit's compile alone, into FILE (.cpuprofile)
 *   --edits-prof FILE  with --edits N (N > 1): one CPU profile of the later edits' compiles together, into FILE
 *                      (--prof-interval µs: its sampling interval, default 1000)
 *   --edits N          with --incremental: N edits in the process, the first as above, each later one the sentence
 *                      naming nobody added to the next document (printed apart: the first edit after a cold compile
 *                      is the figure; the later ones show what a warmed-up dev loop pays)
 *   --change KIND      with --incremental, what the edit is: `edit` (default: a sentence naming nobody added to one
 *                      document), `host` (a sign-off naming a new host added to one: the who stage's media people change),
 *                      `delete` (a document naming media people deleted: the same). With `host` or `delete`, after the
 *                      fresh process that compiles the corpus as it was, a second one compiles it with the change again:
 *                      a redeploy of that change, its cache last written by a compile without it
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildCorpus, type CorpusInfo } from '../lib/bench/corpus';
import { refreshPeople } from '../lib/bench/people';
import { readCompiled } from '../lib/bench/compiled';
import type { CacheStats } from '../lib/compile/parallel/project';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const num = (name: string, dflt: number) => (opt(name) === null ? dflt : Number(opt(name)));

/** --change: what the bench's edit does to the corpus */
const CHANGES = ['edit', 'host', 'delete'] as const;
type Change = (typeof CHANGES)[number];
const change = (opt('change') ?? 'edit') as Change;
if (!CHANGES.includes(change)) throw new Error(`--change: one of ${CHANGES.join(', ')}`);

interface Measure {
  mode: string;
  docs: number;
  words: number;
  floorMs: number;
  /** removing the last run's cache folder before a cold compile (not in any other figure) */
  clearMs?: number;
  /** the packed cache after the compile: stage → MB on disk */
  cacheMb?: Record<string, number>;
  loadMs: number;
  compileMs: number;
  /** CPU time of the compile (all threads): less sensitive than wall time to other work on the machine */
  cpuMs: number;
  serialiseMs: number;
  stages: Record<string, number>;
  stagesCpu: Record<string, number>;
  /** peak RSS (MB) reached by the end of each stage */
  stagesRss: Record<string, number>;
  peakRssMb: number;
  events: number;
  actors: number;
  discovered: number;
  known: number;
  edges: number;
  hash: string;
  /** the write side after the compile (finishRun + emit, as `npm run compile`): ms and bytes per part */
  write?: { ms: number; parts: Record<string, { ms: number; bytes: number }> };
  /** --warm: the cache counts of the compile */
  warm?: CacheStats;
  /** what the edit (or --changed: the fresh compile) changed in the corpus */
  change?: string;
  incremental?: {
    coldMs: number;
    editMs: number;
    editCpuMs?: number;
    stages: Record<string, number>;
    stagesCpu?: Record<string, number>;
    cache?: CacheStats;
    /** --edits N: the edits after the first (a sentence naming nobody added to another document each time) */
    later?: { ms: number; cpuMs: number; stagesCpu: Record<string, number> }[];
  };
}

if (opt('write-from')) {
  void writeFrom(opt('write-from')!);
} else if (opt('measure')) {
  void measureChild(opt('measure')!, opt('mode') ?? 'parallel', flag('incremental'), !flag('no-write')).then((m) => {
    process.stdout.write(`\nRESULT ${JSON.stringify(m)}\n`);
    process.exit(0);
  });
} else {
  void main();
}

async function main(): Promise<void> {
  const root = process.cwd();
  if (flag('refresh-people')) {
    const p = refreshPeople(root);
    console.log(`lib/bench/text/people.json: ${p.length} people`);
    return;
  }
  const sizes = opt('docs') ? [num('docs', 2000)] : opt('sizes') ? opt('sizes')!.split(',').map(Number) : [2000, 10000];
  const actors = num('actors', 2000);
  const seed = num('seed', 1);
  const timeout = num('timeout', 900);
  const modes = opt('mode') === 'all' ? ['serial', 'parallel'] : [opt('mode') ?? 'parallel'];
  const byMode = new Map<string, Map<number, Measure | null>>();
  for (const docs of sizes) {
    const info = corpusFor(root, docs, actors, seed);
    console.log(
      `\n${fmtInt(info.docs)} documents: ${fmtInt(info.words)} words, ${(info.bytes / 1048576).toFixed(1)} MB; pool ${fmtInt(info.pool)} invented people, ${fmtInt(info.known)} in actors.yaml (seed ${seed}, ${info.dir})`,
    );
    for (const mode of modes) {
      const m = await runChild(info.dir, mode, timeout, flag('incremental'));
      if (!byMode.has(mode)) byMode.set(mode, new Map());
      byMode.get(mode)!.set(docs, m);
      if (!m) {
        console.log(`  [${mode}] not finished after ${timeout} s`);
        continue;
      }
      printMeasure(m, info);
      if (mode === 'parallel' && flag('incremental')) {
        const w = await runChild(info.dir, mode, timeout, false, true);
        if (w) printWarm(w, `fresh process, warm cache (the edit undone: one document changed since the cache was written${change === 'edit' ? '' : ', the media people too'}: a redeploy, a restarted dev server)`);
        if (change !== 'edit') {
          const again = await runChild(info.dir, mode, timeout, false, true, true);
          if (again) printWarm(again, `fresh process, the change again (${again.change}; the cache last written by the compile without it: a redeploy of the change)`);
        }
      }
    }
    if (!flag('keep') && !opt('docs') && !opt('sizes')) rmSync(info.dir, { recursive: true, force: true });
  }
  for (const [mode, ms] of byMode) {
    const a = ms.get(2000);
    const b = ms.get(10000);
    if (sizes.includes(2000) && sizes.includes(10000))
      console.log(`\n[${mode}] 10k/2k time ratio: ${a && b ? `${(b.compileMs / a.compileMs).toFixed(2)} wall, ${(b.cpuMs / a.cpuMs).toFixed(2)} cpu` : b === null ? '> ' + (timeout * 1000 / (a?.compileMs ?? 1)).toFixed(0) : 'n/a'} (linear = 5)`);
    else if (ms.size > 1) {
      const pts = [...ms.entries()].filter(([, m]) => m).sort((x, y) => x[0] - y[0]);
      const line = pts.map(([d, m], i) => (i === 0 ? `${d}` : `${d}: ×${(m!.compileMs / pts[i - 1][1]!.compileMs).toFixed(2)} wall, ×${(m!.cpuMs / pts[i - 1][1]!.cpuMs).toFixed(2)} cpu for ×${(d / pts[i - 1][0]).toFixed(1)} docs`));
      console.log(`\n[${mode}] growth: ${line.join(' · ')}`);
    }
  }
}

function printWarm(w: Measure, what: string): void {
  const fp = w.warm?.firstPass;
  console.log(
    `    ${what}: load ${s(w.loadMs)} + compile ${s(w.compileMs)} (cpu ${s(w.cpuMs)}; cpu ms: ${Object.entries(w.stagesCpu).map(([k, v]) => `${k} ${Math.round(v)}`).join(' · ')}), first passes ${fp ? `made ${fmtInt(fp.ran ?? -1)}, kept across a change of the media people ${fmtInt(fp.kept)}` : '-'}, merge state from ${w.warm?.mergeFrom ?? 'nowhere (full merge)'}${w.warm?.mergeSaved === false ? ' (not saved again: few of its reports made anew)' : w.warm?.mergeSaved ? ' (saved again)' : ''}; cache: ${fmtInt(Object.values(w.warm?.byStage ?? {}).reduce((n, x) => n + x.disk, 0))} entries read from the packs (cache = reading + deserialising them) · dataset ${w.hash}`,
  );
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printMeasure(m: Measure, info: CorpusInfo): void {
  const total = m.loadMs + m.compileMs + m.serialiseMs;
  const per = (ms: number) => (ms / m.docs).toFixed(2);
  const order = ['prepare', 'mentions', 'events', 'merge', 'references', 'keep', 'finalize', 'workers', 'cache', 'keys'];
  const stages = order.filter((k) => m.stages[k] !== undefined).map((k) => `${k} ${per(m.stages[k])}${m.stagesCpu?.[k] !== undefined ? ` (cpu ${per(m.stagesCpu[k])})` : ''}`);
  const toDiscover = info.pool - info.known;
  console.log(`  [${m.mode}] total ${s(total)} = load ${s(m.loadMs)} + compile ${s(m.compileMs)} (cpu ${s(m.cpuMs ?? 0)}) + serialise ${s(m.serialiseMs)}`);
  console.log(`    floor (read files + Intl.Segmenter sentences) ${s(m.floorMs)} → ${(total / m.floorMs).toFixed(0)}× floor`);
  console.log(`    stages, wall ms/document (cpu ms/document, all threads): ${stages.join(' · ')}`);
  console.log(
    `      (prepare: clean, sentences, dates — workers · mentions: who first pass (workers), linking across documents (this thread), second pass (workers) · events: per document (workers) · merge: reports into events across documents (this thread) · references: undated references joined to the dated happening they name · keep: the post-merge precision passes (stale dates, the learned filter when adopted) · finalize: corrections, network edges · workers: starting threads · cache: reading and writing the packed per-document cache · keys: hashing each document's inputs (and the compiler's sources) into its cache keys)`,
  );
  if (m.clearMs !== undefined || m.cacheMb) {
    const mb = Object.entries(m.cacheMb ?? {}).map(([k, v]) => `${k} ${v}`);
    console.log(`    cache: ${mb.length ? `packs after the compile, MB: ${mb.join(' · ')}` : ''}${m.clearMs !== undefined ? ` · removing the last run's cache folder before the cold compile (in no figure above) ${s(m.clearMs)}` : ''}`);
  }
  const rss = order.filter((k) => m.stagesRss?.[k] !== undefined).map((k) => `${k} ${fmtInt(m.stagesRss[k])}`);
  console.log(`    ${fmtInt(Math.round(m.words / (total / 1000)))} words/s · peak RSS ${fmtInt(m.peakRssMb)} MB (peak by the end of: ${rss.join(' · ')})`);
  console.log(
    `    output: ${fmtInt(m.events)} events, ${fmtInt(m.edges)} edges, ${fmtInt(m.actors)} actors: ${fmtInt(m.known)} from actors.yaml, ${fmtInt(m.discovered)} discovered (pool not in actors.yaml: ${fmtInt(toDiscover)}; ${(m.discovered / Math.max(1, toDiscover)).toFixed(2)}×) · dataset ${m.hash}`,
  );
  if (m.write) printWrite(m.write, m.docs);
  if (m.incremental) {
    const inc = m.incremental;
    const st = Object.entries(inc.stages).map(([k, v]) => `${k} ${Math.round(v)}${inc.stagesCpu?.[k] !== undefined ? ` (cpu ${Math.round(inc.stagesCpu[k])})` : ''}`).join(' · ');
    console.log(
      `    incremental (the dev loop's edit: same process, warm disk cache, previous compile's state kept): ${m.change ?? 'one document edited'}, recompiled in ${s(inc.editMs)} wall, cpu ${s(inc.editCpuMs ?? 0)} (ms: ${st})`,
    );
    for (const [k, e] of (inc.later ?? []).entries())
      console.log(`      edit ${k + 2}: ${s(e.ms)} wall, cpu ${s(e.cpuMs)} (cpu ms: ${Object.entries(e.stagesCpu).map(([x, v]) => `${x} ${Math.round(v)}`).join(' · ')})`);
    if (inc.cache) {
      const by = Object.entries(inc.cache.byStage ?? {}).map(([k, v]) => `${k} ${fmtInt(v.memory)}/${fmtInt(v.disk)}`);
      const fp = inc.cache.firstPass;
      console.log(
        `      cache on the edit: ${fmtInt(inc.cache.hits)} entries read (${fmtInt(inc.cache.memoryHits)} from memory; per stage memory/disk: ${by.join(' · ')}), ${fmtInt(inc.cache.misses)} missed, ${fmtInt(inc.cache.written)} written; merge state from ${inc.cache.mergeFrom ?? 'nowhere (full merge)'}; linking ${inc.cache.linking === 'reused' ? 'reused (the edited document reads the same to it)' : 'ran'}; first passes made ${fp?.ran ?? '-'}${fp?.changedKeys != null ? `, kept across a change of the media people ${fmtInt(fp.kept)} (${fp.changedKeys} media keys changed)` : ''}; second passes ${inc.cache.secondPass ? `made ${inc.cache.secondPass.ran}, kept ${inc.cache.secondPass.kept}` : '-'}`,
      );
    }
  }
}

/** The corpus folder for these options, built unless already there with the same options and builder. */
function corpusFor(root: string, docs: number, actors: number, seed: number): CorpusInfo {
  const h = createHash('sha256');
  for (const f of ['lib/bench/corpus.ts', 'lib/bench/sources.ts', 'lib/bench/text/people.json']) h.update(readFileSync(join(root, f)));
  const key = `${docs}-${actors}-${seed}-${h.digest('hex').slice(0, 10)}`;
  const dir = join(root, '.parley', 'bench', `d${docs}-a${actors}-s${seed}`);
  const stamp = join(dir, 'corpus.json');
  if (existsSync(stamp)) {
    const info = JSON.parse(readFileSync(stamp, 'utf8')) as CorpusInfo & { key: string };
    if (info.key === key) return info;
  }
  const info = buildCorpus(root, dir, { docs, actors, seed });
  writeFileSync(stamp, JSON.stringify({ ...info, key }));
  return info;
}

function runChild(dir: string, mode: string, timeoutS: number, incremental: boolean, warm = false, changed = false): Promise<Measure | null> {
  return new Promise((resolve) => {
    const args = [
      '--import',
      'tsx',
      'scripts/bench.ts',
      '--measure',
      dir,
      '--mode',
      mode,
      ...(incremental ? ['--incremental'] : []),
      ...(flag('no-write') || warm ? ['--no-write'] : []),
      ...(warm ? ['--warm'] : []),
      ...(changed ? ['--changed'] : []),
      ...(opt('change') ? ['--change', change] : []),
      ...(incremental && opt('edit-prof') ? ['--edit-prof', opt('edit-prof')!] : []),
      ...(incremental && opt('edits') ? ['--edits', opt('edits')!] : []),
      ...(incremental && opt('edits-prof') ? ['--edits-prof', opt('edits-prof')!] : []),
      ...(incremental && opt('prof-interval') ? ['--prof-interval', opt('prof-interval')!] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('exit', () => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      resolve(line ? (JSON.parse(line.slice(7)) as Measure) : null);
    });
  });
}

// ---------- in the child: one measurement ----------

async function measureChild(dir: string, mode: string, incremental: boolean, write: boolean): Promise<Measure> {
  const { load } = await import('../lib/compile/load');
  const { compile } = await import('../lib/compile');
  const { hashOfValue } = await import('../lib/compile/emit');

  // the floor: read every file and split its text into sentences with Intl.Segmenter
  const f0 = performance.now();
  const docDir = join(dir, 'documents');
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sentences = 0;
  let words = 0;
  for (const f of readdirSync(docDir).sort()) {
    const text = readFileSync(join(docDir, f), 'utf8');
    for (const x of seg.segment(text)) if (x.segment.trim()) sentences++;
    words += text.split(/\s+/).length;
  }
  const floorMs = performance.now() - f0;

  const stages: Record<string, number> = {};
  const stagesCpu: Record<string, number> = {};
  const stagesRss: Record<string, number> = {};
  // a cold compile starts from no cache (--warm: the cache as the last run left it); removing the last run's folder
  // is timed apart, not in the compile
  const cacheDir = join(dir, '.cache');
  let clearMs: number | undefined;
  if (mode !== 'serial' && !flag('warm')) {
    const r0 = performance.now();
    rmSync(cacheDir, { recursive: true, force: true });
    clearMs = performance.now() - r0;
  }
  const t0 = performance.now();
  let inputs = load(dir, dir);
  const t1 = performance.now();
  // --changed: the corpus with the edit's change (a fresh process compiling it after one without it: a redeploy)
  let changeSaid: string | undefined;
  if (flag('changed')) {
    const c = await changed(inputs, change);
    inputs = c.inputs;
    changeSaid = c.said;
  }
  const c1 = process.cpuUsage();
  let cpu = c1;
  let result;
  let inc: Measure['incremental'];
  let warm: CacheStats | undefined;
  if (mode === 'serial') {
    result = compile(inputs, { timings: stages, cpu: stagesCpu, peakRss: stagesRss });
    cpu = process.cpuUsage(c1);
  } else {
    const { compileProject } = await import('../lib/compile/parallel/project');
    // with --incremental the merge state is kept for the edit's compile, as the dev loop's compile thread does
    const warmStats = {} as CacheStats;
    result = await compileProject(inputs, { timings: stages, cpu: stagesCpu, peakRss: stagesRss, cacheDir, keepMerge: incremental, cacheStats: warmStats });
    if (flag('warm')) warm = warmStats;
    cpu = process.cpuUsage(c1);
    if (incremental) {
      // edit one document (a sentence added at its end; --change: a new host named, a document naming media people
      // deleted) and compile again with the warm cache
      const tc = performance.now();
      const c = await changed(inputs, change);
      const docs = c.inputs.documents;
      changeSaid = c.said;
      const incStages: Record<string, number> = {};
      const incCpu: Record<string, number> = {};
      const prof = opt('edit-prof') ? await startProfile() : null;
      const cacheStats = {} as CacheStats;
      const te = performance.now();
      const ci = process.cpuUsage();
      await compileProject({ ...inputs, documents: docs }, { cacheDir, timings: incStages, cpu: incCpu, keepMerge: true, cacheStats });
      const cu = process.cpuUsage(ci);
      const editMs = performance.now() - te;
      if (prof) writeFileSync(opt('edit-prof')!, JSON.stringify(await prof()));
      inc = { coldMs: tc - t1, editMs, editCpuMs: (cu.user + cu.system) / 1000, stages: incStages, stagesCpu: incCpu, cache: cacheStats };
      let now = docs;
      const laterProf = opt('edits-prof') && num('edits', 1) > 1 ? await startProfile(Number(opt('prof-interval') ?? 1000)) : null;
      for (let k = 1; k < num('edits', 1); k++) {
        const j = (Math.floor(now.length / 2) + k) % now.length;
        now = now.map((d, x) => (x === j ? { ...d, body: d.body + '\nThe talks were described as constructive by both sides.\n' } : d));
        const stagesCpu: Record<string, number> = {};
        const t = performance.now();
        const c0 = process.cpuUsage();
        await compileProject({ ...inputs, documents: now }, { cacheDir, cpu: stagesCpu, keepMerge: true });
        const c = process.cpuUsage(c0);
        (inc.later ??= []).push({ ms: performance.now() - t, cpuMs: (c.user + c.system) / 1000, stagesCpu });
      }
      if (laterProf) writeFileSync(opt('edits-prof')!, JSON.stringify(await laterProf()));
      // what the dev loop keeps between compiles (merge state, resident index, edges, cache entries) is the edit's, not
      // the write side's: `npm run compile` writes with none of it alive (its collector's work would be counted there)
      const { forgetKept } = await import('../lib/compile/parallel/project');
      forgetKept();
    }
  }
  const t2 = performance.now();
  const hash = hashOfValue(result.dataset); // hashOf(stableJson(…)) in pieces: the bench's own 275 MB string (10k) never made, so the peak it prints is the compile's
  const t3 = performance.now();
  void sentences;
  const ds = result.dataset;
  const written = write ? await timeWrite(dir, result) : undefined;
  let cacheMb: Record<string, number> | undefined;
  if (mode !== 'serial') {
    const { readdirSync: ls, statSync: st } = await import('node:fs');
    cacheMb = {};
    for (const v of existsSync(cacheDir) ? ls(cacheDir) : [])
      for (const f of ls(join(cacheDir, v)))
        if (f.endsWith('.pack')) cacheMb[f.slice(0, -5)] = Math.round((st(join(cacheDir, v, f)).size / 1048576) * 10) / 10;
  }
  return {
    clearMs,
    cacheMb,
    mode,
    docs: inputs.documents.length,
    words,
    floorMs,
    loadMs: t1 - t0,
    compileMs: inc ? inc.coldMs : t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    serialiseMs: t3 - t2,
    stages,
    stagesCpu,
    stagesRss,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    events: ds.events.length,
    actors: ds.actors.length,
    discovered: ds.actors.filter((a) => a.discovered).length,
    known: ds.actors.filter((a) => !a.discovered && a.kind === 'person').length,
    edges: ds.edges.length,
    hash,
    incremental: inc,
    write: written,
    warm,
    change: changeSaid,
  };
}

/**
 * The corpus with the bench's change (the same in every process): `edit`, a sentence naming nobody added to the middle
 * document; `host`, a sign-off naming a host no document names added to it; `delete`, the first document from the middle on
 * that names media people (who/media.ts) deleted.
 */
async function changed(inputs: import('../lib/compile/types').CompileInputs, kind: Change): Promise<{ inputs: import('../lib/compile/types').CompileInputs; said: string }> {
  const docs = [...inputs.documents];
  const i = Math.floor(docs.length / 2);
  if (kind === 'edit') {
    docs[i] = { ...docs[i], body: docs[i].body + '\nThe talks were described as constructive by both sides.\n' };
    return { inputs: { ...inputs, documents: docs }, said: `a sentence naming nobody added to ${docs[i].id}` };
  }
  if (kind === 'host') {
    docs[i] = { ...docs[i], body: docs[i].body + "\nI'm Mia Lundqvist in Atlanta.\n" };
    return { inputs: { ...inputs, documents: docs }, said: `a new host named in ${docs[i].id}` };
  }
  const { prepareDoc } = await import('../lib/compile/index');
  const { docFacts, outletNames } = await import('../lib/compile/mentions');
  const outlets = outletNames(inputs.lexicon, docs);
  for (let k = i; k < docs.length; k++) {
    const media = docFacts(prepareDoc(docs[k]).doc, outlets).media;
    if (!media.length) continue;
    const id = docs[k].id;
    docs.splice(k, 1);
    return { inputs: { ...inputs, documents: docs }, said: `${id} deleted (it names ${media.map((p) => p.name).join(', ')} as media)` };
  }
  throw new Error('--change delete: no document from the middle on names media people');
}

/** Starts a CPU profile of this thread; the returned function stops it and gives the profile. */
async function startProfile(interval = 1000): Promise<() => Promise<object>> {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<{ profile?: object }>((res, rej) => session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r as { profile?: object }))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    return profile!;
  };
}

/** The write side as `npm run compile` runs it (finishRunParallel → emit; the search index on a thread meanwhile), into a fresh <dir>/.bench-out/, timed per part. */
async function timeWrite(dir: string, result: import('../lib/compile/types').CompileResult): Promise<NonNullable<Measure['write']>> {
  const { finishRunParallel } = await import('../lib/editor/run');
  const outDir = join(dir, '.bench-out');
  rmSync(outDir, { recursive: true, force: true });
  const parts: Record<string, { ms: number; bytes: number }> = {};
  const t0 = performance.now();
  await finishRunParallel({ root: dir, outDir, write: true, writeParts: parts }, { correctionLines: [] }, result, t0);
  return { ms: performance.now() - t0, parts };
}

/** --write-from DIR: the write side alone, from a compiled DIR/dataset.json (its trace rebuilt from the evidence). */
async function writeFrom(from: string): Promise<void> {
  const { hashOfValue } = await import('../lib/compile/emit');
  const { result, readMs } = readCompiled(from);
  const { dataset } = result;
  const dir = join(from, '..', '.bench-write');
  const w = await timeWrite(dir, result);
  console.log(`${fmtInt(dataset.documents.length)} documents, ${fmtInt(dataset.events.length)} events, ${fmtInt(dataset.edges.length)} edges, ${fmtInt(dataset.actors.length)} actors (read + parse ${s(readMs)}; dataset ${hashOfValue(dataset)})`);
  printWrite(w, dataset.documents.length);
  console.log(`  into ${join(dir, '.bench-out')} · peak RSS ${fmtInt(Math.round(process.resourceUsage().maxRSS / 1024))} MB`);
}

function printWrite(w: NonNullable<Measure['write']>, docs: number): void {
  const kb = (b: number) => (b >= 1048576 ? `${(b / 1048576).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} kB`);
  const parts = Object.entries(w.parts).map(([k, v]) => `${k} ${s(v.ms)}${v.bytes ? ` (${kb(v.bytes)})` : ''}`);
  console.log(`    write side (as npm run compile: serialise, report, layout, split, search, files) ${s(w.ms)} = ${(w.ms / docs).toFixed(2)} ms/document: ${parts.join(' · ')}`);
}
