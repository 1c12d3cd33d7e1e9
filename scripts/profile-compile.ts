/**
 * npx tsx scripts/profile-compile.ts DIR [--docs N] [--prof FILE.cpuprofile] [--top 15] [--runs 1]
 *
 * A serial compile() of the corpus in DIR (a bench corpus folder: DIR/documents + data files), optionally of its
 * first N documents, under the V8 sampling profiler (1 ms). Prints wall and CPU per stage, the dataset's hash, and
 * the functions with the most self time, each attributed to the compile stage whose function is on its stack
 * (prepare: prepareDoc; mentions: whoStage; events: docEvents; merge: mergeEvents / joinCorpusReferences;
 * finalize: the rest of finishCompile). With --runs R the compile runs R times in the process (the profile covers
 * the last): the second run shows the steady state without module loading and first-use compilation.
 * Prints figures; asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { load } from '../lib/compile/load';
import { compile, type StageTimings } from '../lib/compile';
import { hashOf, stableJson } from '../lib/compile/emit';

const argv = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const dir = argv[0];
if (!dir || dir.startsWith('--')) throw new Error('usage: profile-compile.ts DIR [--docs N] [--prof FILE] [--top 15] [--runs 1]');
const top = Number(opt('top') ?? 15);
const runs = Number(opt('runs') ?? 1);

interface ProfNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfNode[];
  samples: number[];
  timeDeltas: number[];
}

const post = (session: Session, method: string, params?: object) =>
  new Promise<{ profile?: Profile }>((res, rej) => session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r as { profile?: Profile }))));

/** Stage of a stack: the innermost compile-stage function on it. */
const STAGE_OF: Record<string, string> = {
  prepareDoc: 'prepare',
  whoStage: 'mentions',
  findMentions: 'mentions',
  docEvents: 'events',
  mergeEvents: 'merge',
  joinCorpusReferences: 'merge',
  finishCompile: 'finalize',
};

function report(p: Profile): void {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfNode>();
  for (const n of p.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const stageOf = new Map<number, string>();
  const stage = (id: number): string => {
    const k = stageOf.get(id);
    if (k !== undefined) return k;
    const n = byId.get(id)!;
    // (own keys only: a function named `toString` or `constructor` is no stage)
    const own = Object.hasOwn(STAGE_OF, n.callFrame.functionName) ? STAGE_OF[n.callFrame.functionName] : undefined;
    const s = own ?? (parent.has(id) ? stage(parent.get(id)!) : 'other');
    stageOf.set(id, s);
    return s;
  };
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const fn = new Map<string, number>();
  const byStage = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const cf = n.callFrame;
    const url = cf.url.replace(/^file:\/\//, '').replace(/^.*?\/lib\//, 'lib/').replace(/^.*node_modules\//, 'nm/');
    const s = stage(id);
    const key = `${s.padEnd(8)} ${cf.functionName || '(anonymous)'} ${url}${url ? `:${cf.lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    byStage.set(s, (byStage.get(s) ?? 0) + us);
    byFile.set(`${s.padEnd(8)} ${url || cf.functionName}`, (byFile.get(`${s.padEnd(8)} ${url || cf.functionName}`) ?? 0) + us);
    total += us;
  }
  const show = (m: Map<string, number>, title: string, n: number) => {
    console.log(`\n## ${title} (sampled ${(total / 1e6).toFixed(2)} s)`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  };
  show(byStage, 'self time by stage', 20);
  show(fn, `top ${top} functions by self time (stage, function, file:line)`, top);
  show(byFile, 'self time by stage and file', 30);
}

async function main() {
  const inputs = load(dir, dir);
  const n = opt('docs');
  if (n) inputs.documents = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, Number(n));
  const session = new Session();
  session.connect();
  for (let r = 0; r < runs; r++) {
    const last = r === runs - 1;
    if (last) {
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.setSamplingInterval', { interval: 1000 });
      await post(session, 'Profiler.start');
    }
    const timings: StageTimings = {};
    const cpu: StageTimings = {};
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = compile({ ...inputs, documents: [...inputs.documents] }, { timings, cpu });
    const c = process.cpuUsage(c0);
    const wall = performance.now() - t0;
    const profile = last ? (await post(session, 'Profiler.stop')).profile! : null;
    const round = (o: StageTimings) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v!)]));
    console.log(
      `run ${r + 1}: ${inputs.documents.length} documents, wall ${(wall / 1000).toFixed(2)} s, cpu ${((c.user + c.system) / 1e6).toFixed(2)} s, ` +
        `hash ${hashOf(stableJson(result.dataset))}\n  wall ms ${JSON.stringify(round(timings))}\n  cpu ms  ${JSON.stringify(round(cpu))}`,
    );
    if (profile) {
      if (opt('prof')) writeFileSync(opt('prof')!, JSON.stringify(profile));
      report(profile);
    }
  }
  session.disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
